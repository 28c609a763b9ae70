package fr.clsbot.eval;

import fr.clsbot.answer.Answer;

/** Anything that answers a question alone: the assistant, or the baseline it is compared with. */
@FunctionalInterface
public interface Answerer {
    Answer answer(String question);
}
