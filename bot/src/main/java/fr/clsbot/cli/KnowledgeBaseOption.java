package fr.clsbot.cli;

import fr.clsbot.answer.Assistant;
import fr.clsbot.answer.EngineVocabulary;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseCache;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.live.LiveAssistant;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** The {@code --kb} option shared by every command that reads the knowledge base. */
final class KnowledgeBaseOption {
    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "${env:CLSBOT_KB}",
            description = "Dossier de la base de connaissances (par défaut ./knowledge-base, sinon la copie "
                    + "incluse dans le jar ; variable CLSBOT_KB).")
    Path directory;

    @Option(names = "--index-dir", paramLabel = "DIR", defaultValue = "${env:CLSBOT_INDEX_DIR}",
            description = "Où l'index est gardé et réutilisé tant que la base ne change pas (par défaut "
                    + "$XDG_CACHE_HOME/clsbot ou ~/.cache/clsbot ; variable CLSBOT_INDEX_DIR).")
    Path indexDirectory;

    @Option(names = "--in-memory", description = "Index en mémoire seulement, rien n'est écrit sur le disque.")
    boolean inMemory;

    private CompletableFuture<EngineVocabulary> vocabulary;

    Path resolve() {
        return KnowledgeBaseLocation.resolve(directory);
    }

    /** Loads and validates the base, or fails with every problem listed. */
    KnowledgeBase load() throws InvalidKnowledgeBaseException {
        return new KnowledgeBaseLoader().load(resolve());
    }

    /**
     * Loads the base to answer from: through its snapshot beside the persisted index while its files are unchanged,
     * in full with {@code --in-memory} (nothing is written then).
     */
    KnowledgeBase loadForAnswers() throws InvalidKnowledgeBaseException {
        return loadForAnswers(resolve());
    }

    /** The same for the base in {@code directory}. */
    KnowledgeBase loadForAnswers(Path directory) throws InvalidKnowledgeBaseException {
        vocabulary();
        return inMemory ? new KnowledgeBaseLoader().load(directory)
                : new KnowledgeBaseCache(indexRoot()).load(directory);
    }

    /**
     * The assistant of a running bot, watching nothing yet: when the base is invalid at start, its last good state
     * serves (read from its snapshot; none with {@code --in-memory}).
     */
    LiveAssistant live() throws InvalidKnowledgeBaseException, java.io.IOException {
        return new LiveAssistant(resolve(), this::loadForAnswers,
                directory -> inMemory ? Optional.empty() : new KnowledgeBaseCache(indexRoot()).lastGood(directory),
                this::assistantFor);
    }

    Assistant assistant() throws InvalidKnowledgeBaseException, java.io.IOException {
        return assistantFor(loadForAnswers());
    }

    /** An assistant for {@code base}, with its index persisted unless {@code --in-memory}. */
    Assistant assistantFor(KnowledgeBase base) throws java.io.IOException {
        EngineVocabulary engineVocabulary;
        try {
            engineVocabulary = vocabulary().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return Assistant.create(base, engineVocabulary, inMemory ? null : indexRoot());
    }

    /**
     * The engine's bundled vocabulary, read in the background from the first call on: reading it takes about as
     * long as reading a base's snapshot, and start-up has two cores. Immutable, it serves every assistant built.
     */
    private synchronized CompletableFuture<EngineVocabulary> vocabulary() {
        if (vocabulary == null) {
            vocabulary = CompletableFuture.supplyAsync(EngineVocabulary::bundled);
        }
        return vocabulary;
    }

    Path indexRoot() {
        return indexDirectory != null ? indexDirectory : UserDirectory.cache();
    }
}
