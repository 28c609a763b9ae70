package fr.clsbot.answer;

import java.util.Set;

/**
 * What narrows the evidence a question can be answered from, besides its territory.
 *
 * @param ordinal   the rank of the contract asked about ("le 2e CLS" → 2), or null
 * @param years     years the question names ("le CLS 2025-2029", "budget 2025")
 * @param counted   the folded noun a count question counts ("combien de partenaires" → "partenaires"), or null
 * @param roles     roles of the person asked for ("coordinateur", or a category such as "elu")
 * @param families  families of the organisations the question names ("cpts", "hopital", "etat")
 * @param dayWanted true when a date must give the day ("quel jour", "la date exacte")
 * @param weekdayEnough true when the day of the week answers too ("quel jour", not "la date exacte": "ce mardi" is
 *                      no date one can print)
 * @param item      the rank of the item of a list asked for ("le quatrième axe" → 4; "le dernier axe" →
 *                  {@link #LAST_ITEM}), or null
 * @param organisationAsked true when the answer is one of those organisations ("Quelle CPTS…"), not a person
 * @param yearWanted    true when the question asks a year ("en quelle année"): a date without one does not say it
 * @param previousAsked true when the contract before the current one is asked ("le précédent CLS")
 * @param personNamed true when a role is named by its noun ("la coordinatrice"): the answer is a person, whereas
 *                    "qui coordonne" may be answered by an organisation
 * @param sinceAsked true when the question asks since when ("depuis quand", "depuis quelle année"): a date that
 *                   starts something ("depuis 2020", "dès 2021") answers it best
 * @param endAsked   true when the question asks when the contract ends ("fini quand", "jusqu'à quand"): a date
 *                   said to end it ("s'est achevée en 2015") answers it, a duration never does
 * @param oneAsked   true when the question asks for one thing in the singular ("Quel est l'objectif du CLS ?",
 *                   "l'enjeu principal"): a sentence that says it answers, not only a whole list
 * @param dateNamed  true when the question names the date it asks for ("la date de signature"): "cette année" or
 *                   "l'an dernier" is then no answer, as it may be to "validé quand ?" ("il y a un an")
 * @param speakerAsked true when the question asks who speaks for an organisation it names ("qui représentait
 *                   l'ARS", "qui a signé côté ARS", "pour la préfecture"): not that organisation itself
 * @param wholeAsked true when the question asks for a whole ("le budget", "le coût total", "en tout"): an amount that
 *                   pays for one part does not say it
 */
record QuestionFilters(Integer ordinal, Set<Integer> years, String counted, Set<String> roles, Set<String> families,
                       boolean dayWanted, boolean yearWanted, Integer item, boolean organisationAsked, boolean personNamed,
                       boolean sinceAsked, boolean previousAsked, boolean endAsked, boolean oneAsked,
                       boolean weekdayEnough, boolean dateNamed, boolean speakerAsked, boolean wholeAsked) {

    /** The rank of "le dernier axe": the list's last item, however long the list. */
    static final int LAST_ITEM = Integer.MAX_VALUE;

    QuestionFilters {
        years = Set.copyOf(years);
        roles = Set.copyOf(roles);
        families = Set.copyOf(families);
    }

    /** The same filters counting {@code noun}. */
    QuestionFilters withCounted(String noun) {
        return new QuestionFilters(ordinal, years, noun, roles, families, dayWanted, yearWanted, item,
                organisationAsked, personNamed, sinceAsked, previousAsked, endAsked, oneAsked, weekdayEnough,
                dateNamed, speakerAsked, wholeAsked);
    }

    /** The same filters asking for a person of one of {@code asked}. */
    QuestionFilters withRoles(Set<String> asked) {
        return new QuestionFilters(ordinal, years, counted, asked, families, dayWanted, yearWanted, item,
                organisationAsked, true, sinceAsked, previousAsked, endAsked, oneAsked, weekdayEnough, dateNamed,
                speakerAsked, wholeAsked);
    }
}
