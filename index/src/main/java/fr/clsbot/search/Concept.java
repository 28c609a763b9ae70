package fr.clsbot.search;

import java.util.List;
import java.util.Set;

/**
 * One thing a question asks about: a word or a multi-word expression ("santé mentale"), with the stem sequences
 * that count as saying it (its own and those of its synonyms).
 *
 * @param label        the words as typed, for messages ("sante mentalle")
 * @param words        the folded words of the concept itself, for the exact-wording field
 * @param alternatives each a sequence of stems; a fact mentions the concept when it holds every stem of one of them
 * @param number       true for a figure typed in the question ("21"), which must then match exactly
 * @param weak         true for a word that says little about the answer ("court" in "Sur quelle période court le
 *                     CLS ?"): it counts for {@link #WEAK_WEIGHT} in how well evidence matches
 */
public record Concept(String label, List<String> words, List<List<String>> alternatives, boolean number,
                      boolean weak) {
    /** What a weak concept weighs, against 1 for the others. */
    public static final double WEAK_WEIGHT = 0.25;

    public Concept {
        words = List.copyOf(words);
        alternatives = List.copyOf(alternatives);
    }

    /** True when {@code stems} (a fact's) holds every stem of one alternative. */
    public boolean mentionedIn(Set<String> stems) {
        return mentionedIn(stems, Set.of());
    }

    /**
     * True when a piece's own stems and its heading's, together, hold every stem of one alternative (read as two
     * sets rather than their union: this runs for every concept of every candidate).
     */
    public boolean mentionedIn(Set<String> own, Set<String> heading) {
        for (List<String> alternative : alternatives) {
            boolean all = true;
            for (int i = 0; i < alternative.size() && all; i++) {
                String stem = alternative.get(i);
                all = own.contains(stem) || heading.contains(stem);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The same concept, weak. */
    public Concept asWeak() {
        return new Concept(label, words, alternatives, number, true);
    }

    /** How much the concept counts in a match. */
    public double weight() {
        return weak ? WEAK_WEIGHT : 1.0;
    }

    /** The concept's own stems (its first alternative). */
    public List<String> ownStems() {
        return alternatives.get(0);
    }
}
