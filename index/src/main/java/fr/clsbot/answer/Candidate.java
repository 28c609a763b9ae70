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
 * @param context  the sentence next to the evidence that holds {@code lead}, when the evidence says what is asked
 *                 and its neighbour says the answer ("Mardi 29 octobre, … à la mairie …. Cette visite nous a permis
 *                 de signer …"), else null
 */
record Candidate(Evidence evidence, double coverage, double fit, Entity lead, double score, Evidence context) {

    Candidate(Evidence evidence, double coverage, double fit, Entity lead, double score) {
        this(evidence, coverage, fit, lead, score, null);
    }

    /** The same candidate with another score. */
    Candidate scored(double newScore) {
        return new Candidate(evidence, coverage, fit, lead, newScore, context);
    }
}
