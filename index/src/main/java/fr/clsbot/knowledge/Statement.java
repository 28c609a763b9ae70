package fr.clsbot.knowledge;

/** A fact stated in a sentence, e.g. how the population was consulted. */
public record Statement(String text, String quote, String source) implements Sourced {
}
