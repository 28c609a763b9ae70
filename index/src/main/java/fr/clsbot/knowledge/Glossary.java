package fr.clsbot.knowledge;

import java.util.List;
import java.util.Optional;

/** The shared glossary of acronyms, read from {@code glossary.yaml}. */
public record Glossary(List<GlossaryTerm> terms) {
    public Glossary {
        terms = Contract.orEmpty(terms);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** Finds a term by its acronym, ignoring case. */
    public Optional<GlossaryTerm> find(String term) {
        return terms.stream().filter(t -> t.term().equalsIgnoreCase(term)).findFirst();
    }
}
