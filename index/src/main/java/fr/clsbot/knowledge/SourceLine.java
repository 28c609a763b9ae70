package fr.clsbot.knowledge;

/**
 * One sentence-sized unit of a source text, as {@link SourceStructure} reads it.
 *
 * @param text     the sentence, heading, list item or contact block, cleaned of markup
 * @param role     what it is in the document
 * @param heading  the heading of the section it stands in, or null
 * @param list     for a list item or the sentence introducing a list, the number of that list (0, 1…), else -1
 */
public record SourceLine(String text, Role role, String heading, int list) {
    /** What a unit is in its document. */
    public enum Role { HEADING, SENTENCE, LIST_INTRO, LIST_ITEM, CONTACT }
}
