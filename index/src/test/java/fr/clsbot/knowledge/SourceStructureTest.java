package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.clsbot.knowledge.SourceLine.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceStructureTest {
    @Test
    void readsEachEntryOfATableOfContentsFlattenedOntoOneLine() {
        List<SourceLine> units = SourceStructure.read("SOMMAIRE ...... 1 I. LE TERRITOIRE ...... 6 AXE TRANSVERSAL : "
                + "COORDONNER LES ACTEURS ...... 15 HABITAT ET ENVIRONNEMENT ...... 53\n");
        assertThat(units).extracting(SourceLine::text).containsExactly("SOMMAIRE", "I. LE TERRITOIRE",
                "AXE TRANSVERSAL : COORDONNER LES ACTEURS", "HABITAT ET ENVIRONNEMENT");
        assertThat(units).extracting(SourceLine::role).containsOnly(Role.HEADING);
    }

    @Test
    void readsEntriesOfATableOfContentsWhoseLeadersGiveNoPage() {
        List<SourceLine> units = SourceStructure.read("SOMMAIRE\n\nPREAMBULE…………………………. 1. Contexte du contrat………….. "
                + "2. Modalités d'articulation…………………\n");
        assertThat(units).extracting(SourceLine::text).containsExactly("SOMMAIRE", "PREAMBULE",
                "1. Contexte du contrat", "2. Modalités d'articulation");
        assertThat(SourceStructure.read("Préambule…….……….….1 à 3 I. Le territoire………………….4 à 24 1. Les acteurs……….4\n"))
                .extracting(SourceLine::text).containsExactly("Préambule", "I. Le territoire", "1. Les acteurs");
    }

    @Test
    void readsASignatureAsItsSignersNameWithTheRoleOnTheLinesBelow() {
        List<SourceLine> units = SourceStructure.read("""
                Annick Le Goff
                Présidente du Pays d'Argoat
                Paul Martin
                Directeur Général de l'Agence
                Régionale de Santé Bretagne
                Jeanne Morvan
                Hervé Coat
                Présidente du Conseil Départemental
                """);
        assertThat(units).filteredOn(u -> u.role() == Role.SENTENCE).extracting(SourceLine::text).containsExactly(
                "Annick Le Goff Présidente du Pays d'Argoat",
                "Paul Martin Directeur Général de l'Agence Régionale de Santé Bretagne");
        // Two names side by side: the role below belongs to one of them, which cannot be told.
        assertThat(units).extracting(SourceLine::text).contains("Hervé Coat", "Présidente du Conseil Départemental");
    }

    @Test
    void joinsAnEntryOfATableOfContentsWrappedOntoTwoLines() {
        List<SourceLine> units = SourceStructure.read("""
                  1. Introduction..........3
                  2. Un dispositif prévu dans la Loi Hôpital, Patients,
                     Santé et Territoires..........3
                """);
        assertThat(units).extracting(SourceLine::text).containsExactly("1. Introduction",
                "2. Un dispositif prévu dans la Loi Hôpital, Patients, Santé et Territoires");
    }

    @Test
    void readsSentencesThatEnumerateWithDabordEnsuiteEnfinAsAList() {
        List<SourceLine> units = SourceStructure.read("Le diagnostic a permis de définir des actions prioritaires : "
                + "d'abord, la santé mentale. Il vise à réduire la stigmatisation. Ensuite, le cadre de vie. Enfin, "
                + "l'offre de soins de proximité. Le contrat a été signé en mai.\n");

        assertThat(units).extracting(SourceLine::role).containsExactly(Role.LIST_INTRO, Role.LIST_ITEM,
                Role.LIST_ITEM, Role.LIST_ITEM, Role.SENTENCE);
        assertThat(units).extracting(SourceLine::text).containsExactly(
                "Le diagnostic a permis de définir des actions prioritaires :",
                "d'abord, la santé mentale. Il vise à réduire la stigmatisation.", "Ensuite, le cadre de vie.",
                "Enfin, l'offre de soins de proximité.", "Le contrat a été signé en mai.");
    }

    @Test
    void aFirstStepWithoutALastIsNoList() {
        assertThat(SourceStructure.read("Le projet avance en deux temps : d'abord, le diagnostic. Ensuite, les "
                + "fiches actions.\n")).extracting(SourceLine::role).containsOnly(Role.SENTENCE);
    }

    @Test
    void keepsMarkupListsWithTheSentenceThatIntroducesThem() {
        List<SourceLine> units = SourceStructure.read("""
                # Les axes
                Le contrat retient deux axes :
                - la prévention ;
                - l'accès aux soins.
                """);
        assertThat(units).extracting(SourceLine::role)
                .containsExactly(Role.HEADING, Role.LIST_INTRO, Role.LIST_ITEM, Role.LIST_ITEM);
        assertThat(units.get(2).heading()).isEqualTo("Les axes");
        assertThat(units.get(2).list()).isEqualTo(units.get(1).list());
    }

    @Test
    void keepsTheAnnouncedBulletsInOneListWhenAParagraphDescribesEach() {
        List<SourceLine> units = SourceStructure.read("""
                Le contrat s’articule autour de 3 axes stratégiques :

                  • L’accès aux soins

                Pour l’améliorer, la Ville renforcera l’attractivité du territoire.

                  • La prévention

                La municipalité développera des actions en milieu scolaire.

                  • Les parcours de santé

                La Ville structurera un parcours de santé pour chaque public, de l’enfance au grand âge.
                """);
        int list = units.get(0).list();
        assertThat(units).filteredOn(u -> u.role() == Role.LIST_ITEM && u.list() == list).extracting(SourceLine::text)
                .containsExactly("L’accès aux soins", "La prévention", "Les parcours de santé");
        assertThat(units).filteredOn(u -> u.role() == Role.SENTENCE).hasSize(3);
    }

    @Test
    void readsBulletsAPdfPutOnTheIntroductionsLineAndThoseAfterThePagesHeaderAsOneList() {
        List<SourceLine> units = SourceStructure.read("""
                Des entretiens ont réuni les acteurs autour de 4 thématiques : • La périnatalité ; • Les jeunes ;

                CONTRAT LOCAL DE SANTÉ

                • La précarité ;

                • Le handicap.
                """);
        assertThat(units.get(0).role()).isEqualTo(Role.LIST_INTRO);
        int list = units.get(0).list();
        assertThat(units).filteredOn(u -> u.role() == Role.LIST_ITEM && u.list() == list).extracting(SourceLine::text)
                .containsExactly("La périnatalité ;", "Les jeunes ;", "La précarité ;", "Le handicap.");
        assertThat(units).extracting(SourceLine::text).doesNotContain("CONTRAT LOCAL DE SANTÉ");
    }

    @Test
    void readsItemsNumberedWithoutADotAfterATitleAsAList() {
        List<SourceLine> units = SourceStructure.read("""
                Cinq axes stratégiques

                1 Santé des enfants, des jeunes et Parentalité : les jeunes représentent une part importante.

                2 Prise en compte du vieillissement : l’offre de service aux personnes âgées est conséquente.

                Le siège est au 2 Place des Savoirs.
                """);
        assertThat(units).filteredOn(u -> u.role() == Role.LIST_ITEM).extracting(SourceLine::text)
                .containsExactly("Santé des enfants, des jeunes et Parentalité : les jeunes représentent une part "
                        + "importante.", "Prise en compte du vieillissement : l’offre de service aux personnes âgées "
                        + "est conséquente.");
        assertThat(SourceStructure.read("Le rendez-vous est fixé.\n\n2 Place des Savoirs à Dijon."))
                .extracting(SourceLine::role).doesNotContain(Role.LIST_ITEM);
    }

    @Test
    void readsPlainLinesAfterAColonAsAListThatEndsAtAFullStop() {
        List<SourceLine> units = SourceStructure.read("""
                Les partenaires ont défini les orientations suivantes :
                Favoriser une alimentation saine ;
                Prévenir les chutes des aînés ;
                Améliorer la qualité de l'air.
                Des groupes de travail proposeront un plan d'action pour chacune.
                """);
        assertThat(units).extracting(SourceLine::role).containsExactly(Role.LIST_INTRO, Role.LIST_ITEM,
                Role.LIST_ITEM, Role.LIST_ITEM, Role.SENTENCE);
        assertThat(units.get(3).text()).isEqualTo("Améliorer la qualité de l'air.");
    }

    @Test
    void readsAsManyPlainLinesAsTheIntroductionAnnouncesEvenWhenEachEndsWithAFullStop() {
        List<SourceLine> units = SourceStructure.read("""
                Les actions portent sur trois axes :
                L'accès aux soins : accueillir de jeunes médecins.
                La parentalité : ouvrir des lieux d'accueil pour les parents.
                Le bien vieillir : prévenir les chutes.
                Le contrat a été signé par l'ARS et la commune.
                """);
        assertThat(units).extracting(SourceLine::role).containsExactly(Role.LIST_INTRO, Role.LIST_ITEM,
                Role.LIST_ITEM, Role.LIST_ITEM, Role.SENTENCE);
    }

    @Test
    void readsTheCountThatOpensTheIntroductionAsTheNumberOfLinesToCome() {
        List<SourceLine> units = SourceStructure.read("""
                Deux priorités transversales viennent appuyer ces axes :

                L'accès à une information claire.
                L'innovation dans les pratiques.

                Le contrat a été signé par l'ARS et la commune.
                """);
        assertThat(units).extracting(SourceLine::role).containsExactly(Role.LIST_INTRO, Role.LIST_ITEM,
                Role.LIST_ITEM, Role.SENTENCE);
    }

    @Test
    void endsAListOfConsecutiveLinesAtTheBlankLineAfterIt() {
        List<SourceLine> units = SourceStructure.read("""
                Le contrat repose sur trois axes :

                Promouvoir la santé à tous les âges
                Réduire les inégalités de santé
                Renforcer l'offre de soins

                Il sera décliné sur cinq ans au travers de 18 actions.
                """);
        assertThat(units).extracting(SourceLine::role).containsExactly(Role.LIST_INTRO, Role.LIST_ITEM,
                Role.LIST_ITEM, Role.LIST_ITEM, Role.SENTENCE);
    }

    @Test
    void joinsASentenceWrappedOntoTheNextLine() {
        List<SourceLine> units = SourceStructure.read("""
                Le directeur de l'ARS, la présidente du Département
                et le maire de Lormes ont signé le contrat le 3 mars.
                """);
        assertThat(units).extracting(SourceLine::text).containsExactly("Le directeur de l'ARS, la présidente du "
                + "Département et le maire de Lormes ont signé le contrat le 3 mars.");
    }

    @Test
    void bulletsEachDetailedByLinesOfTheirOwnAreOneListAndTheLinesSentencesOfTheirItem() {
        List<SourceLine> units = SourceStructure.read("""
                Le contrat répond aux objectifs suivants :

                  • Prévention

                Promouvoir la santé mentale
                Promouvoir la santé des jeunes
                  • Parcours de santé

                Faciliter l’accès aux soins
                  • Aidants

                Rompre l’isolement
                Soutenir les aidants
                  • Participation citoyenne
                """);

        assertThat(units).filteredOn(u -> u.role() == Role.LIST_ITEM).extracting(SourceLine::text, SourceLine::list)
                .containsExactly(tuple("Prévention", 0), tuple("Parcours de santé", 0), tuple("Aidants", 0),
                        tuple("Participation citoyenne", 0));
        assertThat(units).filteredOn(u -> u.text().equals("Rompre l’isolement")).extracting(SourceLine::role,
                SourceLine::heading).containsExactly(tuple(Role.SENTENCE, "Aidants"));
    }

    @Test
    void aSignersRoleUnderThePartyRepresentedByThemIsOneSentenceNoHeading() {
        List<SourceLine> units = SourceStructure.read("""
                La Préfecture de l’Orne, représentée par Monsieur Paul MARTIN,
                Préfet de l’Orne
                """);

        assertThat(units).extracting(SourceLine::text, SourceLine::role).containsExactly(tuple(
                "La Préfecture de l’Orne, représentée par Monsieur Paul MARTIN, Préfet de l’Orne", Role.SENTENCE));
    }

    @Test
    void bulletedListsUnderTheirOwnHeadingsStayApart() {
        List<SourceLine> units = SourceStructure.read("""
                Axe 1 Prévention
                • Ateliers dans les écoles
                • Dépistage
                Axe 2 Soins
                • Maison de santé
                • Télémédecine
                Axe 3 Aidants
                • Répit
                • Formation
                """);

        assertThat(units).filteredOn(u -> u.role() == Role.LIST_ITEM).extracting(SourceLine::list)
                .containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void joinsALineStoppingOnAWordNoSentenceEndsWithToTheNextEvenCapitalised() {
        List<SourceLine> units = SourceStructure.read("""
                Signature du contrat entre la mairie et la Caisse Primaire d’Assurance Maladie des
                Pyrénées-Orientales
                Un diagnostic partagé
                """);
        assertThat(units).extracting(SourceLine::text).containsExactly("Signature du contrat entre la mairie et la "
                + "Caisse Primaire d’Assurance Maladie des Pyrénées-Orientales", "Un diagnostic partagé");
    }

    @Test
    void keepsTableOfContentsEntriesAsTitlesWithoutPageNumbers() {
        List<SourceLine> units = SourceStructure.read("""
                Article 4 : Orientations stratégiques ........ 9
                1. Contexte et problématiques de santé ... 5
                D. L'articulation entre les signataires ... 12
                Le contrat est signé pour trois ans.
                """);
        assertThat(units).extracting(SourceLine::text).containsExactly("Article 4 : Orientations stratégiques",
                "1. Contexte et problématiques de santé", "D. L'articulation entre les signataires",
                "Le contrat est signé pour trois ans.");
        assertThat(units).extracting(SourceLine::role).containsExactly(Role.HEADING, Role.HEADING, Role.HEADING,
                Role.SENTENCE);
        assertThat(units.get(3).heading()).as("an entry does not open a section").isNull();
    }

    @Test
    void takesAShortLineWithoutFinalPunctuationForAHeading() {
        List<SourceLine> units = SourceStructure.read("""
                UNE FEUILLE DE ROUTE POUR 2025-2029
                Le contrat a été signé le 2 avril.
                """);
        assertThat(units).extracting(SourceLine::role).containsExactly(Role.HEADING, Role.SENTENCE);
        assertThat(units.get(1).heading()).isEqualTo("UNE FEUILLE DE ROUTE POUR 2025-2029");
    }

    @Test
    void aCountOfWhatTheItemsHoldAnnouncesNoItemsAndTheNextListStartsAnew() {
        List<SourceLine> units = SourceStructure.read("""
                Le territoire se compose de 3 EPCI comportant 59 communes :

                  • La Communauté de communes du Cap Vert
                  • Douarnenez Communauté

                Le CLS est structuré autour de deux axes stratégiques :

                  • Promouvoir la santé à tous les âges
                  • Réduire les inégalités de santé
                """);

        assertThat(units).filteredOn(u -> u.text().startsWith("Le CLS")).extracting(SourceLine::role)
                .containsExactly(Role.LIST_INTRO);
        assertThat(units).filteredOn(u -> u.text().startsWith("Promouvoir")).extracting(SourceLine::list)
                .containsExactly(1);
    }
}
