package fr.clsbot.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Reads figures as words: the space between French groups of thousands is removed ("15 816" is one word, as "15816"
 * is), and the euro and percent signs are read as the words "euros" and "pourcent" ("15 816€", "50%"). Text with
 * neither a sign nor digits on both sides of a space, most of it, passes through untouched and uncopied.
 */
final class FiguresCharFilter extends CharFilter {
    /**
     * The space between groups of thousands (a plain, no-break or narrow no-break space): a group of three digits
     * joins a group of one to three that no other digit precedes ("en 2024 150 acteurs" stays two figures).
     */
    private static final Pattern THOUSANDS_SPACE = Pattern.compile(
            "(?<=(?<![\\d.,])\\d{1,3}|\\d[ \u00A0\u202F]\\d{3})[ \u00A0\u202F](?=\\d{3}(?![\\d]))");
    private static final NormalizeCharMap SIGNS = signs();
    private static final int CHUNK = 256;

    private Reader read;
    /** The filters applied, or null when the text needed none. */
    private CharFilter filtered;

    FiguresCharFilter(Reader input) {
        super(input);
    }

    private static NormalizeCharMap signs() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("€", " euros ");
        builder.add("%", " pourcent ");
        return builder.build();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (read == null) {
            StringBuilder all = new StringBuilder();
            char[] chunk = new char[CHUNK];
            for (int n = input.read(chunk); n > 0; n = input.read(chunk)) {
                all.append(chunk, 0, n);
            }
            String text = all.toString();
            if (holdsFigures(text)) {
                filtered = new MappingCharFilter(SIGNS, new PatternReplaceCharFilter(THOUSANDS_SPACE, "",
                        new StringReader(text)));
                read = filtered;
            } else {
                read = new StringReader(text);
            }
        }
        return read.read(buffer, offset, length);
    }

    @Override
    protected int correct(int offset) {
        return filtered == null ? offset : filtered.correctOffset(offset);
    }

    /** True when the text holds a sign, or a digit, a space and a digit. */
    static boolean holdsFigures(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '€' || c == '%') {
                return true;
            }
            if (i >= 1 && i + 1 < text.length() && (c == ' ' || c == '\u00A0' || c == '\u202F')
                    && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
