package fr.clsbot.answer;

import fr.clsbot.evidence.Evidence;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.search.EvidenceHit;
import fr.clsbot.search.EvidenceIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 2 of answering: the evidence a question may be answered from, taken only from the contracts in scope. For a
 * few contracts it is all their evidence (typed facts and every sentence of their sources: a contract holds a few
 * hundred at most); across many contracts, what Lucene finds for the question's concepts.
 */
final class EvidenceGatherer {
    /** Up to this many contracts, every piece of their evidence is a candidate. */
    private static final int EXHAUSTIVE_CONTRACTS = 3;
    private static final int SEARCHED = 80;

    /** The candidates, with the Lucene score of those the search found. */
    record Pool(List<Evidence> evidence, Map<Integer, Float> scores) {
    }

    private final EvidenceIndex index;

    EvidenceGatherer(EvidenceIndex index) {
        this.index = index;
    }

    Pool gather(Question question, List<Contract> scope) {
        // A question about every contract searches the whole index: filtering on a thousand ids cost more than the
        // search itself, and keeps nothing out. Contracts are compared by id: a record's hash walks all it holds.
        List<String> ids = scope.stream().map(Contract::id).toList();
        if (ids.size() == index.base().contracts().size() && new HashSet<>(ids).size() == ids.size()) {
            ids = List.of();
        }
        Map<Integer, Float> scores = new HashMap<>();
        for (EvidenceHit hit : index.search(question.concepts(), ids, SEARCHED)) {
            scores.put(hit.evidence().id(), hit.score());
        }
        Map<Integer, Evidence> pool = new java.util.LinkedHashMap<>();
        if (!scope.isEmpty() && scope.size() <= EXHAUSTIVE_CONTRACTS) {
            for (Contract contract : scope) {
                for (EvidenceKind kind : EvidenceKind.values()) {
                    if (kind != EvidenceKind.TERRITORY) {
                        index.of(contract.id(), kind).forEach(e -> pool.put(e.id(), e));
                    }
                }
            }
        } else {
            scores.keySet().forEach(id -> pool.put(id, index.evidence().get(id)));
            if (question.intent() != null) {
                // Worked out once: an intent builds its set of kinds each time it is asked, and the scope may hold
                // every contract.
                Set<EvidenceKind> kinds = question.intent().kinds();
                for (Contract contract : scope) {
                    for (EvidenceKind kind : kinds) {
                        index.of(contract.id(), kind).forEach(e -> pool.put(e.id(), e));
                    }
                }
            }
        }
        return new Pool(List.copyOf(pool.values()), scores);
    }
}
