package fr.clsbot.answer;

import fr.clsbot.search.Concept;
import fr.clsbot.search.Token;
import java.util.List;
import java.util.Set;

/**
 * A question as the engine read it (step 1 of {@link Assistant#answer}).
 *
 * @param text          the question, cleaned and cut to the maximum length
 * @param tokens        its folded words
 * @param territories   the territories it names
 * @param unknownPlaces words that look like a place the knowledge base has no contract for ("Vichy")
 * @param types         the answer types it expects, the main one first (never empty: "description" at least)
 * @param intent        what it is about ("signing", "axes"…), or null
 * @param concepts      its content words and expressions, spelling corrected, with synonyms
 * @param filters       what narrows the evidence (ordinal, years, counted noun, roles, organisations)
 * @param yesNo         true for a yes/no question ("Le préfet a-t-il signé ?")
 * @param places        the communes, postal codes, départements and régions it names instead of a contract
 */
record Question(String text, List<Token> tokens, List<TerritoryMention> territories, List<String> unknownPlaces,
                List<AnswerType> types, Intent intent, List<Concept> concepts, QuestionFilters filters,
                boolean yesNo, List<PlaceMention> places) {
    /**
     * The words of a question that asks for a contract's whole budget and names nothing it would pay for (folded):
     * "budget total du CLS", "combien coûte le contrat local de santé" (the contract's own words included).
     */
    private static final Set<String> WHOLE_BUDGET_WORDS = Set.of("budget", "budgets", "montant", "total", "totale",
            "global", "globale", "cout", "coute", "coutera", "enveloppe", "argent", "somme", "financement",
            "financier", "financiere", "moyens", "euros", "cls", "contrat", "local", "sante", "de", "du", "d");

    Question {
        places = List.copyOf(places);
        tokens = List.copyOf(tokens);
        territories = List.copyOf(territories);
        unknownPlaces = List.copyOf(unknownPlaces);
        types = List.copyOf(types);
        concepts = List.copyOf(concepts);
    }

    AnswerType type() {
        return types.get(0);
    }

    /** True when the question says nothing of its own to look for: no concept, or only weak ones ("dure"). */
    boolean asksNoSubject() {
        return concepts.stream().allMatch(Concept::weak);
    }

    /**
     * "budget total du CLS de X ?", "combien coûte le CLS ?": an amount asked as a whole, with nothing named that it
     * would pay for, nor anyone who pays it. The intent's own words ("budget", "financement") are no concepts: none
     * may be left that names a purpose.
     */
    boolean asksTheWholeBudget() {
        // "le budget total c combien": « combien » asks any figure, the budget an amount.
        boolean amount = type().name().equals("amount") || type().name().equals("figure") && intent != null
                && "amount".equals(intent.type());
        return filters.wholeAsked() && amount && concepts.stream()
                .allMatch(concept -> concept.weak() || WHOLE_BUDGET_WORDS.containsAll(concept.words()));
    }

    /** A follow-up such as "Et à Montluçon ?": names a territory and nothing else to ask. */
    boolean onlyNamesTerritory() {
        return !territories.isEmpty() && asksNoSubject() && intent == null
                && type().name().equals("description") && !yesNo;
    }

    /**
     * A follow-up such as "en quelle année ?" or "combien ?": question words and nothing else, no territory, no
     * subject, no filter. Its words alone may give it an intent ("année" one of a period).
     */
    boolean asksOnlyItsType() {
        return territories.isEmpty() && unknownPlaces.isEmpty() && places.isEmpty() && asksNoSubject()
                && !type().name().equals("description") && !yesNo
                && filters.ordinal() == null && filters.years().isEmpty();
    }

    /** A follow-up such as "le 3ème" or "et le dernier ?" after a list: a rank and nothing else to ask. */
    boolean asksOnlyARank() {
        return territories.isEmpty() && unknownPlaces.isEmpty() && places.isEmpty() && intent == null && !yesNo
                && concepts.stream().anyMatch(c -> !c.weak() && QuestionReader.isRank(c.words().get(0)))
                && concepts.stream().allMatch(c -> c.weak() || QuestionReader.isRank(c.words().get(0)));
    }

    /** The same question with the places of the map another one named (a follow-up keeps its own places). */
    Question withPlaces(List<PlaceMention> otherPlaces) {
        return new Question(text, tokens, territories, unknownPlaces, types, intent, concepts, filters, yesNo,
                otherPlaces);
    }

    /** The same question about other territories, or with the type, intent and concepts of an earlier one. */
    Question with(List<TerritoryMention> otherTerritories, List<AnswerType> otherTypes, Intent otherIntent,
                  List<Concept> otherConcepts, QuestionFilters otherFilters) {
        return new Question(text, tokens, otherTerritories, unknownPlaces, otherTypes, otherIntent, otherConcepts,
                otherFilters, yesNo, places);
    }
}
