package fr.clsbot.knowledge;

/** An organisation or body (signatory, partner, governance body) and the role the source gives it. */
public record Party(String name, String role, String quote, String source) implements Sourced {
}
