package fr.clsbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of one field, grouped by first letter and length, to tell cheaply whether any lies within a few edits
 * of a word. Lucene's spell checker builds a Levenshtein automaton for every word it is asked about, which costs
 * more than all the rest of a question; most misspelt words have no neighbour at all, and then asking it is
 * skipped. A term is a neighbour when it begins with the same {@code prefix} letters and is at most {@code maxEdits}
 * insertions, deletions, substitutions or swaps of adjacent letters away: the terms the spell checker may suggest
 * are among them, so skipping it when there is none changes no correction.
 */
final class TermNeighbours {
    /** Terms by first code point and length in code points. */
    private final Map<Long, List<int[]>> byStartAndLength = new HashMap<>();

    private TermNeighbours() {
    }

    /** The terms of {@code field} in {@code reader}. */
    static TermNeighbours of(IndexReader reader, String field) throws IOException {
        TermNeighbours neighbours = new TermNeighbours();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return neighbours;
        }
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            int[] codePoints = term.utf8ToString().codePoints().toArray();
            if (codePoints.length > 0) {
                neighbours.byStartAndLength.computeIfAbsent(bucket(codePoints[0], codePoints.length),
                        key -> new ArrayList<>()).add(codePoints);
            }
        }
        return neighbours;
    }

    /** True when a term begins with the first {@code prefix} letters of {@code word} and is within {@code maxEdits}. */
    boolean anyNear(String word, int maxEdits, int prefix) {
        int[] typed = word.codePoints().toArray();
        if (typed.length == 0) {
            return false;
        }
        for (int length = Math.max(1, typed.length - maxEdits); length <= typed.length + maxEdits; length++) {
            for (int[] term : byStartAndLength.getOrDefault(bucket(typed[0], length), List.of())) {
                if (samePrefix(typed, term, prefix) && withinEdits(typed, term, maxEdits)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long bucket(int firstCodePoint, int length) {
        return ((long) firstCodePoint << 32) | length;
    }

    private static boolean samePrefix(int[] a, int[] b, int prefix) {
        int shared = Math.min(prefix, Math.min(a.length, b.length));
        for (int i = 0; i < shared; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Optimal-string-alignment distance of {@code a} and {@code b} is at most {@code max}: the distance Lucene's
     * Levenshtein automata with transpositions accept. Stops as soon as a row of the table exceeds {@code max}.
     */
    static boolean withinEdits(int[] a, int[] b, int max) {
        int[] twoBack = new int[b.length + 1];
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return false;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length] <= max;
    }
}
