package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.answer.Assistant;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.knowledge.Sourced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several documents about one territory: each keeps its source file and its facts, in one contract. */
class IngestMergeTest {
    static final String FOLLOW_UP = """
            La communauté de communes des Combes d'Auzon ouvre sa maison de santé

            La maison de santé pluriprofessionnelle des Combes d'Auzon ouvrira ses portes le 2 février 2027 à \
            Auzon. Elle accueillera six médecins généralistes et trois infirmières.

            Contact : Maison de santé des Combes d'Auzon
            04 71 55 66 77
            msp@combes-auzon.fr
            """;

    @TempDir
    Path temp;

    private final Ingester ingester = new Ingester(Glossary.empty());

    @Test
    void textHtmlAndPdfOfOneNameKeepTheirOwnSourceFilesInOneContract() throws Exception {
        Path kb = temp.resolve("kb");
        List<Path> documents = List.of(PressRelease.writeText(temp.resolve("cp.txt")),
                PressRelease.writeHtml(temp.resolve("cp.html")), PressRelease.writePdf(temp.resolve("cp.pdf")));

        List<Ingester.Report> first = ingester.ingest(documents, kb, false);

        assertThat(first).extracting(r -> r.result().outcome()).containsExactly(DraftWriter.Outcome.CREATED,
                DraftWriter.Outcome.MERGED, DraftWriter.Outcome.MERGED);
        assertThat(sourceFiles(kb)).containsExactly("cp.html.txt", "cp.pdf.txt", "cp.txt");
        Contract contract = new KnowledgeBaseLoader().load(kb).contracts().get(0);
        assertThat(contract.sources()).extracting(s -> s.id() + "=" + s.file()).containsExactly(
                "cp-txt=sources/cp.txt", "cp-html=sources/cp.html.txt", "cp-pdf=sources/cp.pdf.txt");
        assertThat(contract.axes()).extracting(Sourced::source).containsOnly("cp-txt", "cp-html", "cp-pdf")
                .contains("cp-txt", "cp-html", "cp-pdf");
        assertThat(Files.readString(kb.resolve("sources/cp.html.txt"))).contains("22 500 €");

        String yaml = Files.readString(kb.resolve("combes-d-auzon.yaml"));
        assertThat(ingester.ingest(documents, kb, false)).extracting(r -> r.result().outcome())
                .containsOnly(DraftWriter.Outcome.UNCHANGED);
        assertThat(Files.readString(kb.resolve("combes-d-auzon.yaml"))).isEqualTo(yaml);
        assertThat(sourceFiles(kb)).hasSize(3);
    }

    @Test
    void aSecondDocumentAddsItsFactsWithoutReplacingTheFirst() throws Exception {
        Path kb = temp.resolve("kb");
        Path release = PressRelease.writeText(temp.resolve("communique.txt"));
        Path followUp = Files.writeString(temp.resolve("msp.md"), FOLLOW_UP);

        ingester.ingest(List.of(release, followUp), kb, false);

        Contract contract = new KnowledgeBaseLoader().load(kb).contracts().get(0);
        assertThat(contract.sources()).extracting(s -> s.file())
                .containsExactly("sources/communique.txt", "sources/msp.md.txt");
        assertThat(contract.signing().date()).isEqualTo("14 octobre 2026");
        assertThat(contract.signing().source()).isEqualTo("communique-txt");
        assertThat(contract.contacts()).extracting(c -> c.phone() + "@" + c.source())
                .contains("04 71 22 33 44@communique-txt", "04 71 55 66 77@msp-md");
        try (Assistant assistant = Assistant.create(new KnowledgeBaseLoader().load(kb))) {
            assertThat(assistant.answer("quand a été signé le CLS des Combes d'Auzon ?").text())
                    .contains("14 octobre 2026");
            assertThat(assistant.answer("Quels sont les axes du CLS des Combes d'Auzon ?").text())
                    .contains("Attirer des médecins généralistes");
        }
    }

    @Test
    void anUpdatedDocumentReplacesItsOwnFactsAndLeavesNoOrphanSource() throws Exception {
        Path kb = temp.resolve("kb");
        Path release = PressRelease.writeText(temp.resolve("cp.txt"));
        Path followUp = Files.writeString(temp.resolve("msp.md"), FOLLOW_UP);
        ingester.ingest(List.of(release, followUp), kb, false);

        Files.writeString(release, PressRelease.text().replace("22 500 €", "24 000 €"));
        Ingester.Report update = ingester.ingest(List.of(release), kb, false).get(0);

        assertThat(update.result().outcome()).isEqualTo(DraftWriter.Outcome.UPDATED);
        Contract contract = new KnowledgeBaseLoader().load(kb).contracts().get(0);
        assertThat(contract.figures()).extracting(f -> f.value()).contains("24 000 €").doesNotContain("22 500 €");
        assertThat(contract.contacts()).extracting(c -> c.phone()).contains("04 71 55 66 77");
        assertThat(contract.sources()).hasSize(2);
        assertThat(sourceFiles(kb)).hasSize(2);
    }

    @Test
    void theTerritoryOptionWinsOverTheTextAndADryRunWritesNothing() throws Exception {
        Path kb = temp.resolve("kb");
        Path release = PressRelease.writeText(temp.resolve("cp.txt"));

        Ingester.Report dry = ingester.ingest(release, kb, new Ingester.Options(false, true, "Haut-Allier"));

        assertThat(dry.result().outcome()).isEqualTo(DraftWriter.Outcome.CREATED);
        assertThat(dry.contract().territoryName()).isEqualTo("Haut-Allier");
        assertThat(kb).doesNotExist();

        ingester.ingest(release, kb, new Ingester.Options(false, false, "Haut-Allier"));

        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo("haut-allier"));
    }

    @Test
    void theReportQuotesWhatWasFoundAndNamesWhatWasNot() throws Exception {
        Path kb = temp.resolve("kb");
        Path followUp = Files.writeString(temp.resolve("msp.md"), FOLLOW_UP);

        List<String> report = DocumentReport.lines(ingester.ingest(followUp, kb, Ingester.Options.DEFAULT), false);

        assertThat(report.get(0)).isEqualTo("msp.md → combes-d-auzon.yaml (créé) : Combes d'Auzon");
        assertThat(String.join("\n", report)).contains("  trouvé :", "contacts (1) : 04 71 55 66 77 « ",
                "  non trouvé : période, date de signature, axes");
    }

    private static List<String> sourceFiles(Path kb) throws Exception {
        try (Stream<Path> files = Files.list(kb.resolve("sources"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void neverDeletesAFileOutsideTheSourcesAHandEditedDraftPointsTo() throws Exception {
        Path kb = temp.resolve("kb");
        Path release = PressRelease.writeText(temp.resolve("cp.txt"));
        ingester.ingest(List.of(release), kb, false);
        Path precious = Files.writeString(temp.resolve("precieux.txt"), "à garder");
        Path yaml = kb.resolve("combes-d-auzon.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("file: sources/cp.txt", "file: ../precieux.txt"));

        Files.writeString(release, PressRelease.text().replace("22 500 €", "24 000 €"));
        ingester.ingest(List.of(release), kb, true);

        assertThat(precious).hasContent("à garder");
        assertThat(Files.readString(yaml)).contains("file: sources/cp.");
    }
}
