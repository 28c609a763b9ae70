package fr.clsbot.search;

/**
 * A fact found for a question.
 *
 * @param coverage the share of the question's concepts the fact mentions, in [0, 1]
 * @param score    Lucene's relevance score, to order facts of equal coverage
 */
public record ScoredFact(Fact fact, double coverage, float score) {
}
