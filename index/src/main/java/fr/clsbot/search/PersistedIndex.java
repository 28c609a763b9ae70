package fr.clsbot.search;

import fr.clsbot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.Version;

/**
 * Where persisted indexes live: one directory per key (a digest of the knowledge base, the engine's own
 * vocabulary, the index format and Lucene's version), built aside and renamed into place, so that a reader never
 * sees a half-written index and two processes building the same one do not collide.
 */
final class PersistedIndex {
    /** Commit data entry holding the key the index was built for. */
    static final String KEY = "clsbot.key";
    /** Bumped whenever what {@link fr.clsbot.evidence.EvidenceBuilder} indexes changes, or how words are stemmed. */
    private static final String FORMAT = "evidence-17";
    /** Older index directories beyond this many are removed. */
    private static final int KEEP = 3;
    private static final String STAGING = "building-";
    private static final String TRASH = "discarded-";
    /** A staging or discarded directory older than this was left by a process that died. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private PersistedIndex() {
    }

    static String key(KnowledgeBase base, Collection<String> extraVocabulary) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FORMAT + "|" + Version.LATEST + "|" + base.fingerprint() + "|")
                    .getBytes(StandardCharsets.UTF_8));
            for (String word : new TreeSet<>(extraVocabulary)) {
                digest.update(word.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Path locate(Path root, String key) {
        return root.resolve("index-" + key);
    }

    static Path staging(Path root, String key) throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, STAGING + key + "-");
    }

    /** True when {@code directory} holds a committed index built for {@code key}. */
    static boolean isComplete(Path directory, String key) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (FSDirectory fs = FSDirectory.open(directory)) {
            if (!DirectoryReader.indexExists(fs)) {
                return false;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(fs).getUserData();
            return key.equals(data.get(KEY));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks that every file of the latest commit still ends with Lucene's footer (read from the end, cheap): a
     * truncated file is caught here at start rather than by a search later.
     *
     * @throws IOException when a file is missing or truncated
     */
    static void verify(Directory directory) throws IOException {
        for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
            try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
                CodecUtil.retrieveChecksum(input);
            }
        }
    }

    /**
     * Moves a finished index into place with one atomic rename, never deleting what another process may be opening:
     * when a complete index is already there (another process won the race), it is kept and ours is dropped; a
     * half-written or broken one in the way is first moved aside.
     */
    static void publish(Path staging, Path target, String key) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                break;
            } catch (FileSystemException occupied) {
                // Linux reports a non-empty target as a bare "Directory not empty", not DirectoryNotEmptyException.
                if (!Files.exists(target)) {
                    throw occupied;
                }
                if (isComplete(target, key)) {
                    deleteTree(staging);
                    break;
                }
                discard(target);
            }
        }
        deleteTree(staging);
        removeOldIndexes(target.getParent(), target);
    }

    /**
     * Removes an unusable index directory: renamed aside first (atomic), so that no process ever opens a directory
     * being deleted, and so that several processes discarding it at once do not collide.
     */
    static void discard(Path directory) throws IOException {
        Path aside = directory.resolveSibling(TRASH + UUID.randomUUID());
        try {
            Files.move(directory, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return;
        }
        deleteTree(aside);
    }

    private static void removeOldIndexes(Path root, Path current) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            List<Path> all = children.toList();
            List<Path> indexes = all.stream().filter(p -> p.getFileName().toString().startsWith("index-")
                    && !p.equals(current)).sorted(Comparator.comparing(PersistedIndex::modified).reversed()).toList();
            for (Path old : indexes.subList(Math.min(indexes.size(), KEEP - 1), indexes.size())) {
                discard(old);
            }
            // Left by a process killed while building or discarding.
            long abandoned = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
            for (Path leftover : all) {
                String name = leftover.getFileName().toString();
                if ((name.startsWith(TRASH) || name.startsWith(STAGING)) && modified(leftover) < abandoned) {
                    deleteTree(leftover);
                }
            }
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException | java.io.UncheckedIOException raced) {
            // Another process removed it at the same time.
        }
    }
}
