package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import java.util.Set;

/**
 * A territory named in a question.
 *
 * @param positions the positions of the question's words that name it
 */
record TerritoryMention(Contract contract, Set<Integer> positions) {
}
