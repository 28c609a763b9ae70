package fr.clsbot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded, validated knowledge base: the contracts, the passages of their source texts, and the glossary.
 *
 * @param fingerprint a digest of every file read, so that an index built from it can be reused while it is unchanged
 */
public record KnowledgeBase(List<Contract> contracts, List<Passage> passages, Glossary glossary, String fingerprint) {
    public KnowledgeBase {
        contracts = List.copyOf(contracts);
        passages = List.copyOf(passages);
    }

    public Map<String, Contract> contractsById() {
        return contracts.stream().collect(Collectors.toMap(Contract::id, Function.identity()));
    }
}
