package fr.clsbot.search;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistedIndexTest {
    /** Expected warnings (the attack's effect) are kept off the build output and checked after each test. */
    private final LogCapture logs = LogCapture.of(EvidenceIndex.class);

    @AfterEach
    void onlyExpectedWarnings() {
        logs.close();
        assertThat(logs.messages(Level.WARN)).allMatch(message -> message.contains("damaged"));
    }

    private static final FrenchAnalysis ANALYSIS = new FrenchAnalysis();

    @TempDir
    Path temp;

    @Test
    void reopensTheIndexWhileTheBaseIsUnchangedAndRebuildsItWhenItChanges() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path root = temp.resolve("index");
        KnowledgeBase base = Fixtures.load(kb);

        try (EvidenceIndex first = EvidenceIndex.open(base, ANALYSIS, List.of("budget"), root)) {
            assertThat(first.of("val-de-sioule", EvidenceKind.AXIS)).hasSize(3);
        }
        Path built = single(root);
        FileTime writtenAt = Files.getLastModifiedTime(built.resolve("segments_1"));

        try (EvidenceIndex again = EvidenceIndex.open(Fixtures.load(kb), ANALYSIS, List.of("budget"), root)) {
            assertThat(single(root)).as("unchanged base: same index reopened").isEqualTo(built);
            assertThat(Files.getLastModifiedTime(built.resolve("segments_1"))).isEqualTo(writtenAt);
            Concept chutes = new Concept("chutes", List.of("chutes"), List.of(List.of(ANALYSIS.stem("chutes"))),
                    false, false);
            assertThat(again.search(List.of(chutes), List.of(), 3)).isNotEmpty();
        }

        String yaml = Files.readString(kb.resolve("val-sioule.yaml"));
        Files.writeString(kb.resolve("val-sioule.yaml"), yaml.replace("title: Contrat Local",
                "title: Le Contrat Local"));
        try (EvidenceIndex changed = EvidenceIndex.open(Fixtures.load(kb), ANALYSIS, List.of("budget"), root)) {
            assertThat(changed.base().contracts().get(0).title()).startsWith("Le Contrat Local");
        }
        try (Stream<Path> indexes = Files.list(root)) {
            assertThat(indexes.filter(p -> p.getFileName().toString().startsWith("index-")).count())
                    .as("a changed base gets its own index").isEqualTo(2);
        }
    }

    @Test
    void ignoresAHalfWrittenIndex() throws Exception {
        Path root = temp.resolve("index");
        KnowledgeBase base = Fixtures.load(Fixtures.SMALL);
        Path target = PersistedIndex.locate(root, PersistedIndex.key(base, List.of()));
        Files.createDirectories(target);
        Files.writeString(target.resolve("garbage"), "not an index");

        try (EvidenceIndex index = EvidenceIndex.open(base, ANALYSIS, List.of(), root)) {
            assertThat(index.of("val-de-sioule", EvidenceKind.CONTACT)).hasSize(1);
        }
        assertThat(PersistedIndex.isComplete(target, PersistedIndex.key(base, List.of()))).isTrue();
    }

    private static Path single(Path root) throws Exception {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> p.getFileName().toString().startsWith("index-")).findFirst().orElseThrow();
        }
    }
}
