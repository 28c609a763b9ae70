package fr.clsbot.answer;

import fr.clsbot.evidence.EvidenceKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a question is about ("axes", "signing", "funding"…), as declared in {@code intents.yaml}: the typed facts
 * that answer it, the answer type it expects when the question has no question word, and how its answer is
 * phrased. Everything here is data; the engine never tests an intent's name.
 *
 * @param facts    the kinds of typed fact that answer it
 * @param alongside kinds of typed fact a list answer adds after the intent's own, when the contract has some of its
 *                 own: the members of a contract's governance are partners too, but alone they are not its partners
 * @param answer   how the answer is built: evidence, list, territories, definition or help
 * @param type     the answer type (of {@code question-types.yaml}) when the question has no question word
 * @param heading  the first line of a list answer (placeholders: see {@link Phrases#fill})
 * @param missing  what the sources do not give, for a refusal ("la date de signature")
 * @param yes      the answer to a yes/no question a typed fact of the intent confirms ({item}: the fact)
 * @param examples example questions the classifier matches against
 */
record Intent(String name, List<String> facts, List<String> alongside, String answer, String type, String heading,
              String missing, String yes, List<String> examples) {
    /** How an intent's answer is built. */
    enum Style { EVIDENCE, LIST, TERRITORIES, DEFINITION, HELP }

    private static final Style[] STYLES = Style.values();

    Intent {
        facts = facts == null ? List.of() : List.copyOf(facts);
        alongside = alongside == null ? List.of() : List.copyOf(alongside);
        examples = examples == null ? List.of() : List.copyOf(examples);
        answer = answer == null ? "evidence" : answer;
    }

    /**
     * The kinds of typed fact that answer the intent, in the order of {@link EvidenceKind}: whatever walks them (the
     * whole list written, the fact a refusal quotes) says the same each time, where an immutable set's order changes
     * from one run to the next.
     */
    Set<EvidenceKind> kinds() {
        return kindsOf(facts);
    }

    /** The kinds a list answer adds after the intent's own (see {@code alongside}), in the same order. */
    Set<EvidenceKind> kindsAlongside() {
        return kindsOf(alongside);
    }

    private static Set<EvidenceKind> kindsOf(List<String> facts) {
        EnumSet<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        facts.forEach(fact -> kinds.add(EvidenceKind.parse(fact)));
        return Collections.unmodifiableSet(kinds);
    }

    Style style() {
        // Asked for every candidate of every question: found without building a string.
        String wanted = answer.strip();
        for (Style style : STYLES) {
            if (style.name().equalsIgnoreCase(wanted)) {
                return style;
            }
        }
        return Style.valueOf(wanted.toUpperCase(Locale.ROOT));
    }

    /** Intents whose answer does not depend on one territory. */
    boolean global() {
        return style() == Style.TERRITORIES || style() == Style.DEFINITION || style() == Style.HELP;
    }
}
