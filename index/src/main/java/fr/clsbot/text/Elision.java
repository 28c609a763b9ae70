package fr.clsbot.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * French elision and contraction before a name: "de Montluçon" but "d'Ambert", "du Blanc-Mesnil" for "Le
 * Blanc-Mesnil", "des Avirons" for "Les Avirons".
 */
public final class Elision {
    private Elision() {
    }

    /** "de Montluçon", "d'Ambert", "du Blanc-Mesnil", "des Avirons", "de La Courneuve". */
    public static String of(String name) {
        if (name != null && name.startsWith("Le ") && name.length() > 3) {
            return "du " + name.substring(3);
        }
        if (name != null && name.startsWith("Les ") && name.length() > 4) {
            return "des " + name.substring(4);
        }
        return startsWithVowel(name) ? "d'" + name : "de " + name;
    }

    private static boolean startsWithVowel(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        char first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .charAt(0);
        return "aeiouy".indexOf(first) >= 0;
    }
}
