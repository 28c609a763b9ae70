package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.Assistant;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path temp;

    private final Ingester ingester = new Ingester(Glossary.empty());

    @Test
    void answersQuestionsAboutAnIngestedDocxRightAway() throws Exception {
        Path kb = temp.resolve("kb");
        Path docx = PressRelease.writeDocx(temp.resolve("communique-combes.docx"));

        List<Ingester.Report> reports = ingester.ingest(List.of(docx), kb, false);

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.result().outcome())
                .isEqualTo(DraftWriter.Outcome.CREATED));
        try (Assistant assistant = Assistant.create(new KnowledgeBaseLoader().load(kb))) {
            Answer axes = assistant.answer("Quels sont les axes du CLS des Combes d'Auzon ?");
            Answer funding = assistant.answer("combien l'ARS finance la coordinatrice aux combes d'auzon");
            Answer signing = assistant.answer("quand a ete signe le cls des combes d'auzon");
            Answer press = assistant.answer("contact presse combes d'auzon");
            Answer missing = assistant.answer("Combien de pharmacies aux Combes d'Auzon ?");

            assertThat(axes.text()).contains("Attirer des médecins généralistes", "Agir sur l'environnement");
            assertThat(funding.text()).contains("22 500 €").doesNotContain("40 000");
            assertThat(signing.text()).contains("14 octobre 2026");
            assertThat(press.text()).contains("04 71 22 33 44", "presse@combes-auzon.fr");
            assertThat(List.of(axes, funding, signing, press)).allMatch(Answer::answered)
                    .allSatisfy(a -> assertThat(a.sources()).isNotEmpty());
            assertThat(missing.answered()).isFalse();
        }
    }

    @Test
    void answersFromAPageCutShortWithoutInventingWhatItDoesNotSay() throws Exception {
        Path kb = temp.resolve("kb");
        Path page = temp.resolve("document-3.txt");
        Files.writeString(page, """
                Le Contrat Local de Santé de Brenneval a été signé ce mardi 20 mai, en mairie de Brenneval, \
                par Jeanne Martin, maire de Brenneval, et la directrice de l'ARS Normandie.
                Le CLS s'organise autour de trois axes.
                Axe 1 : Nutrition et activité physique
                Axe 2 : Santé mentale des jeunes
                Axe 3 : Accès aux soins […]
                Il renforce la coordination entre les acteurs de terrain, avec l'aide de l'ARS.
                Les élus et les habitants étaient présents ; « un bel outil », a dit Paul Durand, sous-préfet de l'Orne.
                """);
        Path other = temp.resolve("document-4.txt");
        Files.writeString(other, """
                La communauté de communes du Val d'Orvaux a signé son Contrat Local de Santé le 4 juin 2024.
                En lien avec l'objectif national, et avec l'appui de l'ARS, un diagnostic a été mené, puis partagé.
                Cinq axes prioritaires ont été identifiés puis validés en comité de […]
                """);

        ingester.ingest(List.of(page, other), kb, false);

        try (Assistant assistant = Assistant.create(new KnowledgeBaseLoader().load(kb))) {
            Answer axes = assistant.answer("Quels sont les axes du CLS de Brenneval (Normandie) ?");
            Answer where = assistant.answer("Où a été signé le CLS de Brenneval ?");
            Answer unlisted = assistant.answer("Quels sont les axes du CLS du Val d'Orvaux ?");
            Answer coordinator = assistant.answer("qui coordonne le cls de brenneval");
            Answer state = assistant.answer("Qui représentait l'État à la signature du CLS de Brenneval ?");

            assertThat(axes.text()).contains("Nutrition et activité physique", "Accès aux soins")
                    .doesNotContain("[…]");
            assertThat(where.text()).contains("mairie de Brenneval");
            assertThat(unlisted.answered()).as(unlisted.text()).isFalse();
            assertThat(unlisted.text()).contains("ne donnent pas les axes");
            assertThat(coordinator.answered()).as(coordinator.text()).isFalse();
            assertThat(state.text()).contains("Paul Durand").doesNotStartWith("Élus");
        }
    }

    @Test
    void isIdempotentAndNeverOverwritesAnEditedFile() throws Exception {
        Path kb = temp.resolve("kb");
        Path text = PressRelease.writeText(temp.resolve("cp.txt"));
        ingester.ingest(List.of(text), kb, false);
        Path yaml = kb.resolve("combes-d-auzon.yaml");
        String first = Files.readString(yaml);

        assertThat(ingester.ingest(List.of(text), kb, false).get(0).result().outcome())
                .isEqualTo(DraftWriter.Outcome.UNCHANGED);
        assertThat(Files.readString(yaml)).isEqualTo(first);

        Files.writeString(yaml, first.replace("status: draft", "status: reviewed"));
        Ingester.Report again = ingester.ingest(List.of(text), kb, false).get(0);

        assertThat(again.result().outcome()).isEqualTo(DraftWriter.Outcome.KEPT_EDITED_FILE);
        assertThat(Files.readString(yaml)).contains("status: reviewed");
        assertThat(again.result().file()).isEqualTo(kb.resolve("combes-d-auzon.yaml.draft"));
        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).hasSize(1);

        assertThat(ingester.ingest(List.of(text), kb, true).get(0).result().outcome())
                .isEqualTo(DraftWriter.Outcome.OVERWRITTEN);
        assertThat(Files.readString(yaml)).contains("status: draft");
    }

    @Test
    void reportsAnUnreadableDocumentAndStillIngestsTheOthers() throws Exception {
        Path kb = temp.resolve("kb");
        Path broken = Files.writeString(temp.resolve("broken.pdf"), "%PDF-garbage");
        Path html = PressRelease.writeHtml(temp.resolve("cp.html"));

        List<Ingester.Report> reports = ingester.ingest(List.of(broken, html), kb, false);

        assertThat(reports.get(0).failed()).isTrue();
        assertThat(reports.get(0).error()).contains("broken.pdf");
        assertThat(reports.get(1).failed()).isFalse();
        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).singleElement()
                .satisfies(c -> assertThat(c.territoryName()).isEqualTo("Combes d'Auzon"));
    }
}
