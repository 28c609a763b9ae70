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
        assertThat(run.out()).contains("plaine-limagne.yaml (créé) : Plaine Limagne", "date de signature : 2 avril",
                "montlucon-communaute.yaml (créé) : Montluçon Communauté",
                "signature : le texte parle de signature sans donner de date");
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
        assertThat(run.out()).contains("saint-flour.yaml (créé)", "date de signature : 3 février 2025");
        assertThat(run.err()).containsOnlyOnce("clsbot : ").contains("[1/2] scan.pdf", "[2/2] cp.md");
        assertThat(CommandRun.run("validate", "--kb", kb.toString()).exitCode()).isZero();
    }

    @Test
    void ingestsAFolderShowingProgressAndADryRunWritesNothing() throws Exception {
        Path kb = temp.resolve("kb");
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(folder.resolve("a-communique.md"), "# La ville de Saint-Flour signe son Contrat Local "
                + "de Santé 2025-2028\n\nLe contrat a été signé le 3 février 2025 par la ville de Saint-Flour et "
                + "l'ARS.\n");
        Files.writeString(folder.resolve("b-article.txt"), "Saint-Flour : la maison de santé ouvre\n\nLa maison de "
                + "santé de Saint-Flour ouvrira le 2 mars 2026. Contact : 04 71 60 00 00\n");
        Files.writeString(folder.resolve("c-scan.pdf"), "garbage");
        Files.writeString(folder.resolve("notes.yaml"), "not: a document\n");

        CommandRun dry = CommandRun.run("ingest", folder.toString(), "--kb", kb.toString(), "--dry-run");

        assertThat(dry.exitCode()).isEqualTo(1);
        assertThat(dry.err()).contains("[1/3] a-communique.md", "[3/3] c-scan.pdf").containsOnlyOnce("clsbot : ")
                .doesNotContain("notes.yaml");
        assertThat(dry.out()).contains("a-communique.md → saint-flour.yaml (à blanc, rien d'écrit : créé)");
        assertThat(kb).doesNotExist();

        CommandRun run = CommandRun.run("ingest", folder.toString(), "--kb", kb.toString(), "--territory",
                "Pays de Saint-Flour");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("a-communique.md → pays-de-saint-flour.yaml (créé)",
                "b-article.txt → pays-de-saint-flour.yaml (fusionné avec le contrat existant)");
        assertThat(Files.readString(kb.resolve("pays-de-saint-flour.yaml")))
                .contains("file: sources/a-communique.md.txt", "file: sources/b-article.txt");
        assertThat(CommandRun.run("validate", "--kb", kb.toString()).exitCode()).isZero();
    }
}
