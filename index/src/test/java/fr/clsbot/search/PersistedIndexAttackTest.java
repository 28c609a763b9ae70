package fr.clsbot.search;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.KnowledgeBase;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index cache shared by several bots and commands on one machine, and damaged on disk. */
class PersistedIndexAttackTest {
    /** Expected warnings (the attack's effect) are kept off the build output and checked after each test. */
    private final LogCapture logs = LogCapture.of(EvidenceIndex.class);

    @AfterEach
    void onlyExpectedWarnings() {
        logs.close();
        assertThat(logs.messages(Level.WARN)).allMatch(message -> message.contains("damaged"));
    }

    private static final FrenchAnalysis ANALYSIS = new FrenchAnalysis();
    private static final int STARTERS = 4;
    private static final int ROUNDS = 5;

    @TempDir
    Path temp;

    @Test
    void fourStartersOnOneEmptyCacheAllOpenThePersistedIndex() throws Exception {
        KnowledgeBase base = Fixtures.load(Fixtures.SMALL);
        ExecutorService pool = Executors.newFixedThreadPool(STARTERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path root = temp.resolve("cache-" + round);
                CyclicBarrier start = new CyclicBarrier(STARTERS);
                List<Future<Boolean>> opened = new ArrayList<>();
                for (int i = 0; i < STARTERS; i++) {
                    opened.add(pool.submit(() -> {
                        start.await();
                        try (EvidenceIndex index = EvidenceIndex.open(base, ANALYSIS, List.of(), root)) {
                            assertThat(index.of("val-de-sioule", EvidenceKind.AXIS)).hasSize(3);
                            return index.persisted();
                        }
                    }));
                }
                for (Future<Boolean> result : opened) {
                    assertThat(result.get(60, TimeUnit.SECONDS)).as("round %d: opened from the cache", round).isTrue();
                }
                assertThat(children(root)).as("one index, no staging left").singleElement()
                        .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("index-"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void truncatedPostingsAreCaughtAtStartAndRebuiltOnDisk() throws Exception {
        KnowledgeBase base = Fixtures.load(Fixtures.SMALL);
        Path root = temp.resolve("cache");
        EvidenceIndex.open(base, ANALYSIS, List.of(), root).close();
        Path target = PersistedIndex.locate(root, PersistedIndex.key(base, List.of()));
        for (Path file : children(target)) {
            // The segment's description (.si) stays intact: only its footers tell that the postings were cut.
            String name = file.getFileName().toString();
            if (name.endsWith(".doc") || name.endsWith(".pos") || name.endsWith(".tim")) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(Files.size(file) / 2);
                }
            }
        }

        try (EvidenceIndex index = EvidenceIndex.open(base, ANALYSIS, List.of(), root)) {
            assertThat(index.persisted()).isTrue();
            assertThat(index.of("val-de-sioule", EvidenceKind.CONTACT)).hasSize(1);
        }
        try (FSDirectory rebuilt = FSDirectory.open(target)) {
            PersistedIndex.verify(rebuilt);
        }
        assertThat(children(root)).singleElement().isEqualTo(target);
    }

    private static List<Path> children(Path directory) throws Exception {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.sorted(Comparator.naturalOrder()).toList();
        }
    }
}
