package fr.clsbot.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** File-name-safe ids: "Montluçon Communauté" gives {@code montlucon-communaute}. */
final class Slug {
    private Slug() {
    }

    static String of(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
