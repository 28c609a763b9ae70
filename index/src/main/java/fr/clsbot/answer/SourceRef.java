package fr.clsbot.answer;

/**
 * Where an answer comes from.
 *
 * @param title the source document's title
 * @param file  its path in the knowledge base
 * @param quote the passage the answer rests on, as printed
 */
public record SourceRef(String title, String file, String quote) {
}
