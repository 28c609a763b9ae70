package fr.clsbot.live;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.Assistant;
import fr.clsbot.answer.Conversation;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant of a running bot. {@link #reload()} builds a new index aside while questions are still answered
 * from the current one, then swaps it in atomically; an invalid base is rejected and the current index stays.
 */
public final class LiveAssistant implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveAssistant.class);

    private final Path directory;
    private final BaseLoader loader;
    private final AssistantFactory factory;

    /** Loads and validates a knowledge-base directory (in full, or through a snapshot of it). */
    @FunctionalInterface
    public interface BaseLoader {
        KnowledgeBase load(Path directory) throws InvalidKnowledgeBaseException;
    }

    /** Builds an assistant for a loaded base (in memory, or with a persisted index). */
    @FunctionalInterface
    public interface AssistantFactory {
        Assistant create(KnowledgeBase base) throws IOException;
    }
    private final AtomicReference<Assistant> current = new AtomicReference<>();

    /**
     * Loads {@code directory} now.
     *
     * @throws InvalidKnowledgeBaseException when the base is invalid at start (there is no last good index yet)
     */
    public LiveAssistant(Path directory) throws InvalidKnowledgeBaseException, IOException {
        this(directory, Assistant::create);
    }

    /** Loads {@code directory} now, building assistants with {@code factory}. */
    public LiveAssistant(Path directory, AssistantFactory factory) throws InvalidKnowledgeBaseException, IOException {
        this(directory, new KnowledgeBaseLoader()::load, factory);
    }

    /** Loads {@code directory} now with {@code loader}, building assistants with {@code factory}. */
    public LiveAssistant(Path directory, BaseLoader loader, AssistantFactory factory)
            throws InvalidKnowledgeBaseException, IOException {
        this.directory = directory;
        this.loader = loader;
        this.factory = factory;
        current.set(factory.create(loader.load(directory)));
    }

    /** The assistant serving now. */
    public Assistant current() {
        return current.get();
    }

    public Path directory() {
        return directory;
    }

    public Answer answer(String question, Conversation conversation) {
        return current.get().answer(question, conversation);
    }

    /** Re-reads the knowledge base; keeps the current index when the new base is invalid. Never throws. */
    public synchronized ReloadResult reload() {
        try {
            KnowledgeBase base = loader.load(directory);
            if (base.fingerprint().equals(current.get().knowledgeBase().fingerprint())) {
                return new ReloadResult(true, base.contracts().size(), List.of());
            }
            // The old index is not closed: questions in flight may still read it, and an in-memory index is freed by
            // the garbage collector once nothing refers to it.
            current.set(factory.create(base));
            LOG.info("knowledge base reloaded: {} contracts", base.contracts().size());
            return new ReloadResult(true, base.contracts().size(), List.of());
        } catch (InvalidKnowledgeBaseException e) {
            LOG.warn("knowledge base rejected, the previous index keeps serving:\n{}", e.getMessage());
            return new ReloadResult(false, current.get().knowledgeBase().contracts().size(), e.problems());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Whatever a file holds, a reload answers: the watcher and /reload must never be left without a reply.
            LOG.error("knowledge base reload failed, the previous index keeps serving", e);
            return new ReloadResult(false, current.get().knowledgeBase().contracts().size(), List.of(
                    new fr.clsbot.knowledge.Problem(directory.toString(), 0, "", "rechargement impossible : "
                            + "le détail est dans le journal du bot")));
        }
    }

    @Override
    public void close() throws IOException {
        current.get().close();
    }
}
