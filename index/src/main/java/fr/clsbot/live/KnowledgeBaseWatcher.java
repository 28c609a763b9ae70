package fr.clsbot.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a {@link LiveAssistant} when files of its knowledge base change (the directory and its
 * {@code sources/}). Changes are gathered for a short quiet period first, so that an editor saving several
 * files, or a file being written, gives one reload. The directory itself is checked every few seconds: when it was
 * replaced (a new version moved in with {@code mv}) or its {@code sources/} appeared, the new one is watched and
 * reloaded. No file, however broken, stops the watching: a later fix is always picked up.
 */
public final class KnowledgeBaseWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseWatcher.class);
    /** How often the directory is checked for having been replaced, when no event comes. */
    private static final Duration RECHECK = Duration.ofSeconds(2);

    private final LiveAssistant assistant;
    private final WatchService watcher;
    private final Duration quiet;
    private final Consumer<ReloadResult> listener;
    private final Thread thread;
    private final List<WatchKey> keys = new ArrayList<>();
    /** What identifies the watched directories on disk (inodes), to notice they were replaced. */
    private List<Object> watched = List.of();

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
        this.watcher = FileSystems.getDefault().newWatchService();
        watchCurrentDirectories();
        this.thread = new Thread(this::run, "clsbot-kb-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Registers the base and its {@code sources/} as they are now on disk, forgetting what was watched before. */
    private void watchCurrentDirectories() throws IOException {
        keys.forEach(WatchKey::cancel);
        keys.clear();
        Path directory = assistant.directory();
        keys.add(register(directory));
        if (Files.isDirectory(directory.resolve("sources"))) {
            keys.add(register(directory.resolve("sources")));
        }
        watched = identities();
    }

    private WatchKey register(Path directory) throws IOException {
        return directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** The file keys of the base and of its {@code sources/} (null when absent). */
    private List<Object> identities() {
        Path directory = assistant.directory();
        return java.util.Arrays.asList(identity(directory), identity(directory.resolve("sources")));
    }

    private static Object identity(Path directory) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(directory, BasicFileAttributes.class);
            return attributes.isDirectory() ? attributes.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (waitForChange()) {
                    ReloadResult result = assistant.reload();
                    LOG.info("knowledge base changed on disk: {}", result.loaded() ? "reloaded"
                            : "rejected, previous index kept");
                    listener.accept(result);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ClosedWatchServiceException e) {
                LOG.debug("knowledge-base watcher closed");
                return;
            } catch (IOException | RuntimeException e) {
                // One failed round (a directory vanishing mid-move, a listener failing) must not end the watching.
                LOG.warn("knowledge-base watcher: {} ({}), watching goes on", e.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
    }

    /** Waits for a relevant change, then for the files to stop changing; false when nothing relevant happened. */
    private boolean waitForChange() throws InterruptedException, IOException {
        WatchKey key = watcher.poll(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
        boolean relevant = key != null && drain(key);
        WatchKey more;
        while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            relevant |= drain(more);
        }
        if (!identities().equals(watched) && Files.isDirectory(assistant.directory())) {
            LOG.info("knowledge-base directory replaced on disk: watching the new one");
            watchCurrentDirectories();
            relevant = true;
        }
        return relevant;
    }

    /** True when a YAML file or a source text changed (editor swap files and the like are ignored). */
    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            Object context = event.context();
            String name = context == null ? "" : context.toString();
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW || !name.startsWith(".")
                    && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt")
                    || name.equals("sources"));
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
