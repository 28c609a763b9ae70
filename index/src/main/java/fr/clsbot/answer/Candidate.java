package fr.clsbot.answer;

import fr.clsbot.entity.Entity;
import fr.clsbot.evidence.Evidence;

/**
 * A piece of evidence scored for a question (step 3 of {@link Assistant#answer}).
 *
 * @param coverage weighted share of the question's concepts it mentions, in [0, 1]
 * @param fit      how well it holds the type of answer asked, in [0, 1] (1: an entity of the right type that passes
 *                 every filter)
 * @param lead     the entity that answers (the date, the figure, the name), or null
 * @param score    the one score all candidates are ranked by, in [0, 1]; it is also the answer's confidence
 */
record Candidate(Evidence evidence, double coverage, double fit, Entity lead, double score) {
}
