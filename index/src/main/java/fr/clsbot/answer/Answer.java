package fr.clsbot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the assistant says to a question.
 *
 * @param answered    false when the assistant says it does not know (then {@code text} says what it can answer)
 * @param text        the reply in French, plain text
 * @param territory   the territory or territories answered about, or null
 * @param intent      what the question was understood to ask ("axes", "funding"…), or null
 * @param confidence  how sure the engine is, in [0, 1]; below {@link Assistant#THRESHOLD} it refuses
 * @param sources     the documents and passages the answer rests on
 * @param suggestions questions or territories to offer the user next (buttons in Telegram)
 * @param millis      time taken to answer
 * @param answerType  the type of answer the question was read to expect ("date", "count", "person"…), or null
 */
public record Answer(String question, boolean answered, String text, String territory, String intent,
                     double confidence, List<SourceRef> sources, List<String> suggestions, long millis,
                     @JsonProperty("answer_type") String answerType) {
    public Answer {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
    }

    Answer withMillis(long elapsed) {
        return new Answer(question, answered, text, territory, intent, confidence, sources, suggestions, elapsed,
                answerType);
    }

    /** The same answer with {@code prefix} as its first line. */
    Answer prefixed(String prefix) {
        return new Answer(question, answered, prefix + "\n" + text, territory, intent, confidence, sources,
                suggestions, millis, answerType);
    }
}
