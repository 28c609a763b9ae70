package fr.clsbot.answer;

import fr.clsbot.search.Concept;
import fr.clsbot.search.Token;
import java.util.List;

/**
 * A question as the engine understood it.
 *
 * @param text          the question, cleaned and cut to the maximum length
 * @param tokens        its folded words
 * @param territories   the territories it names
 * @param unknownPlaces words that look like a place the knowledge base has no contract for ("Vichy")
 * @param unknownWords  words found nowhere in the knowledge base, even allowing for typos
 * @param concepts      what it is about: content words and expressions, spelling corrected, with synonyms
 * @param intents       what it may ask for, best first (empty when nothing is recognised)
 */
record Question(String text, List<Token> tokens, List<TerritoryMention> territories, List<String> unknownPlaces,
                List<String> unknownWords, List<Concept> concepts, List<IntentMatch> intents) {


    /** A follow-up such as "Et à Montluçon ?": names a territory and nothing else to ask. */
    boolean onlyNamesTerritory() {
        return !territories.isEmpty() && concepts.isEmpty() && intents.isEmpty();
    }
}
