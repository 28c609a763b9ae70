package fr.clsbot.live;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.Assistant;
import fr.clsbot.answer.Conversation;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.knowledge.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /** Finds the last valid state of a base, to serve when the base is invalid at start. */
    @FunctionalInterface
    public interface LastGoodBase {
        Optional<KnowledgeBase> of(Path directory);
    }

    private final AtomicReference<Assistant> current = new AtomicReference<>();
    private final List<Problem> startProblems;

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
        this(directory, loader, unknown -> Optional.empty(), factory);
    }

    /**
     * Loads {@code directory} now with {@code loader}; when the base is invalid, serves its last good state instead,
     * if {@code lastGood} knows one, and keeps the problems found for {@link #startProblems()}.
     *
     * @throws InvalidKnowledgeBaseException when the base is invalid and there is no last good state
     */
    public LiveAssistant(Path directory, BaseLoader loader, LastGoodBase lastGood, AssistantFactory factory)
            throws InvalidKnowledgeBaseException, IOException {
        this.directory = directory;
        this.loader = loader;
        this.factory = factory;
        KnowledgeBase base;
        List<Problem> problems = List.of();
        try {
            base = loader.load(directory);
        } catch (InvalidKnowledgeBaseException e) {
            base = lastGood.of(directory).orElseThrow(() -> e);
            problems = e.problems();
        }
        startProblems = problems;
        current.set(factory.create(base));
    }

    /** The assistant serving now. */
    public Assistant current() {
        return current.get();
    }

    /**
     * Why the base on disk was not loaded at start, when its last good state serves instead; empty when the base on
     * disk serves.
     */
    public List<Problem> startProblems() {
        return startProblems;
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
                    new Problem(directory.toString(), 0, "", "rechargement impossible : "
                            + "le détail est dans le journal du bot")));
        }
    }

    @Override
    public void close() throws IOException {
        current.get().close();
    }
}
