package fr.clsbot.text;

import java.util.regex.Pattern;

/** The article a place's name may begin with ("La Réunion", "Le Grand Périgueux"), which users seldom type. */
public final class LeadingArticle {
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:Le|La|Les)\\s+|L['’]\\s*)");

    private LeadingArticle() {
    }

    /** "La Réunion" → "Réunion", "L'Isle-Jourdain" → "Isle-Jourdain"; other names as they are. */
    public static String strip(String name) {
        return ARTICLE.matcher(name).replaceFirst("");
    }
}
