package fr.clsbot.knowledge;

/**
 * An action or initiative. {@code axis} is the 1-based number of the axis it serves, when the source makes it clear.
 */
public record Action(String text, Integer axis, String year, String quote, String source) implements Sourced {
}
