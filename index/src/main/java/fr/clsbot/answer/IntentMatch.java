package fr.clsbot.answer;

/**
 * The intent recognised in a question.
 *
 * @param overlap share of the best example's words found in the question, in [0, 1]
 * @param score   how well the best example fits, to compare intents of one question
 */
record IntentMatch(Intent intent, double overlap, double score) {
}
