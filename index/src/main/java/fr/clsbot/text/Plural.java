package fr.clsbot.text;

/** Counts written in French: « 1 contrat », « 2 contrats », « 0 contrat » (French keeps 0 and 1 singular). */
public final class Plural {
    private Plural() {
    }

    /** {@code count} and {@code noun}, with an « s » from 2 on: {@code of(3, "contrat")} is « 3 contrats ». */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code count} and the singular or plural given, for irregular nouns: {@code of(2, "journal", "journaux")}. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (Math.abs(count) >= 2 ? plural : singular);
    }
}
