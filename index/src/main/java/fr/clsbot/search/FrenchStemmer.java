package fr.clsbot.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's French light stemmer, plus the endings it leaves that split a word family in CLS documents: the past
 * participle of -iser verbs ("officialisé" → "oficialis" while "officialisation" → "oficial"), the third person
 * plural ("participent" while "participation" → "particip") and the present participle ("en signant" while
 * "signé" → "sign"). Used for indexing and questions alike.
 */
final class FrenchStemmer {
    private FrenchStemmer() {
    }

    /** Stems {@code buffer[0, length)} in place and returns the new length. */
    static int stem(char[] buffer, int length) {
        int stemmed = new FrenchLightStemmer().stem(buffer, length);
        if (stemmed >= 7 && endsWith(buffer, stemmed, "is") && "lnrtcbvms".indexOf(buffer[stemmed - 3]) >= 0) {
            return stemmed - 2;
        }
        if (stemmed >= 9 && endsWith(buffer, stemmed, "ent")) {
            return stemmed - 3;
        }
        if (stemmed >= 7 && endsWith(buffer, stemmed, "ant") && !(stemmed == 7 && endsWith(buffer, stemmed,
                "montant"))) {
            // "en signant" is the verb of "signé"; "le montant" is no form of "monter" nor of a "mont".
            return stemmed - 3;
        }
        return stemmed;
    }

    private static boolean endsWith(char[] buffer, int length, String suffix) {
        if (length < suffix.length()) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (buffer[length - suffix.length() + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The stemmer as a token filter (keywords are left alone). */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                term.setLength(stem(term.buffer(), term.length()));
            }
            return true;
        }
    }
}
