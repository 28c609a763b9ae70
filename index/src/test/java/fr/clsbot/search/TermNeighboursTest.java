package fr.clsbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class TermNeighboursTest {
    private static final List<String> WORDS = List.of("financement", "financements", "coordinateur", "coordination",
            "montlucon", "montluel", "limagne", "addictions", "addiction", "sante", "mentale", "partenaires",
            "vieillissement", "ambert", "ajaccien", "axe", "axes", "aux", "val", "vals", "signature", "signataires",
            "prevention", "precarite", "jeunesse", "jeunes", "moissac", "moissat", "maringues", "riom");

    @Test
    void findsAWordWithinTheEditsAllowed() {
        int[] word = "financment".codePoints().toArray();
        assertThat(TermNeighbours.withinEdits(word, "financement".codePoints().toArray(), 1)).isTrue();
        assertThat(TermNeighbours.withinEdits("fniancement".codePoints().toArray(),
                "financement".codePoints().toArray(), 1)).isTrue();
        assertThat(TermNeighbours.withinEdits("fnancment".codePoints().toArray(),
                "financement".codePoints().toArray(), 1)).isFalse();
    }

    @Test
    void neverMissesATermTheSpellCheckerWouldSuggest() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                Document document = new Document();
                document.add(new TextField("f", String.join(" ", WORDS), Field.Store.NO));
                writer.addDocument(document);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                TermNeighbours neighbours = TermNeighbours.of(reader, "f");
                Random random = new Random(7);
                int suggested = 0;
                for (int[] settings : new int[][] {{1, 1}, {2, 1}, {1, 2}}) {
                    DirectSpellChecker checker = new DirectSpellChecker();
                    checker.setMaxEdits(settings[0]);
                    checker.setMinPrefix(settings[1]);
                    checker.setMinQueryLength(3);
                    checker.setAccuracy(0.5f);
                    for (String typed : typos(random, 3000)) {
                        boolean found = checker.suggestSimilar(new Term("f", typed), 1, reader,
                                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX).length > 0;
                        if (found) {
                            suggested++;
                            assertThat(neighbours.anyNear(typed, settings[0], settings[1])).as(typed).isTrue();
                        }
                    }
                }
                assertThat(suggested).isGreaterThan(1000);
                assertThat(neighbours.anyNear("qwertyuiop", 2, 1)).isFalse();
            }
        }
    }

    /** Words of the vocabulary with one to three random edits: swaps, deletions, insertions, substitutions. */
    private static List<String> typos(Random random, int count) {
        List<String> typed = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder word = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0 && word.length() > 1; edits--) {
                int at = random.nextInt(word.length());
                char letter = (char) ('a' + random.nextInt(26));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (at + 1 < word.length()) {
                            char swapped = word.charAt(at);
                            word.setCharAt(at, word.charAt(at + 1));
                            word.setCharAt(at + 1, swapped);
                        }
                    }
                    case 1 -> word.deleteCharAt(at);
                    case 2 -> word.insert(at, letter);
                    default -> word.setCharAt(at, letter);
                }
            }
            typed.add(word.toString());
        }
        return typed;
    }
}
