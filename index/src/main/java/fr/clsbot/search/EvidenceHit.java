package fr.clsbot.search;

import fr.clsbot.evidence.Evidence;

/**
 * A piece of evidence found for a question.
 *
 * @param coverage share of the question's concepts it mentions, in [0, 1]
 * @param score    Lucene's relevance score, to break ties
 */
public record EvidenceHit(Evidence evidence, double coverage, float score) {
}
