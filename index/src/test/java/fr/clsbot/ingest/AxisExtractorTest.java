package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.Axis;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.ReviewNote;
import org.junit.jupiter.api.Test;

class AxisExtractorTest {
    @Test
    void readsAxesWrittenInProseWhenTheirCountMatches() {
        Contract draft = ExtractionFixtures.draft("prose-axes.txt");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("l'accès aux soins de premier recours",
                "la santé mentale des adolescents", "la prévention des chutes chez les aînés");
        assertThat(draft.axes().get(0).description()).isEqualTo("avec l'accueil de jeunes médecins");
        assertThat(draft.review()).isEmpty();
    }

    @Test
    void readsParagraphsThatOnlyNameAnAxisInQuotes() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Lormes se structure autour de deux "
                + "axes.\n\nL'axe \"accès aux droits et aux soins\".\nIl s'agit de poursuivre les permanences.\n\n"
                + "L'axe « santé mentale ».\nUne fiche insiste sur le travail en réseau.");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("accès aux droits et aux soins",
                "santé mentale");
        assertThat(ExtractionFixtures.extract("Le contrat local de santé de Lormes se structure autour de quatre "
                + "axes.\n\nL'axe \"accès aux soins\".\n\nL'axe « santé mentale ».").axes()).isEmpty();
    }

    @Test
    void writesAxesAsReviewNotesWhenTheStatedCountDiffers() {
        Contract draft = ExtractionFixtures.draft("miscounted-axes.txt");

        assertThat(draft.axes()).isEmpty();
        assertThat(draft.review()).extracting(ReviewNote::field).containsOnly("axes");
        assertThat(draft.review()).extracting(ReviewNote::note).allMatch(note -> note.startsWith("à vérifier")
                && note.contains("le texte annonce « quatre axes », 3 trouvés"));
    }

    @Test
    void readsActionsListedInASentenceAsTheCountStatedSaysEachOpenedByItsVerb() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Lormes propose 3 pistes d'axes "
                + "d'intervention : renforcer la prévention, favoriser le parcours en santé mentale, la prévention et "
                + "la prise en charge, accompagner et maintenir l'autonomie des aînés.");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("renforcer la prévention",
                "favoriser le parcours en santé mentale, la prévention et la prise en charge",
                "accompagner et maintenir l'autonomie des aînés");
    }

    @Test
    void readsABulletedListUnderAHeadingNamingOrientations() {
        Contract draft = ExtractionFixtures.draft("axis-lines.txt");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("Favoriser l'installation des médecins",
                "Accompagner le vieillissement à domicile", "Agir pour la santé des jeunes");
    }

    @Test
    void readsANumberedListOfPriorities() {
        Contract draft = ExtractionFixtures.draft("numbered-axes.txt");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("Améliorer l'accès aux soins",
                "Promouvoir la santé mentale", "Réduire les inégalités face à la prévention");
    }

    @Test
    void readsAxisLinesWithADash() {
        Contract draft = ExtractionFixtures.draft("axe-dash.txt");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("Prévenir les addictions",
                "Soutenir les aidants", "Développer le sport sur ordonnance");
    }

    @Test
    void writesAListCutOffByTheEndOfThePageAsReviewNotes() {
        Contract draft = ExtractionFixtures.extract("""
                Le Contrat Local de Santé de Lormes 2025-2029 se décline autour de deux axes : la prévention des \
                addictions, […]
                """);

        assertThat(draft.axes()).isEmpty();
        assertThat(draft.review()).extracting(ReviewNote::note).anyMatch(note -> note.contains("liste coupée"));
    }

    @Test
    void takesNoFindingsOfADiagnosticForAxes() {
        Contract draft = ExtractionFixtures.extract("Le diagnostic de Lormes révèle plusieurs enjeux : le "
                + "vieillissement, la mobilité, l'accès aux soins.");

        assertThat(draft.axes()).isEmpty();
        assertThat(draft.review()).extracting(ReviewNote::field).doesNotContain("axes");
    }

    @Test
    void takesTheNounNearestTheListForItsCount() {
        Contract draft = ExtractionFixtures.extract("Le CLS de Lormes, qui répond aux enjeux du territoire, "
                + "s'articule autour de deux axes : la prévention, la coordination des soignants.");

        assertThat(draft.axes()).extracting(Axis::title).containsExactly("la prévention",
                "la coordination des soignants");
    }
}
