package fr.clsbot.knowledge;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads a knowledge base for answering, through a snapshot kept beside the persisted index: while none of the base's
 * files changed since the snapshot was written (same names, sizes, times and inodes, see {@link FileStamp}), and the
 * code is the same, the base is read back from it; otherwise it is loaded and validated in full by
 * {@link KnowledgeBaseLoader}, and a new snapshot written when it is valid. An invalid base is never snapshotted,
 * and a snapshot that cannot be read is ignored: in any doubt, the full load decides.
 *
 * <p>A file changed in the last {@link #SETTLE} before a full load is not trusted to its timestamps (a second
 * change within the same clock tick would keep them): no snapshot is written then, the next start writes it.
 */
public final class KnowledgeBaseCache {
    /** How long a file must have been left alone before a snapshot vouches for it. */
    public static final Duration SETTLE = Duration.ofSeconds(2);
    private static final String PREFIX = "knowledge-";
    private static final String SUFFIX = ".snapshot";

    private final Path directory;
    private final Clock clock;
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    /** Snapshots kept in {@code directory} (the index root), one per knowledge-base directory. */
    public KnowledgeBaseCache(Path directory) {
        this(directory, Clock.systemUTC());
    }

    /** The same, with the clock that tells how long the files have been left alone (for tests). */
    public KnowledgeBaseCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The base in {@code root}, from its snapshot when its files are unchanged, else loaded and validated.
     *
     * @throws InvalidKnowledgeBaseException with every problem found, when any file is invalid
     */
    public KnowledgeBase load(Path root) throws InvalidKnowledgeBaseException {
        if (root.getFileSystem() != FileSystems.getDefault()) {
            // The copy inside the jar: nothing on disk to stamp.
            return loader.load(root);
        }
        Optional<KnowledgeBase> kept = snapshotOf(root);
        if (kept.isPresent()) {
            return kept.get();
        }
        long started = clock.millis();
        KnowledgeBase base = loader.load(root);
        write(root, base, started - SETTLE.toMillis());
        return base;
    }

    /** The base as its snapshot holds it, when there is one, readable, and none of the base's files changed since. */
    Optional<KnowledgeBase> snapshotOf(Path root) {
        try {
            Optional<Written> written = writtenFor(root);
            if (written.isEmpty() || !written.get().header().code().equals(CodeVersion.STAMP)
                    || !unchanged(written.get().header().files(), root)) {
                return Optional.empty();
            }
            return Optional.of(written.get().reader().base());
        } catch (IOException | RuntimeException unusable) {
            // Absent, unreadable, truncated or of another format: the full load decides.
            return Optional.empty();
        }
    }

    /**
     * The base of the last snapshot written for {@code root}, whether or not its files changed since: the last valid
     * state of a base, to serve when it is invalid at start (a coordinator's broken edit must not take the bot down).
     * Empty when there is none, or it cannot be read.
     */
    public Optional<KnowledgeBase> lastGood(Path root) {
        if (root.getFileSystem() != FileSystems.getDefault()) {
            return Optional.empty();
        }
        try {
            return writtenFor(root).map(written -> written.reader().base());
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    /** A snapshot's header, read, and the reader positioned on the base that follows it. */
    private record Written(KnowledgeBaseSnapshot.Header header, KnowledgeBaseSnapshot.Reader reader) {
    }

    /** The snapshot written for {@code root}, when its file holds that directory's (two paths may share a digest). */
    private Optional<Written> writtenFor(Path root) throws IOException {
        Path real = root.toRealPath();
        KnowledgeBaseSnapshot.Reader reader = KnowledgeBaseSnapshot.open(Files.readAllBytes(snapshotFile(real)));
        KnowledgeBaseSnapshot.Header header = reader.header();
        return header.root().equals(real.toString()) ? Optional.of(new Written(header, reader)) : Optional.empty();
    }

    private Path snapshotFile(Path real) {
        return directory.resolve(PREFIX + digest(real.toString()).substring(0, 32) + SUFFIX);
    }

    /** True when the base's YAML files are the same as {@code files} names, and every stamp still matches. */
    private static boolean unchanged(List<FileStamp> files, Path root) throws IOException {
        List<String> listed = yamlNames(root);
        List<String> stamped = files.stream().map(FileStamp::file).filter(KnowledgeBaseCache::isYaml).toList();
        if (!listed.equals(stamped)) {
            return false;
        }
        for (FileStamp stamp : files) {
            if (!stamp.equals(FileStamp.of(root, stamp.file()))) {
                return false;
            }
        }
        return true;
    }

    private void write(Path root, KnowledgeBase base, long settledBefore) {
        try {
            Path real = root.toRealPath();
            List<FileStamp> files = new ArrayList<>();
            for (String yaml : yamlNames(root)) {
                files.add(FileStamp.of(root, yaml));
            }
            TreeSet<String> sources = new TreeSet<>();
            base.contracts().forEach(contract -> contract.sources().forEach(source -> sources.add(source.file())));
            for (String source : sources) {
                files.add(FileStamp.of(root, source));
            }
            if (files.stream().anyMatch(stamp -> stamp.changedSince(settledBefore))) {
                return;
            }
            byte[] bytes = KnowledgeBaseSnapshot.write(
                    new KnowledgeBaseSnapshot.Header(CodeVersion.STAMP, real.toString(), files), base);
            Files.createDirectories(directory);
            Path staging = Files.createTempFile(directory, PREFIX, ".tmp");
            try {
                Files.write(staging, bytes);
                Files.move(staging, snapshotFile(real), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(staging);
            }
        } catch (IOException | RuntimeException notWritten) {
            // A read-only cache or a file removed meanwhile: the next start loads in full again, nothing is lost.
        }
    }

    /** The contract and glossary files, in name order, as {@link KnowledgeBaseLoader} lists them. */
    private static List<String> yamlNames(Path root) throws IOException {
        try (Stream<Path> listing = Files.list(root)) {
            return listing.map(path -> path.getFileName().toString()).filter(KnowledgeBaseCache::isYaml).sorted()
                    .toList();
        }
    }

    private static boolean isYaml(String name) {
        return !name.startsWith(".") && !name.contains("/") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The code that reads a base, identified by the stamps of its jar (or, when run from classes, of this package's
     * class files): a snapshot written by another version of the loader is not used.
     */
    private static final class CodeVersion {
        static final String STAMP = stamp();

        private static String stamp() {
            try {
                CodeSource source = KnowledgeBaseCache.class.getProtectionDomain().getCodeSource();
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return describe(FileStamp.of(location.getParent(), location.getFileName().toString()));
                }
                Path classes = location.resolve(KnowledgeBaseCache.class.getPackageName().replace('.', '/'));
                StringBuilder stamp = new StringBuilder();
                try (Stream<Path> files = Files.list(classes)) {
                    for (Path file : files.sorted().toList()) {
                        stamp.append(describe(FileStamp.of(classes, file.getFileName().toString()))).append(';');
                    }
                }
                return digest(stamp.toString());
            } catch (IOException | URISyntaxException | RuntimeException unknown) {
                // No code to vouch for: a stamp that no snapshot can carry.
                return "unknown-" + System.nanoTime();
            }
        }

        private static String describe(FileStamp stamp) {
            return stamp.file() + "|" + stamp.size() + "|" + stamp.modified() + "|" + stamp.identity();
        }
    }
}
