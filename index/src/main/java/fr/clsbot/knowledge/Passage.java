package fr.clsbot.knowledge;

/** A paragraph of a source text, so that what no typed field captured can still be found and quoted. */
public record Passage(String contractId, Source source, int number, String text) {
}
