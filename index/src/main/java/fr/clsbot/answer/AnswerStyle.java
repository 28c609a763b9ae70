package fr.clsbot.answer;

/** How an intent's answer is built (see {@code intents.yaml}). */
enum AnswerStyle {
    /** Every fact of the intent's kinds, in the contract's order. */
    LIST,
    /** The facts that best match what the question is about. */
    BEST,
    /** Like BEST, but a figure is given only when it matches what is asked. */
    FIGURES,
    SIGNING, PERIOD, TERRITORIES, DEFINITION, HELP
}
