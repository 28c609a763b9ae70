package fr.clsbot.knowledge;

/** An acronym or term of the CLS world ("CPTS") with what it stands for. */
public record GlossaryTerm(String term, String expansion, String definition) {
}
