package fr.clsbot.knowledge;

/** A fact with provenance: the passage it was taken from, in the contract's source {@code source()} (or its first). */
public interface Sourced {
    String quote();

    String source();
}
