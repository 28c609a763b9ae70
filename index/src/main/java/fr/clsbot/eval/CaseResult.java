package fr.clsbot.eval;

/**
 * How one question of a set went.
 *
 * @param doc        the document the case is about, or null
 * @param correct    true when the answer (or the refusal) is what the case expects
 * @param answered   true when the bot answered rather than refused
 * @param confidence the confidence the bot gave
 */
public record CaseResult(String doc, boolean correct, boolean answered, double confidence) {
}
