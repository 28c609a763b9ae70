package fr.clsbot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The answers to the two questions of one message, one after the other: answered when either is; a refusal of
     * one keeps only its first line, so that what is known comes first.
     */
    static Answer both(String question, Answer first, Answer second) {
        if (!first.answered() && !second.answered()) {
            // "signé où ? dans quelle salle": two parts refused for the same reason are said once.
            String refusedToo = first.text().lines().anyMatch(firstLine(second.text())::equals) ? ""
                    : "\n" + firstLine(second.text());
            return new Answer(question, false, first.text() + refusedToo, first.territory,
                    first.intent, 0, first.sources, first.suggestions, first.millis, first.answerType);
        }
        String more = withoutRepeats(second.answered() ? second.text() : firstLine(second.text()), first.text());
        String text = (first.answered() ? first.text() : firstLine(first.text())) + (more.isBlank() ? "" : "\n" + more);
        List<SourceRef> sources = new ArrayList<>(first.sources());
        second.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        double confidence = first.answered() && second.answered() ? Math.min(first.confidence(),
                second.confidence()) : Math.max(first.confidence(), second.confidence());
        Answer main = first.answered() ? first : second;
        return new Answer(question, true, text, main.territory, main.intent, confidence, sources, main.suggestions,
                first.millis + second.millis, main.answerType);
    }

    /** "Bobigny, d'après « Le CLS de … » :": what an answer found, then where. */
    private static final Pattern FOUND_IN = Pattern.compile("(.+), d'après .+ :");

    /** The lines of {@code text} not already in {@code said}: both answers often quote the same sentence. */
    private static String withoutRepeats(String text, String said) {
        List<String> lines = text.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean repeated = line.startsWith("«") && said.contains(line);
            boolean introducesRepeat = i + 1 < lines.size() && lines.get(i + 1).startsWith("«")
                    && said.contains(lines.get(i + 1));
            Matcher found = FOUND_IN.matcher(line);
            if (introducesRepeat && found.matches() && !Folding.fold(said).contains(Folding.fold(found.group(1)))) {
                // "Bobigny, d'après … :" before a sentence already quoted: what was found, said once.
                kept.add(found.group(1) + ".");
            } else if (!repeated && !(introducesRepeat && (line.startsWith("D'après") || found.matches()))) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The same answer with {@code prefix} as its first line. */
    Answer prefixed(String prefix) {
        return new Answer(question, answered, prefix + "\n" + text, territory, intent, confidence, sources,
                suggestions, millis, answerType);
    }
}
