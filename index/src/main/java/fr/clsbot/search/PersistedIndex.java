package fr.clsbot.search;

import fr.clsbot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * Where persisted indexes live: one directory per key (a digest of the knowledge base, the engine's own
 * vocabulary, the index format and Lucene's version), built aside and renamed into place, so that a reader never
 * sees a half-written index and two processes building the same one do not collide.
 */
final class PersistedIndex {
    /** Commit data entry holding the key the index was built for. */
    static final String KEY = "clsbot.key";
    /** Bumped whenever what {@link fr.clsbot.evidence.EvidenceBuilder} indexes changes. */
    private static final String FORMAT = "evidence-2";
    /** Older index directories beyond this many are removed. */
    private static final int KEEP = 3;

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
        return Files.createTempDirectory(root, "building-" + key + "-");
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

    /** Moves a finished index into place (another process may have won the race: then its copy is kept). */
    static void publish(Path staging, Path target) throws IOException {
        try {
            if (Files.isDirectory(target)) {
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
            deleteTree(staging);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        removeOldIndexes(target.getParent(), target);
    }

    private static void removeOldIndexes(Path root, Path current) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            List<Path> indexes = children.filter(p -> p.getFileName().toString().startsWith("index-")
                    && !p.equals(current)).sorted(Comparator.comparing(PersistedIndex::modified).reversed()).toList();
            for (Path old : indexes.subList(Math.min(indexes.size(), KEEP - 1), indexes.size())) {
                deleteTree(old);
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
        }
    }
}
