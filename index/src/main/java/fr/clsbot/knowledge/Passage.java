package fr.clsbot.knowledge;

/**
 * A sentence-sized unit of a source text (a sentence, a heading, a list item, a contact block), so that what no
 * typed field captured can still be found and quoted.
 *
 * @param number its position in its source, from 1
 * @param line   the unit with its role, section heading and list
 */
public record Passage(String contractId, Source source, int number, SourceLine line) {
    /** The unit's text. */
    public String text() {
        return line.text();
    }
}
