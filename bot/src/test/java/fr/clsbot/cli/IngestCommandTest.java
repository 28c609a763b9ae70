package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path temp;

    @Test
    void ingestsTheSeedReleasesIntoAnEmptyBaseThatThenAnswers() throws Exception {
        Path kb = temp.resolve("kb");
        Path sources = CommandRun.SHIPPED.resolve("sources");

        CommandRun run = CommandRun.run("ingest", "--kb", kb.toString(),
                sources.resolve("000_8692ac48c0df7edf.txt").toString(),
                sources.resolve("003_6ca575aefc9a22b1.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("plaine-limagne.yaml (créé) : Plaine Limagne", "signature 2 avril",
                "montlucon-communaute.yaml (créé) : Montluçon Communauté", "signature unknown");
        CommandRun ask = CommandRun.run("ask", "--kb", kb.toString(), "--in-memory", "Quand a été signé le CLS de "
                + "Montluçon ?", "contact presse plaine limagne");
        assertThat(ask.out()).contains("ne donnent pas la date de signature", "04 73 86 89 80");
    }

    @Test
    void namesAnUnreadableDocumentExitsNonZeroAndKeepsTheOthers() throws Exception {
        Path kb = temp.resolve("kb");
        Path broken = Files.writeString(temp.resolve("scan.pdf"), "garbage");
        Path good = Files.writeString(temp.resolve("cp.md"), "# La ville de Saint-Flour signe son Contrat Local de "
                + "Santé 2025-2028\n\nLe contrat a été signé le 3 février 2025 par la ville de Saint-Flour et l'ARS.\n");

        CommandRun run = CommandRun.run("ingest", "--kb", kb.toString(), broken.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("scan.pdf").doesNotContain("\tat ");
        assertThat(run.out()).contains("saint-flour.yaml (créé)", "signature 3 février 2025");
        assertThat(CommandRun.run("validate", "--kb", kb.toString()).exitCode()).isZero();
    }
}
