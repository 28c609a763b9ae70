package fr.clsbot.cli;

import fr.clsbot.knowledge.Problem;
import fr.clsbot.live.KnowledgeBaseWatcher;
import fr.clsbot.live.LiveAssistant;
import fr.clsbot.text.Plural;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Starts watching a running bot's knowledge base, when it is a directory on disk (the bundled copy is not). */
final class Watching {
    private static final Duration QUIET = Duration.ofSeconds(1);

    private Watching() {
    }

    /**
     * @param notify told, in French, of each reload
     * @return what stops the watching
     */
    static AutoCloseable start(LiveAssistant assistant, Consumer<String> notify) throws IOException {
        if (KnowledgeBaseLocation.isBundled(assistant.directory())) {
            return () -> { };
        }
        return new KnowledgeBaseWatcher(assistant, QUIET, result -> notify.accept(result.loaded()
                ? "(Base de connaissances rechargée : " + Plural.of(result.contracts(), "contrat") + ".)"
                : "(Modification refusée, l'ancienne base reste en service :\n" + listed(result.problems()) + ")"));
    }

    /**
     * What to tell when the base was invalid at start and its last good state serves instead; empty when the base
     * on disk serves.
     */
    static Optional<String> startNotice(LiveAssistant assistant) {
        if (assistant.startProblems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("(La base de connaissances n'est pas valide ; sa dernière version valide reste en service ("
                + Plural.of(assistant.current().knowledgeBase().contracts().size(), "contrat") + ") :\n"
                + listed(assistant.startProblems())
                + "\nCorrigez le fichier : il sera rechargé dès qu'il sera valide.)");
    }

    /** The first ten problems, a line each. */
    private static String listed(List<Problem> problems) {
        return problems.stream().limit(10).map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
