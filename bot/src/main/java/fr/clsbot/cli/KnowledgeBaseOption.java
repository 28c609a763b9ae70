package fr.clsbot.cli;

import fr.clsbot.answer.Assistant;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --kb} option shared by every command that reads the knowledge base. */
final class KnowledgeBaseOption {
    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "${env:CLSBOT_KB}",
            description = "Knowledge-base directory (default: ./knowledge-base, else the copy bundled in the jar; "
                    + "env CLSBOT_KB).")
    Path directory;

    Path resolve() {
        return KnowledgeBaseLocation.resolve(directory);
    }

    /** Loads and validates the base, or fails with every problem listed. */
    KnowledgeBase load() throws InvalidKnowledgeBaseException {
        return new KnowledgeBaseLoader().load(resolve());
    }

    Assistant assistant() throws InvalidKnowledgeBaseException {
        return Assistant.create(load());
    }
}
