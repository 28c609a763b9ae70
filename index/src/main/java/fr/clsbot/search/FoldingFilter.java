package fr.clsbot.search;

import fr.clsbot.text.AsciiFolding;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's {@code ASCIIFoldingFilter} (without the original token kept), folding through {@link AsciiFolding}: the
 * same terms, without running Lucene's folding switch in the interpreter for every accented word.
 */
final class FoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[512];

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u0080') {
                int needed = AsciiFolding.MAX_EXPANSION * length;
                if (output.length < needed) {
                    output = new char[ArrayUtil.oversize(needed, Character.BYTES)];
                }
                int end = AsciiFolding.fold(buffer, 0, output, 0, length);
                term.copyBuffer(output, 0, end);
                break;
            }
        }
        return true;
    }
}
