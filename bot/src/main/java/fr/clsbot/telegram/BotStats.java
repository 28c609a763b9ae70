package fr.clsbot.telegram;

import fr.clsbot.answer.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters for the maintainers' {@code /stats}: no chat id, no token, no question text. */
final class BotStats {
    private final Instant started = Instant.now();
    private final LongAdder questions = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Map<String, LongAdder> byIntent = new ConcurrentHashMap<>();
    private final AtomicLong slowestMillis = new AtomicLong();

    void record(Answer answer) {
        questions.increment();
        if (answer.answered()) {
            answered.increment();
        }
        byIntent.computeIfAbsent(answer.intent() == null ? "inconnu" : answer.intent(), i -> new LongAdder())
                .increment();
        slowestMillis.accumulateAndGet(answer.millis(), Math::max);
    }

    void recordFailure() {
        failures.increment();
    }

    String report(int chats, int contracts) {
        long total = questions.sum();
        StringBuilder text = new StringBuilder();
        text.append("Statistiques depuis ").append(Duration.between(started, Instant.now()).toMinutes())
                .append(" min :\n");
        text.append("- questions : ").append(total).append(", répondues : ").append(answered.sum());
        if (total > 0) {
            text.append(" (").append(Math.round(100.0 * answered.sum() / total)).append(" %)");
        }
        text.append("\n- conversations actives : ").append(chats);
        text.append("\n- contrats chargés : ").append(contracts);
        text.append("\n- erreurs de traitement : ").append(failures.sum());
        text.append("\n- réponse la plus lente : ").append(slowestMillis.get()).append(" ms");
        Map<String, Long> sorted = new TreeMap<>();
        byIntent.forEach((intent, count) -> sorted.put(intent, count.sum()));
        sorted.forEach((intent, count) -> text.append("\n- ").append(intent).append(" : ").append(count));
        return text.toString();
    }
}
