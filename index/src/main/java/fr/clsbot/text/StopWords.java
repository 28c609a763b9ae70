package fr.clsbot.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The one French stop-word list of the engine, folded: Lucene's French stop words plus the forms of être/avoir,
 * interrogatives and fillers that users type in questions. Used by the analysis chain, the question reader and
 * the intent classifier alike.
 */
public final class StopWords {
    private static final CharArraySet FOLDED = build();

    private StopWords() {
    }

    private static CharArraySet build() {
        Set<String> words = new HashSet<>();
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            words.add(Folding.fold(new String((char[]) word)));
        }
        words.addAll(List.of("ete", "etre", "a", "y", "quel", "quels", "quelle", "quelles", "est", "sont", "il",
                "elle", "ils", "elles", "t", "s", "ce", "cet", "cette", "ces", "leur", "leurs", "l", "d", "c", "j",
                "n", "m", "qu", "ca", "on", "lui", "aux", "au", "avec", "ont", "avoir", "votre", "vos", "notre",
                "nos", "mon", "ma", "mes", "son", "sa", "ses", "se", "ne", "pas", "me", "te", "nous", "vous", "je",
                "tu", "un", "une", "des", "du", "de", "le", "la", "les", "et", "ou", "en", "par", "pour", "sur",
                "dans", "celui", "celle", "ceux", "celles",
                // "cest", "sest", "quest ce": the elided forms typed without their apostrophe.
                "cest", "sest", "nest", "quest", "questce"));
        CharArraySet set = new CharArraySet(words, false);
        return CharArraySet.unmodifiableSet(set);
    }

    /** The list, for Lucene's {@code StopFilter}. */
    public static CharArraySet asCharArraySet() {
        return FOLDED;
    }

    /** Question words that are stop words in text but tell what a question asks ("qui", "que", "ou"). */
    public static final Set<String> INTERROGATIVES = Set.of("qui", "que", "quoi", "ou");

    /** True for a folded French function word ("le", "de", "est"…). */
    public static boolean contains(String folded) {
        return FOLDED.contains(folded);
    }
}
