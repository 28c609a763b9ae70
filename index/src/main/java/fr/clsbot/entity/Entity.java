package fr.clsbot.entity;

import java.util.Set;

/**
 * An entity found in a sentence.
 *
 * @param text   the words as printed ("vendredi 22 mars", "quatorze partenaires", "Mme Marie SPETEBROODT")
 * @param start  offset of its first character in the sentence
 * @param end    offset after its last character
 * @param value  its normalised value: a number for amounts, counts, durations, percentages and ordinals
 *               ("14"), "2025-2029" for a period ("2023" for one given by its end only), the family of an
 *               organisation ("ars", "cpts"), the name of a person, the text otherwise
 * @param detail what qualifies it: the counted noun of a count ("partenaires"), the noun an ordinal ranks
 *               ("contrat"), the unit of a duration ("an"), the precision of a date ({@link #DAY}, {@link #MONTH},
 *               {@link #YEAR}, {@link #RELATIVE}, {@link #WEEKDAY}), {@link #END} for a period given by its end
 *               only, the role of a person ("coordinateur"), or null
 */
public record Entity(EntityType type, String text, int start, int end, String value, String detail) {
    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
    public static final String RELATIVE = "relative";
    /** A day of the week said without its date ("signé ce vendredi"): it says which day, not which date. */
    public static final String WEEKDAY = "weekday";
    /** The detail of a period given by its end only ("à l'horizon 2023"): its value is that year. */
    public static final String END = "end";
    /** The details (folded nouns) of an ordinal that ranks the contract itself: « le 2e CLS », « 3e génération ». */
    public static final Set<String> CONTRACT_NOUNS = Set.of("contrat", "contrats", "cls", "generation", "version");

    public boolean overlaps(Entity other) {
        return start < other.end && other.start < end;
    }
}
