package fr.clsbot.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a {@link LiveAssistant} when files of its knowledge base change (the directory and its
 * {@code sources/}). Changes are gathered for a short quiet period first, so that an editor saving several
 * files, or a file being written, gives one reload.
 */
public final class KnowledgeBaseWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseWatcher.class);

    private final LiveAssistant assistant;
    private final WatchService watcher;
    private final Duration quiet;
    private final Consumer<ReloadResult> listener;
    private final Thread thread;

    /**
     * Starts watching.
     *
     * @param quiet    how long without changes before reloading
     * @param listener told of every reload (a channel may tell its maintainers)
     */
    public KnowledgeBaseWatcher(LiveAssistant assistant, Duration quiet, Consumer<ReloadResult> listener)
            throws IOException {
        this.assistant = assistant;
        this.quiet = quiet;
        this.listener = listener;
        Path directory = assistant.directory();
        this.watcher = FileSystems.getDefault().newWatchService();
        register(directory);
        if (Files.isDirectory(directory.resolve("sources"))) {
            register(directory.resolve("sources"));
        }
        this.thread = new Thread(this::run, "clsbot-kb-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path directory) throws IOException {
        directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Wait until the files stop changing, then reload once.
                WatchKey more;
                while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    ReloadResult result = assistant.reload();
                    LOG.info("knowledge base changed on disk: {}", result.loaded() ? "reloaded"
                            : "rejected, previous index kept");
                    listener.accept(result);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("knowledge-base watcher closed");
        }
    }

    /** True when a YAML file or a source text changed (editor swap files and the like are ignored). */
    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            Object context = event.context();
            String name = context == null ? "" : context.toString();
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.endsWith(".yaml")
                    || name.endsWith(".yml") || name.endsWith(".txt");
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
