package fr.clsbot.text;

import java.text.Normalizer;
import java.util.Locale;

/** French elision before a vowel sound: "de Montluçon" but "d'Ambert", "le CLS d'Yssingeaux". */
public final class Elision {
    private Elision() {
    }

    /** "de Montluçon", "d'Ambert". */
    public static String of(String name) {
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
