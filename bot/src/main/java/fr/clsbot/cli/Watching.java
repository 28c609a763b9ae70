package fr.clsbot.cli;

import fr.clsbot.knowledge.Problem;
import fr.clsbot.live.KnowledgeBaseWatcher;
import fr.clsbot.live.LiveAssistant;
import fr.clsbot.text.Plural;
import java.io.IOException;
import java.time.Duration;
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
                : "(Modification refusée, l'ancienne base reste en service :\n" + result.problems().stream()
                .limit(10).map(Problem::toString).collect(Collectors.joining("\n")) + ")"));
    }
}
