package fr.clsbot.answer;

import fr.clsbot.evidence.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer being written: its lines, the facts it quotes, and how sure it is. */
final class Draft {
    private static final int MAX_SOURCES = 20;
    /** Longer answers are cut at a line break. */
    static final int MAX_TEXT = 1400;

    private final StringBuilder text = new StringBuilder();
    private final Map<String, SourceRef> sources = new LinkedHashMap<>();
    private final List<String> suggestions = new ArrayList<>();
    private final List<String> territories = new ArrayList<>();
    private boolean refusal;
    private double confidence;

    static Draft refusal(String message) {
        Draft draft = new Draft();
        draft.refusal = true;
        draft.line(message);
        return draft;
    }

    static Draft answer(double confidence) {
        Draft draft = new Draft();
        draft.confidence = confidence;
        return draft;
    }

    Draft line(String line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
        return this;
    }

    /** Puts {@code line} before the lines written so far. */
    Draft first(String line) {
        text.insert(0, text.length() > 0 ? line + "\n" : line);
        return this;
    }

    /** Quotes {@code evidence} as a source of the answer and names its territory. */
    Draft cite(Evidence evidence) {
        if (evidence.source() != null && evidence.quote() != null && sources.size() < MAX_SOURCES) {
            String quote = Phrases.shortQuote(evidence.quote(), -1, Phrases.MAX_SOURCE_QUOTE);
            sources.putIfAbsent(quote, new SourceRef(evidence.source().title(), evidence.source().file(), quote));
        }
        about(evidence.contract().territoryName());
        return this;
    }

    /** Quotes a source that is not a fact of a contract (the glossary). */
    Draft cite(SourceRef source) {
        if (sources.size() < MAX_SOURCES) {
            sources.putIfAbsent(source.quote(), source);
        }
        return this;
    }

    Draft about(String territory) {
        if (!territories.contains(territory)) {
            territories.add(territory);
        }
        return this;
    }

    Draft suggest(List<String> more) {
        for (String suggestion : more) {
            if (!suggestions.contains(suggestion) && suggestions.size() < 6) {
                suggestions.add(suggestion);
            }
        }
        return this;
    }

    /** This draft as a refusal that starts with {@code lead}: what is written stays, as what the bot knows. */
    Draft asRefusal(String lead) {
        refusal = true;
        return first(lead);
    }

    boolean isRefusal() {
        return refusal;
    }

    double confidence() {
        return refusal ? Math.min(confidence, 0.2) : confidence;
    }

    Draft confidence(double value) {
        this.confidence = Math.max(0, Math.min(1, value));
        return this;
    }

    Answer toAnswer(String question, String intent, String answerType, double threshold) {
        boolean answered = !refusal && confidence >= threshold;
        if (text.length() > MAX_TEXT) {
            // Cut at a line break: a phone screen holds no more, and the sources keep the rest.
            int cut = text.lastIndexOf("\n", MAX_TEXT - 30);
            text.setLength(cut > 0 ? cut : MAX_TEXT - 30);
            text.append("\n… (réponse abrégée)");
        }
        String territory = territories.isEmpty() ? null : String.join(", ", territories);
        return new Answer(question, answered, text.toString(), territory, intent,
                Math.round(confidence() * 100) / 100.0, answered ? List.copyOf(sources.values()) : List.of(),
                suggestions, 0, answerType);
    }

    boolean hasText() {
        return text.length() > 0;
    }
}
