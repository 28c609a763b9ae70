package fr.clsbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a knowledge base cannot be loaded; carries every problem found, not only the first. */
public final class InvalidKnowledgeBaseException extends Exception {
    private final List<Problem> problems;

    public InvalidKnowledgeBaseException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
