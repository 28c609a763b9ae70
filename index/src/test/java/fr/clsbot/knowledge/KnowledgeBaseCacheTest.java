package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.clsbot.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseCacheTest {
    @TempDir
    Path temp;
    private Path kb;
    private Path cacheDirectory;
    /** A clock a minute ahead: the fixture files, copied just now, count as settled. */
    private KnowledgeBaseCache cache;

    @BeforeEach
    void copyTheFixture() {
        kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        cacheDirectory = temp.resolve("cache");
        cache = new KnowledgeBaseCache(cacheDirectory,
                Clock.fixed(Instant.now().plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
    }

    @Test
    void readsBackTheBaseItLoadedWhileNothingChanged() throws Exception {
        KnowledgeBase loaded = cache.load(kb);

        assertThat(cache.snapshotOf(kb)).contains(loaded);
        assertThat(cache.load(kb)).isEqualTo(loaded).isEqualTo(new KnowledgeBaseLoader().load(kb));
    }

    @Test
    void snapshotsEveryFieldOfTheShippedBase() throws Exception {
        Path shipped = Fixtures.copy(Fixtures.SHIPPED, temp.resolve("shipped"));
        KnowledgeBase loaded = cache.load(shipped);

        KnowledgeBase read = cache.snapshotOf(shipped).orElseThrow();

        assertThat(read).isEqualTo(loaded);
        assertThat(read.fingerprint()).isEqualTo(loaded.fingerprint());
        assertThat(read.passages().get(0).source()).isSameAs(read.contracts().get(0).sources().get(0));
    }

    @Test
    void loadsAgainWhenAContractFileChanged() throws Exception {
        cache.load(kb);
        replace(kb.resolve("val-sioule.yaml"), "title: Contrat Local de Santé 2024-2028 du Val de Sioule",
                "title: Contrat Local de Santé 2024-2028 de la vallée de la Sioule");

        assertThat(cache.snapshotOf(kb)).isEmpty();
        assertThat(cache.load(kb).contracts().get(0).title()).endsWith("de la vallée de la Sioule");
    }

    @Test
    void loadsAgainWhenAFileIsRewrittenToTheSameSizeAndDate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        cache.load(kb);
        Path file = kb.resolve("val-sioule.yaml");
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        replace(file, "title: Contrat Local de Santé 2024-2028 du Val de Sioule",
                "title: Contrat Local de Santé 2024-2028 du VAL de Sioule");
        // As a tool restoring the old date would: only the change time still tells.
        Files.setLastModifiedTime(file, modified);

        assertThat(cache.snapshotOf(kb)).isEmpty();
        assertThat(cache.load(kb).contracts().get(0).title()).endsWith("VAL de Sioule");
    }

    @Test
    void loadsAgainWhenASourceTextChanged() throws Exception {
        cache.load(kb);
        Files.writeString(kb.resolve("sources/val-sioule.txt"), "\n\nUne phrase ajoutée à la fin du communiqué.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThat(cache.snapshotOf(kb)).isEmpty();
        assertThat(cache.load(kb).passages()).anyMatch(p -> p.text().contains("Une phrase ajoutée"));
    }

    @Test
    void loadsAgainWhenAContractFileIsAddedOrRemoved() throws Exception {
        cache.load(kb);
        Files.copy(Fixtures.EVIDENCE.resolve("rives-aven.yaml"), kb.resolve("rives-aven.yaml"));
        Files.createDirectories(kb.resolve("sources"));
        try (Stream<Path> sources = Files.list(Fixtures.EVIDENCE.resolve("sources"))) {
            for (Path source : sources.toList()) {
                Files.copy(source, kb.resolve("sources").resolve(source.getFileName().toString()));
            }
        }

        assertThat(cache.snapshotOf(kb)).isEmpty();
        assertThat(cache.load(kb).contracts()).hasSize(2);

        Files.delete(kb.resolve("rives-aven.yaml"));

        assertThat(cache.snapshotOf(kb)).isEmpty();
        assertThat(cache.load(kb).contracts()).hasSize(1);
    }

    @Test
    void neverServesASnapshotOfABaseThatWasBrokenSince() throws Exception {
        cache.load(kb);
        replace(kb.resolve("val-sioule.yaml"), "phone: 04 70 11 22 33", "phone: 04 70 11");

        assertThrows(InvalidKnowledgeBaseException.class, () -> cache.load(kb));
        assertThrows(InvalidKnowledgeBaseException.class, () -> cache.load(kb));
    }

    @Test
    void fallsBackQuietlyToTheFullLoadWhenTheSnapshotIsDamaged() throws Exception {
        KnowledgeBase loaded = cache.load(kb);
        Path snapshot = snapshotFile();
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(snapshot, bytes);

        assertThat(cache.snapshotOf(kb)).isEmpty();
        assertThat(cache.load(kb)).isEqualTo(loaded);
        assertThat(cache.snapshotOf(kb)).as("written anew").contains(loaded);

        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertThat(cache.load(kb)).isEqualTo(loaded);
    }

    @Test
    void doesNotVouchForFilesChangedJustBeforeTheLoad() throws Exception {
        KnowledgeBaseCache now = new KnowledgeBaseCache(cacheDirectory);

        KnowledgeBase loaded = now.load(kb);

        assertThat(loaded.contracts()).hasSize(1);
        assertThat(cacheDirectory).satisfiesAnyOf(
                directory -> assertThat(directory).doesNotExist(),
                directory -> assertThat(directory).isEmptyDirectory());
    }

    @Test
    void answersWhenTheCacheDirectoryCannotBeWritten() throws Exception {
        Files.writeString(cacheDirectory, "a file where the directory should be");

        assertThat(cache.load(kb).contracts()).hasSize(1);
        assertThat(cache.snapshotOf(kb)).isEmpty();
    }

    private Path snapshotFile() throws IOException {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            List<Path> snapshots = files.filter(f -> f.getFileName().toString().endsWith(".snapshot")).toList();
            assertThat(snapshots).hasSize(1);
            return snapshots.get(0);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
