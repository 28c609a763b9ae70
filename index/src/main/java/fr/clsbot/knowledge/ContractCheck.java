package fr.clsbot.knowledge;

import java.util.List;
import java.util.Map;

/** Validates a contract built in memory (by {@code ingest}) against the text of its single source. */
public final class ContractCheck {
    private ContractCheck() {
    }

    /** Every problem {@code validate} would report for {@code contract}, lines unknown (0). */
    public static List<Problem> problems(Contract contract, SourceText sourceText) {
        List<String> ids = contract.sources().stream().map(Source::id).toList();
        Map<String, SourceText> texts = ids.isEmpty() ? Map.of() : Map.of(ids.get(0), sourceText);
        return new ContractValidator(contract.file() == null ? contract.id() + ".yaml" : contract.file(), path -> 0,
                ids, texts).validate(contract);
    }
}
