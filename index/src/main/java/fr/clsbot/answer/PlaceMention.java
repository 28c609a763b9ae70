package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.territory.Commune;
import java.util.List;
import java.util.Set;

/**
 * A place of the administrative map a question names (a commune, a postal code, a département, a région) rather
 * than a contract.
 *
 * @param label      how the answer names it: "Riom (Puy-de-Dôme)", "le département Puy-de-Dôme (63)"
 * @param commune    the commune named, when one commune is named (not a postal code, a département, a région)
 * @param candidates for a commune name several communes share, each of them (the question must say which)
 * @param contracts  the contracts covering it (empty: none known)
 * @param positions  the positions of the question's words that name it
 */
record PlaceMention(String label, Commune commune, List<Commune> candidates, List<Contract> contracts, Set<Integer> positions) {
    PlaceMention {
        candidates = List.copyOf(candidates);
        contracts = List.copyOf(contracts);
        positions = Set.copyOf(positions);
    }

    /** A département, a région or a postal code: no commune, nor a name several communes share. */
    boolean wholeArea() {
        return commune == null && candidates.isEmpty();
    }

    /** A commune name several communes share, not settled by the rest of the question. */
    boolean ambiguous() {
        return candidates.size() > 1;
    }
}
