package fr.clsbot.ingest;

import fr.clsbot.text.Folding;

/**
 * File-name-safe ids: "Montluçon Communauté" gives {@code montlucon-communaute}, "Cœur de Loire"
 * {@code coeur-de-loire} (ligatures and ß spelt out, accents removed, as {@link Folding} does for the engine).
 */
final class Slug {
    private static final int MAX_LENGTH = 60;

    private Slug() {
    }

    static String of(String text) {
        String slug = Folding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return "document";
        }
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
    }
}
