package fr.clsbot.feedback;

import fr.clsbot.answer.Answer;
import java.time.Instant;
import java.util.List;

/**
 * One question as recorded for the maintainers.
 *
 * @param chat a salted hash of the chat id, never the id itself
 */
public record QuestionRecord(Instant time, String channel, String chat, String question, boolean answered,
                             double confidence, String intent, String territory, List<String> suggestions) {
    public QuestionRecord {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public static QuestionRecord of(Instant time, String channel, String hashedChat, Answer answer) {
        return new QuestionRecord(time, channel, hashedChat, answer.question(), answer.answered(),
                answer.confidence(), answer.intent(), answer.territory(), answer.suggestions());
    }

    /** Refused, or answered with little confidence: what the knowledge base may be missing. */
    public boolean unanswered() {
        return !answered || confidence < 0.6;
    }
}
