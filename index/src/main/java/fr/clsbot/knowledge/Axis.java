package fr.clsbot.knowledge;

/** A strategic axis of the contract, in the order the contract gives. */
public record Axis(String title, String description, String quote, String source) implements Sourced {
}
