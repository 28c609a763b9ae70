package fr.clsbot.knowledge;

import fr.clsbot.text.Folding;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** The terms whose expansion a folded text writes out in full: "contrat local de sante" for CLS. */
    public Stream<GlossaryTerm> writtenOutIn(String folded) {
        return terms.stream().filter(term -> folded.contains(Folding.fold(term.expansion())));
    }
}
