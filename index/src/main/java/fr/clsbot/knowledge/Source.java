package fr.clsbot.knowledge;

/**
 * A document a contract was written from (press release, signed contract, report).
 *
 * @param file path of its plain-text copy, relative to the knowledge-base root
 */
public record Source(String id, String title, String kind, String file) {
}
