package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A write stopped between any two of its steps, as a crash would stop it, leaves a base that loads. */
class DraftWriterCrashTest {
    /** What a crash does to the writing process: it stops there. */
    static final class Crash extends RuntimeException {
        Crash(DraftWriter.Step step) {
            super("crash after " + step);
        }
    }

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(DraftWriter.Step.class)
    void aReIngestStoppedAfterAnyStepLeavesTheBaseValid(DraftWriter.Step crashAfter) throws Exception {
        Path kb = temp.resolve("kb");
        Path release = PressRelease.writeText(temp.resolve("cp.txt"));
        new Ingester(Glossary.empty()).ingest(List.of(release), kb, false);
        Files.writeString(release, PressRelease.text().replace("22 500 €", "24 000 €"));
        Ingester crashing = new Ingester(Glossary.empty(), new DraftWriter(step -> {
            if (step == crashAfter) {
                throw new Crash(step);
            }
        }));

        Ingester.Report stopped = crashing.ingest(release, kb, Ingester.Options.DEFAULT);

        assertThat(stopped.failed()).as("every step of this update is taken").isTrue();
        Contract loaded = new KnowledgeBaseLoader().load(kb).contracts().get(0);
        assertThat(loaded.figures()).extracting(f -> f.value()).containsAnyOf("22 500 €", "24 000 €");

        new Ingester(Glossary.empty()).ingest(List.of(release), kb, false);

        assertThat(new KnowledgeBaseLoader().load(kb).contracts().get(0).figures()).extracting(f -> f.value())
                .contains("24 000 €").doesNotContain("22 500 €");
    }
}
