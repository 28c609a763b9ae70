package fr.clsbot.answer;

import fr.clsbot.search.FactKind;
import java.util.List;
import java.util.Set;

/**
 * A kind of question users ask ("axes", "funding"…), as declared in {@code intents.yaml}.
 *
 * @param facts    the kinds of fact that answer it
 * @param examples example questions the classifier matches against
 */
record Intent(String name, List<String> facts, String answer, List<String> examples) {
    Intent {
        facts = facts == null ? List.of() : List.copyOf(facts);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    Set<FactKind> factKinds() {
        return facts.stream().map(FactKind::parse).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    AnswerStyle style() {
        return AnswerStyle.valueOf(answer.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Intents whose answer does not depend on one territory. */
    boolean global() {
        return switch (style()) {
            case TERRITORIES, DEFINITION, HELP -> true;
            default -> false;
        };
    }
}
