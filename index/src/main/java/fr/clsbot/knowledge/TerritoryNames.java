package fr.clsbot.knowledge;

import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The names users type for territories (each contract's territory name and aliases), which must each lead to one
 * contract: two contracts answering to « Montluçon » would have the engine give one contract's facts for the other.
 * Names are compared as users type them, without accents, case or punctuation.
 */
final class TerritoryNames {
    private final Map<String, String> fileOfName = new HashMap<>();

    /** Records the names of {@code contract}; one problem for each name already taken by another file's contract. */
    List<Problem> claim(Contract contract, ToIntFunction<String> lines) {
        if (contract.territory() == null) {
            return List.of();
        }
        // A contract may repeat its own name among its aliases: each name is claimed once, where it is first written.
        Map<String, Name> names = new LinkedHashMap<>();
        add(names, contract.territory().name(), "territory.name");
        List<String> aliases = contract.territory().aliases();
        for (int i = 0; i < aliases.size(); i++) {
            add(names, aliases.get(i), "territory.aliases[" + (i + 1) + "]");
        }
        List<Problem> problems = new ArrayList<>();
        names.forEach((key, name) -> {
            String other = fileOfName.putIfAbsent(key, contract.file());
            if (other != null) {
                problems.add(new Problem(contract.file(), lines.applyAsInt(name.field()), name.field(), "« "
                        + name.spelled() + " » désigne déjà le territoire du contrat de " + other + " : un nom ne "
                        + "peut mener qu'à un contrat (retirez-le de l'un des deux fichiers)"));
            }
        });
        return problems;
    }

    /** A name as written, and the field it is written in. */
    private record Name(String spelled, String field) {
    }

    private static void add(Map<String, Name> names, String spelled, String field) {
        String key = spelled == null ? "" : Folding.key(spelled);
        if (!key.isEmpty()) {
            names.putIfAbsent(key, new Name(spelled, field));
        }
    }
}
