package fr.clsbot.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The one place where French text becomes index terms, shared by indexing and searching.
 * <ul>
 *   <li>{@link #exact()}: elision (l', d', qu'…), lower case, accent folding: the words as written.</li>
 *   <li>{@link #stemmed()}: the same plus French stop words and light stemming, so that "financé" finds
 *   "financement" and "jeunes" finds "jeune".</li>
 * </ul>
 */
public final class FrenchAnalysis {
    /** Articles and pronouns that French glues to the next word with an apostrophe. */
    private static final CharArraySet ELISIONS = new CharArraySet(Arrays.asList(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
    private static final CharArraySet STOP_WORDS = fr.clsbot.text.StopWords.asCharArraySet();

    private final Analyzer exact = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new FiguresCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return fold(in);
        }
    };

    private final Analyzer stemmed = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new StopFilter(fold(source), STOP_WORDS);
            return new TokenStreamComponents(source, new FrenchStemmer.Filter(stream));
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new FiguresCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return fold(in);
        }
    };

    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private static TokenStream fold(TokenStream in) {
        return new FoldingFilter(new LowerCaseFilter(new ElisionFilter(in, ELISIONS)));
    }

    /** Elision, lower case and accent folding; no stop words, no stemming. */
    public Analyzer exact() {
        return exact;
    }

    /** Elision, lower case, accent folding, French stop words and light stemming. */
    public Analyzer stemmed() {
        return stemmed;
    }

    /** True for French function words ("le", "de", "est"…), compared folded. */
    public boolean isStopWord(String folded) {
        return STOP_WORDS.contains(folded);
    }

    /** The words of {@code text}, folded, with their positions and original spelling. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = exact.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String original = text.substring(offset.startOffset(), offset.endOffset());
                tokens.add(new Token(term.toString(), original, offset.startOffset(), offset.endOffset(),
                        tokens.size()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return tokens;
    }

    /** The folded words of {@code text}, in order. */
    public List<String> words(String text) {
        return tokens(text).stream().map(Token::text).toList();
    }

    /** The light stem of one folded word, as the {@link #stemmed()} analyzer indexes it. */
    public String stem(String folded) {
        return stems.computeIfAbsent(folded, word -> {
            char[] buffer = word.toCharArray();
            int length = FrenchStemmer.stem(buffer, buffer.length);
            return new String(buffer, 0, length);
        });
    }

    /** The stems of the content words of {@code text}: what a fact is about, for measuring how well it matches. */
    public Set<String> stems(String text) {
        Set<String> result = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!isStopWord(word)) {
                result.add(stem(word));
            }
        }
        return result;
    }
}
