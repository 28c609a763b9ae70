package fr.clsbot.search;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Source;

/**
 * One retrievable piece of knowledge: a typed fact of a contract or a passage of its source text.
 *
 * @param id       index of the fact in {@link FactIndex#facts()}
 * @param order    position among the facts of the same kind of the contract (axes keep their order)
 * @param origin   the knowledge record it was made from ({@code Axis}, {@code Figure}, {@code Passage}…)
 * @param sentence the fact said in French, ready to be put in an answer
 * @param quote    the source passage it comes from
 */
public record Fact(int id, Contract contract, FactKind kind, int order, Object origin, String sentence, String quote,
                   Source source) {
}
