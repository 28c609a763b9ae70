package fr.clsbot.telegram;

import fr.clsbot.answer.Answer;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.feedback.QuestionRecord;
import fr.clsbot.feedback.UsageReport;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Where each answer is counted ({@link BotStats}) and recorded for the maintainers ({@link QuestionLog}). */
final class Feedback {
    private final BotStats stats = new BotStats();
    private final QuestionLog log;
    private final ChatIdHasher hasher;
    private final Clock clock;

    /** @param log where questions are recorded, or null to record nothing */
    Feedback(QuestionLog log, ChatIdHasher hasher, Clock clock) {
        this.log = log;
        this.hasher = hasher;
        this.clock = clock;
    }

    void record(long chatId, Answer answer) {
        stats.record(answer);
        if (log != null) {
            log.append(QuestionRecord.of(clock.instant(), "telegram", hasher.hash(chatId), answer));
        }
    }

    void recordFailure() {
        stats.recordFailure();
    }

    ChatIdHasher hasher() {
        return hasher;
    }

    /** Counters since start, then the last 30 days of the questions file. */
    String report(int chats, int contracts) {
        String report = stats.report(chats, contracts);
        if (log == null) {
            return report;
        }
        try {
            return report + "\n\nDepuis 30 jours :\n" + new UsageReport().render(
                    log.read(clock.instant().minus(Duration.ofDays(30))), 10);
        } catch (IOException e) {
            return report + "\n\n(Fichier des questions illisible : " + e.getMessage() + ")";
        }
    }
}
