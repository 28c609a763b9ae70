package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evidence first: a contract whose YAML holds almost no typed fact is answered from the sentences of its source,
 * with the answer of the type asked (a place for "où", a day for "quel jour", a count of what is counted, a person
 * of the role asked), from the contract of the rank asked, or refused.
 */
class EvidenceAnswersTest {
    private static Assistant assistant;

    @BeforeAll
    static void create() {
        assistant = Assistant.create(Fixtures.load(Fixtures.EVIDENCE));
    }

    @AfterAll
    static void close() throws Exception {
        assistant.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Où a été signé le CLS des Rives de l'Aven ?|place|salle des Tanneurs",
            "Quand a été signé le CLS des Rives de l'Aven ?|date|12 juin 2025",
            "Sur quelle période court le CLS des Rives de l'Aven ?|period|2025-2029",
            "Qui est la coordinatrice du CLS des Rives de l'Aven ?|person|Léa Morvan",
            "Quel élu a rappelé l'importance de la prévention aux Rives de l'Aven ?|person|Yves Le Goff",
            "Combien de fiches actions compte le CLS des Rives de l'Aven ?|count|24 fiches actions",
            "Quelle CPTS est partenaire du CLS des Rives de l'Aven ?|organisation|CPTS du Pays de l'Aven",
            "Combien l'ARS donne-t-elle par an pour la coordination aux Rives de l'Aven ?|figure|25 000 €",
            "Pendant combien de temps l'ARS finance la coordination aux Rives de l'Aven ?|duration|trois ans",
            "Quand aura lieu l'évaluation finale du CLS des Rives de l'Aven ?|date|2029"})
    void answersWithAnEntityOfTheTypeAskedAndItsSentence(String question, String type, String expected) {
        Answer answer = assistant.answer(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.answerType()).isEqualTo(type);
        assertThat(answer.text()).contains(expected);
        assertThat(answer.sources()).extracting(SourceRef::file).contains("sources/rives-aven.txt");
    }

    @Test
    void theDurationTheContractIsSaidToLastAnswersHowLongBeforeItsPeriod() {
        Answer answer = assistant.answer("Quelle est la durée du CLS des Coteaux Verts ?");

        assertThat(answer.text()).startsWith("quatre ans");
    }

    @Test
    void aDayOfTheWeekSaysWhichDayWhenTheDateIsNotGiven() {
        assertThat(assistant.answer("Quel jour a été signé le CLS de Haute Lisière ?").text()).contains("Jeudi soir");
    }

    @Test
    void aReasonIsQuotedWithTheSentenceThatSaysItBeforeOrAfter() {
        Answer neighbours = assistant.answer("Pourquoi le CLS de Haute Lisière s'ouvre-t-il aux partenaires voisins ?");
        Answer teams = assistant.answer("Pourquoi deux équipes mobiles dans le CLS de Haute Lisière ?");

        assertThat(neighbours.text()).contains("limitrophe de trois départements").contains("En ce sens");
        assertThat(teams.text()).contains("deux équipes mobiles").contains("la taille du territoire");
    }

    @Test
    void aListWrittenBeforeWhatItIsAnswersWhichThemes() {
        Answer answer = assistant.answer("thèmes au coeur des reflexions du cls du bois dormant");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("le logement indigne").contains("la mobilité");
    }

    @Test
    void aSentenceThatCountsWhatIsAskedIsQuotedWithTheNextSentenceThatListsIt() {
        Answer answer = assistant.answer("Quelles étaient les priorités du premier CLS du Bois Dormant ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("Trois priorités").contains("la nutrition").contains("l'accès aux droits");
    }

    @Test
    void whichAxisInTheSingularIsAnsweredByTheSentenceThatNamesItsNumber() {
        Answer answer = assistant.answer("Au Bois Dormant, la qualité de l'air intérieur c'est quel axe ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("l'axe n°3, Cadre de vie");
    }

    @Test
    void whatSomethingWasForIsAskedAsAPurpose() {
        Answer answer = assistant.answer("l'étude préalable du CLS du Bois Dormant a servi a quoi ?");

        assertThat(answer.answerType()).isEqualTo("purpose");
        assertThat(answer.text()).contains("nourrir les échanges");
    }

    @Test
    void anOrdinalStandingAloneNamesAnItemOfTheListCountedBefore() {
        assertThat(assistant.answer("Quel est le premier axe du CLS du Roc Vert ?").text()).contains("la nutrition");
        assertThat(assistant.answer("Quel est le deuxième axe du CLS du Roc Vert ?").text())
                .contains("la santé mentale des jeunes");
    }

    @Test
    void aCountSpreadOverTheItemsOfAListQuotesEveryItemThatCounts() {
        Answer answer = assistant.answer("Combien de fiches actions dans le CLS du Roc Vert ?");

        assertThat(answer.text()).contains("(4 fiches actions)").contains("(3 fiches actions)");
    }

    @Test
    void aDayOfTheWeekIsNoExactDate() {
        Answer answer = assistant.answer("Quelle est la date exacte de signature du CLS de Haute Lisière ?");

        assertThat(answer.text()).doesNotContain("Jeudi soir");
    }

    @Test
    void aDateSaidRelativeToThePageIsNoAnswerWhenTheDateIsAskedByName() {
        Answer named = assistant.answer("Quelle est la date d'arrivée de la CPTS dans le CLS de Haute Lisière ?");
        Answer when = assistant.answer("Quand la CPTS a-t-elle rejoint le CLS de Haute Lisière ?");

        assertThat(named.answered()).as(named.text()).isFalse();
        assertThat(when.text()).startsWith("Cette année");
    }

    @Test
    void theTotalOfTheCountsAListSplitsAnswersHowMany() {
        Answer answer = assistant.answer("combien d'actions dans le cls du val des saules");

        assertThat(answer.text()).startsWith("17 actions");
    }

    @Test
    void aListQuotedAfterAnIncisesClosingQuoteAnswersWhichAxes() {
        Answer answer = assistant.answer("cls cote grise axes prioritaires");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("attirer des médecins");
    }

    @Test
    void theRankOfTheContractIsNotTheRankOfAnActionSheet() {
        Answer answer = assistant.answer("cls cote grise c'est le combientieme contrat");

        assertThat(answer.text()).startsWith("3e fois").doesNotContain("10e fiche,");
    }

    @Test
    void aPersonOfAnotherRoleSaidToDoWhatIsAskedAnswersWho() {
        Answer answer = assistant.answer("qui a coordonné le cls de cote grise");

        assertThat(answer.text()).startsWith("Annie Lombard");
    }

    @Test
    void theSameDayGivenWithItsYearIsSaidBeforeTheSentenceThatLeavesItOut() {
        Answer answer = assistant.answer("Quand a eu lieu la première réunion du comité de pilotage de Côte Grise ?");

        assertThat(answer.text()).contains("14 octobre 2024");
    }

    @Test
    void theSentenceThatNamesManySignatoriesAnswersWhoSignedBeforeTheDayOfTheSigning() {
        Answer answer = assistant.answer("qui sont les signataires du cls de cote grise");

        assertThat(answer.text()).contains("primo-signataires");
    }

    @Test
    void theNumberOfADepartementAfterTheTerritoryOnlyLocatesIt() {
        Answer answer = assistant.answer("cls cote grise 74 c'est le combientieme contrat");

        assertThat(answer.text()).startsWith("3e fois");
    }

    @Test
    void thePeriodOfAnotherPlanIsNeverTheContracts() {
        Answer answer = assistant.answer("cls rives de l'aven periode");

        assertThat(answer.text()).contains("2025-2029").doesNotContain("2023-2033");
    }

    @Test
    void theLabelledAxisOfTheRankAskedIsQuoted() {
        assertThat(assistant.answer("Quel est l'axe 3 du CLS des Rives de l'Aven ?").text()).contains("le bien vieillir")
                .doesNotContain("santé mentale");
    }

    @Test
    void organisationsOfAKindAskedForAreNamedNotTheSigningDate() {
        Answer answer = assistant.answer("quelles CPTS ont signé le CLS des Rives de l'Aven");

        assertThat(answer.answerType()).isEqualTo("organisation");
        assertThat(answer.text()).startsWith("CPTS du Pays de l'Aven");
    }

    @Test
    void aCountOfAnotherNounIsNeverTheCountAsked() {
        Answer answer = assistant.answer("Combien de réunions publiques pour le CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }

    @Test
    void aRoleNamedAsThePostPaidForIsNotThePersonAsked() {
        Answer answer = assistant.answer("qui paie le poste de coordinatrice aux Rives de l'Aven");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("ARS").doesNotContain("Léa Morvan");
    }

    @Test
    void aSignatureBlockNamesEachSignerAboveHerRoleAndTheRoleOfTheTerritoryAskedWins() {
        Answer president = assistant.answer("Qui est la présidente du Pays d'Argoat ?");
        Answer director = assistant.answer("qui est le directeur de l'ARS qui signe le CLS du pays d'argoat");
        Answer columns = assistant.answer("qui preside le conseil departemental pour le CLS du Pays d'Argoat ?");

        assertThat(president.text()).as(president.text()).startsWith("Annick Le Goff");
        assertThat(director.text()).as(director.text()).contains("Paul Martin");
        // Two names side by side, then two roles: which is whose cannot be read, so neither is given.
        assertThat(columns.text()).doesNotContain("Hervé Coat");
    }

    @Test
    void theWholeBudgetIsNeverAnsweredByWhatPaysForOnePart() {
        Answer total = assistant.answer("budget total du CLS des Rives de l'Aven ?");
        Answer post = assistant.answer("combien l'ARS paie le poste de coordination aux Rives de l'Aven");

        assertThat(total.answered()).as(total.text()).isFalse();
        assertThat(total.text()).contains("ne donnent pas le budget de l'ensemble du contrat");
        assertThat(post.text()).contains("25 000");
    }

    @Test
    void theAmountEarmarkedForAPartIsOnlyItsOwnClause() {
        Answer answer = assistant.answer("quel est le budget du cls du val brisé");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("120 000 euros");
    }

    @Test
    void anOrdinalAloneIsAQuestionAnsweredByTheSentenceThatSaysIt() {
        Answer answer = assistant.answer("C'est le deuxième CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("deuxième").doesNotContain("Je n'ai pas compris");
    }

    @Test
    void aWhereQuestionIsNeverAnsweredWithADate() {
        Answer answer = assistant.answer("Où se réunira le comité de pilotage des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("ne donnent pas le lieu");
    }

    @Test
    void whereItWasSignedIsThePlaceTheSigningDatesQuoteNames() {
        Answer answer = assistant.answer("Où et quand a été signé le contrat local de santé de Pré-Fleuri ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("Clamecy").contains("14 mars 2019");
    }

    @Test
    void aShortNameOfACompoundCountsWhatItsHeadCounts() {
        assertThat(assistant.answer("combien de comcom dans le cls du bois dormant").text()).startsWith("4");
    }

    @Test
    void aPersonQuotedForSomethingElseIsNoContact() {
        Answer contact = assistant.answer("quel contact pour le cls du bois dormant ?");
        Answer mayor = assistant.answer("qui est le maire de Fontrouge, au Bois Dormant ?");

        assertThat(contact.text()).doesNotContain("Jean Petit");
        assertThat(mayor.text()).contains("Jean Petit");
    }

    @Test
    void aDurationSaidUntilNowIsNoLengthOfTheContractEvenAsATypedFact() {
        Answer answer = assistant.answer("combien de temps dure le cls du bois dormant");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).doesNotStartWith("deux ans");
    }

    @Test
    void theTerritorysOwnNameAnswersWhereButNeverWhichRoom() {
        Answer where = assistant.answer("Où sera signé le CLS du Bois Dormant ?");
        Answer room = assistant.answer("Dans quelle salle sera signé le CLS du Bois Dormant ?");

        assertThat(where.text()).startsWith("Bois Dormant");
        assertThat(room.text()).doesNotStartWith("Bois Dormant");
    }

    @Test
    void sinceWhenIsAnsweredByADurationSinceAndNeverByAnotherDuration() {
        Answer since = assistant.answer("Depuis combien de temps Pré-Fleuri mène une démarche de santé communautaire ?");
        Answer prepared = assistant.answer("Depuis quand les habitants de Pré-Fleuri préparent les fiches actions ?");

        assertThat(since.text()).startsWith("Plus de 30 ans");
        assertThat(prepared.text()).doesNotStartWith("Un an");
    }

    @Test
    void whenItEndsIsTheDateSaidToEndItNeverADuration() {
        Answer answer = assistant.answer("cls pre fleuri fini quand");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("2023");
    }

    @Test
    void aListThatNamesNoneOfTheTypeAskedIsNotTheListAsked() {
        Answer answer = assistant.answer("Qui sont les signataires du CLS de Pré-Fleuri ?");

        assertThat(answer.text()).doesNotContain("L'article");
    }

    @Test
    void aListOfWhatTheContractIsForGivesItsObjectives() {
        Answer answer = assistant.answer("Quels sont les objectifs du CLS de Pré-Fleuri ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("Attirer des médecins", "Prévenir les chutes");
    }

    @Test
    void aDayIsAskedAndAYearIsNotADay() {
        Answer answer = assistant.answer("Quel jour a été signé le premier CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }

    @Test
    void theRankOfTheContractAskedPicksItsCountAndNotTheOthers() {
        Answer second = assistant.answer("Combien de partenaires ont signé le deuxième CLS des Rives de l'Aven ?");
        Answer first = assistant.answer("Combien de partenaires avait le premier CLS des Rives de l'Aven ?");

        assertThat(second.text()).contains("onze partenaires").doesNotContain("7 partenaires");
        assertThat(first.text()).contains("7 partenaires").doesNotContain("onze");
    }

    @Test
    void askingWhetherItIsAContractOfSomeRankIsAnsweredByTheRankTheSourceGives() {
        Answer answer = assistant.answer("Est-ce le troisième CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("deuxième");
    }

    @Test
    void aListOfAnotherPlanAnswersOnlyAQuestionAboutThatPlan() {
        Answer axes = assistant.answer("Quels sont les axes stratégiques du CLS de Bois-Joli ?");
        Answer plan = assistant.answer("De quoi est constitué le projet régional de santé cité par le CLS de Bois-Joli ?");

        assertThat(axes.text()).doesNotContain("plan stratégique régional");
        assertThat(plan.text()).contains("Le projet régional de santé est constitué");
    }

    @Test
    void whatAnyContractIsDoesNotSayHowLongThisOneLasts() {
        Answer answer = assistant.answer("Combien de temps dure le CLS du Roc Vert ?");

        assertThat(answer.text()).doesNotContain("5 ans");
        // Nor does what the territory hopes to do « d'ici deux ans ».
        assertThat(assistant.answer("Quelle est la durée prévue du CLS du Roc Vert ?").text()).doesNotContain("deux ans");
    }

    @Test
    void aCountOfSomethingTheSourceDoesNotCountIsRefused() {
        Answer answer = assistant.answer("Combien de médecins dans le CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("le nombre de medecins");
    }

    @Test
    void aPersonOfAnotherRoleIsNotTheOneAsked() {
        Answer answer = assistant.answer("Qui est le directeur de l'hôpital des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).doesNotContain("Léa Morvan").doesNotContain("Yves Le Goff");
    }

    @Test
    void aListIsGivenWholeWithTheSentenceThatIntroducesIt() {
        Answer answer = assistant.answer("Quels sont les axes du CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).containsSubsequence("quatre axes", "l'accès aux soins de proximité",
                "la santé mentale des jeunes", "le bien vieillir", "un environnement favorable à la santé");
    }

    @Test
    void aCountQuotedFromTheSentenceIntroducingAListGivesTheList() {
        Answer answer = assistant.answer("Quelles sont les quatre orientations du CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("la santé mentale des jeunes", "un environnement favorable à la santé");
    }

    @Test
    void aSentenceThatNamesTheItemOfTheRankAskedAnswersIt() {
        Answer answer = assistant.answer("Quelle est la première priorité du CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("prévention des chutes");
    }

    @Test
    void aTitleThatNumbersTheItemAskedAnswersIt() {
        Answer answer = assistant.answer("Quel est le deuxième volet du CLS des Rives de l'Aven ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("soutien aux aidants");
    }

    @Test
    void aWhenJoiningAClauseAsksNoDateAndTheTimeBeforeASigningIsNoDuration() throws Exception {
        try (Assistant rocheHaute = Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test",
                "resources", "fixtures", "clause")))) {
            Answer who = rocheHaute.answer("qui dirigeait l'ARS quand Roche-Haute a signé son CLS ?");
            Answer lasts = rocheHaute.answer("cls roche-haute durée ?");

            assertThat(who.text()).as(who.text()).startsWith("Hélène Marchal");
            assertThat(lasts.answered()).as(lasts.text()).isFalse();
        }
    }

    @Test
    void aRoleAskedOfTheContractsBodyIsNotTheOneABodyNamedBeforeGivesAsItsOwn() throws Exception {
        try (Assistant valDore = valDore()) {
            Answer answer = valDore.answer("president de la ccvd");

            assertThat(answer.text()).as(answer.text()).startsWith("Daniel Serreau");
        }
    }

    @Test
    void whichOrganisationOfAKindIsAnsweredWithItsFullName() throws Exception {
        try (Assistant valDore = valDore()) {
            Answer answer = valDore.answer("quelle ARS pour le cls du val doré");

            assertThat(answer.text()).as(answer.text()).startsWith("Agence régionale de santé (ARS) de Normandie");
        }
    }

    @Test
    void whoAPersonNamedIsIsAnsweredByTheSentenceThatGivesHerRole() throws Exception {
        try (Assistant valDore = valDore()) {
            Answer answer = valDore.answer("marie fontaine c'est qui dans le cls du val doré");

            assertThat(answer.text()).as(answer.text()).contains("conseillère départementale du canton de Brume");
        }
    }

    @Test
    void aPresidentAskedIsNeverTheBodyThatSigned() throws Exception {
        try (Assistant etangBleu = etangBleu()) {
            Answer answer = etangBleu.answer("qui preside le SYDEL de l'etang bleu ?");

            assertThat(answer.answered()).as(answer.text()).isFalse();
        }
    }

    @Test
    void theFirstContractOfARenewalIsDatedByTheSentenceThatRecallsIt() throws Exception {
        try (Assistant etangBleu = etangBleu()) {
            assertThat(etangBleu.answer("le premier cls de l'etang bleu date de quand").text()).startsWith("2019");
            assertThat(etangBleu.answer("Le premier CLS de l'Étang Bleu arrivait à échéance quand ?").text())
                    .startsWith("2023");
            assertThat(etangBleu.answer("quand a été signé le cls de l'étang bleu").text())
                    .contains("27 novembre 2025");
        }
    }

    @Test
    void aPersonNamedIsAnsweredByEvidenceThatNamesHer() throws Exception {
        try (Assistant etangBleu = etangBleu()) {
            Answer answer = etangBleu.answer("Quel est le rôle de Christine Torres dans la signature du CLS de "
                    + "l'Étang Bleu ?");

            assertThat(answer.text()).as(answer.text()).contains("sous-préfète");
        }
    }

    @Test
    void aSignatoryNamedByAnEverydayWordAloneAnswersWhetherItSigned() throws Exception {
        try (Assistant etangBleu = etangBleu()) {
            assertThat(etangBleu.answer("est-ce que la sous prefecture a signé le cls de l'etang bleu").text())
                    .startsWith("Oui");
        }
    }

    @Test
    void aSentenceThatOpensOnAPronounSpeaksOfWhomTheSentenceBeforeNames() throws Exception {
        try (Assistant etangBleu = etangBleu()) {
            assertThat(etangBleu.answer("quand a été recrutée la chargée de mission du cls de l'étang bleu").text())
                    .startsWith("Début 2024");
        }
    }

    @Test
    void toWhomSomethingWasPresentedIsAnsweredByThePeopleItWasFor() throws Exception {
        try (Assistant etangBleu = etangBleu()) {
            Answer answer = etangBleu.answer("a qui a ete presentee la restitution du cls de l'etang bleu");

            assertThat(answer.answerType()).isEqualTo("audience");
            assertThat(answer.text()).contains("professionnels de santé", "élus");
        }
    }

    @Test
    void whetherAContractIsSignedYetIsAnsweredByTheSentenceThatSaysItIsToCome() throws Exception {
        try (Assistant renewal = etangBleu()) {
            assertThat(renewal.answer("est-ce que le CLS du Pré Vert est déjà signé ?").text()).contains("futur");
            assertThat(renewal.answer("le cls de l'étang bleu est il deja signe ?").text()).contains("27 novembre");
        }
    }

    /**
     * The invented Étang Bleu, whose page renews a contract and names a syndicate and a sub-prefect, beside the Pré
     * Vert, whose contract is still to come.
     */
    private static Assistant etangBleu() throws Exception {
        return Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures",
                "renewal")));
    }

    /** The invented Val Doré, whose page names people and bodies by their roles in several ways. */
    private static Assistant valDore() throws Exception {
        return Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures",
                "possessive")));
    }

    @Test
    void aListOfOnePartyGivesNoCountOfTheSignatories() throws Exception {
        try (Assistant boisRond = Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test", "resources",
                "fixtures", "one-signatory")))) {
            Answer answer = boisRond.answer("combien de signataires pour le cls de bois-rond ?");

            assertThat(answer.text()).doesNotContain("1 signataire");
        }
    }

    @Test
    void anItemOfAListIsTakenByItsRankAndAMissingRankIsRefused() {
        Answer third = assistant.answer("Quel est le troisième axe du CLS des Rives de l'Aven ?");
        Answer sixth = assistant.answer("Quel est le sixième axe du CLS des Rives de l'Aven ?");

        assertThat(third.answered()).as(third.text()).isTrue();
        assertThat(third.text()).contains("le bien vieillir").doesNotContain("santé mentale");
        assertThat(sixth.answered()).as(sixth.text()).isFalse();
    }

    @Test
    void aYesNoQuestionTheSourceConfirmsGetsYesAndTheQuote() {
        Answer answer = assistant.answer("Le CLS des Rives de l'Aven a-t-il un comité de pilotage ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("Oui").contains("comité de pilotage se réunira chaque année");
    }

    @Test
    void aCountedNounAnnouncesItsListEvenFarFromItsColon() {
        Answer answer = assistant.answer("Quels sont les axes du CLS du Val des Saules ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("l'accès aux soins", "la nutrition et le bien vieillir");
    }

    @Test
    void theNumberAndAnAdjectiveOfTheListAskedDoNotHideIt() {
        Answer answer = assistant.answer("Quels sont les quatre grands axes du CLS du Val des Saules ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("l'accès aux soins", "la nutrition et le bien vieillir");
    }

    @Test
    void thematiquesAreTheAxes() {
        Answer answer = assistant.answer("Quelles sont les thématiques du CLS de Haute Lisière ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("prévenir les addictions");
    }

    @Test
    void aListOpenedByItsParticipleAndACommaIsTheListAsked() {
        Answer answer = assistant.answer("Quels sont les axes du CLS de Haute Lisière ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("favoriser l'installation des médecins", "accompagner le bien vieillir");
    }

    @Test
    void aShareOfThePopulationIsNoBudgetAndAnAgeIsNoDuration() {
        Answer budget = assistant.answer("Quel est le budget du CLS du Val des Saules ?");
        Answer duration = assistant.answer("Quelle est la durée du CLS du Val des Saules ?");
        Answer share = assistant.answer("Quelle proportion de la population a moins de 30 ans au Val des Saules ?");

        assertThat(budget.answered()).as(budget.text()).isFalse();
        assertThat(duration.answered()).as(duration.text()).isFalse();
        assertThat(share.answered()).as(share.text()).isTrue();
        assertThat(share.text()).startsWith("60 %");
    }

    @Test
    void aFactOfTheIntentThatSaysOnlyTheIntentsWordMissesTheSubjectAsked() {
        // "diagnostic" names the intent (consultation); the subject asked is the surmortalité.
        Answer answer = assistant.answer("Quelle surmortalité le diagnostic du CLS de Haute Lisière a-t-il relevée ?");

        assertThat(answer.text()).as(answer.text()).contains("maladies cardiovasculaires");
    }

    @Test
    void aContactAskedOfAPersonWithoutTelephoneNorMailNamesThePersonAndSaysSo() {
        Answer answer = assistant.answer("contact coordinatrice cls haute lisiere");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("ni téléphone ni adresse", "Claire Fabre");
    }

    @Test
    void theNumberOfAPersonWhosePageGivesNoneIsRefused() {
        Answer answer = assistant.answer("Quel est le numéro de téléphone de la coordinatrice du CLS de Haute Lisière ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }

    @Test
    void readsAListWrittenBeforeTheNounItIs() {
        Answer answer = assistant.answer("Qui sont les cosignataires du CLS de Bois-Joli ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("centre hospitalier du Bocage", "CPAM");
    }

    @Test
    void aSentenceUnderAPageTitleOfTheSecondContractMayStillDateTheFirst() {
        Answer answer = assistant.answer("En quelle année les Coteaux Verts ont-ils adopté leur premier CLS ?");

        assertThat(answer.text()).as(answer.text()).containsIgnoringCase("2014").doesNotContain("2019");
    }

    @Test
    void theDateOfAnEarlierContractIsTheOneBesideItsRank() {
        Answer dated = assistant.answer("De quand date le premier contrat local de santé des Coteaux Verts ?");

        assertThat(dated.text()).as(dated.text()).startsWith("2014");
    }

    @Test
    void thePreviousContractsPeriodIsNotTheCurrentOne() {
        Answer previous = assistant.answer("Sur quelle période portait le précédent CLS des Coteaux Verts ?");
        Answer current = assistant.answer("Sur quelle période porte le CLS des Coteaux Verts ?");

        assertThat(previous.text()).as(previous.text()).startsWith("2014-2017");
        assertThat(current.text()).as(current.text()).contains("2019-2023");
    }

    @Test
    void theCurrentContractsSigningNeverAnswersForAnEarlierOneItsSentenceRecalls() {
        Answer answer = assistant.answer("coteaux verts premier cls ça date de quand");

        assertThat(answer.text()).as(answer.text()).contains("2014").doesNotContain("2 juillet 2019");
    }

    @Test
    void sinceWhenIsAnsweredByTheDateTheTerritoryTookUpTheContract() {
        Answer answer = assistant.answer("Depuis quand les Coteaux Verts ont-ils un contrat local de santé ?");

        assertThat(answer.text()).as(answer.text()).startsWithIgnoringCase("octobre 2014");
    }

    @Test
    void sinceWhenIsNeverAnsweredByTheYearSomethingRunsUntil() {
        Answer answer = assistant.answer("Depuis quand le Roc Vert a-t-il un contrat local de santé ?");

        assertThat(answer.text()).as(answer.text()).startsWith("2011").doesNotStartWith("2028");
    }

    @Test
    void aVenueSaysWhereBetterThanTheNameOfTheContractsOwnTown() {
        Answer answer = assistant.answer("Où a été signé le CLS du Roc Vert ?");

        assertThat(answer.text()).as(answer.text()).startsWithIgnoringCase("la salle des fêtes de Rocheverte");
    }

    @Test
    void theDateOfTheLawContractsComeFromIsNeverTheContractsDate() {
        Answer answer = assistant.answer("le premier cls du roc vert c'était quand ?");

        assertThat(answer.text()).as(answer.text()).startsWith("2011").doesNotContain("21 juillet 2009");
    }

    @Test
    void aSecondQuestionThatAsksOnlyWhereAsksWhereWhatTheFirstAsksTookPlace() {
        Answer answer = assistant.answer("cls de bois-joli signé où ? dans quelle salle");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).startsWith("Je ne sais pas : les sources du CLS de Bois-Joli ne donnent pas le lieu.");
        assertThat(answer.text().split("ne donnent pas le lieu", -1)).hasSize(2);
    }

    @Test
    void axesListedInBracketsAfterTheirCountAreAnswered() {
        Answer answer = assistant.answer("Quels sont les axes du CLS des Coteaux Verts ?");

        assertThat(answer.text()).as(answer.text()).contains("prévention, santé mentale, santé environnement");
    }

    @Test
    void countsPractitionersWhenDoctorsAreAsked() {
        Answer answer = assistant.answer("Combien de médecins généralistes pour 100 000 habitants aux Coteaux Verts ?");

        assertThat(answer.text()).as(answer.text()).startsWith("67 praticiens");
    }

    @Test
    void readsAnElisionTypedWithoutItsApostrophe() {
        Answer answer = assistant.answer("cls coteaux verts combien dactions");

        assertThat(answer.text()).as(answer.text()).startsWith("20 actions");
    }

    @Test
    void whoToContactNamesThePersonWhenTheSourcesGiveNoNumber() {
        Answer answer = assistant.answer("Qui contacter au Clic pour le CLS des Coteaux Verts ?");
        Answer number = assistant.answer("Quel est le numéro de téléphone du Clic des Coteaux Verts ?");

        assertThat(answer.text()).as(answer.text()).contains("Anne Roux", "ni téléphone ni adresse");
        assertThat(number.answered()).as(number.text()).isFalse();
    }

    @Test
    void whenAnEarlierContractWasIsAnsweredByItsPeriod() {
        Answer answer = assistant.answer("Quand s'est déroulé le premier CLS de Haute Lisière ?");

        assertThat(answer.text()).as(answer.text()).startsWith("2016-2020");
    }

    @Test
    void whyAndWhereFromAreAnsweredBySentencesThatGiveAReasonOrAnOrigin() {
        Answer why = assistant.answer("pourquoi un cls au Val des Saules ?");
        Answer origin = assistant.answer("d'où vient le CLS du Val des Saules ?");

        assertThat(why.text()).as(why.text()).contains("« Face à une démographie médicale défavorable");
        assertThat(origin.text()).as(origin.text()).contains("issu de la loi Hôpital");
    }

    @Test
    void sinceWhenIsAnsweredByTheDateThatStartsSomething() {
        Answer answer = assistant.answer("depuis quand la CAVS est-elle engagée ?");
        Answer launched = assistant.answer("le projet du CLS de Bois-Joli, depuis quelle année ?");

        assertThat(answer.text()).as(answer.text()).startsWith("2016");
        assertThat(launched.text()).as(launched.text()).startsWith("2017");
    }

    @Test
    void anIntercommunalityIsNamedByItsAcronymEvenWhenItsPagesUseIt() {
        Answer answer = assistant.answer("quand la CAVS a signé son cls");

        assertThat(answer.territory()).isEqualTo("Val des Saules");
        assertThat(answer.text()).contains("3 mars 2025");
    }

    @Test
    void theSentenceThatSaysTheSigningAnswersWhoSignedNotOneUnderItsHeading() {
        Answer answer = assistant.answer("Qui a signé le CLS de Haute Lisière ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("a été signé entre Paul Roux").doesNotContain("boussole");
    }

    @Test
    void aLoneDuréeAsksTheDuration() {
        Answer answer = assistant.answer("cls haute lisiere durée");

        assertThat(answer.answerType()).isEqualTo("duration");
        assertThat(answer.text()).startsWith("Cinq ans");
    }

    @Test
    void aTermAskedAboutANamedContractIsAnsweredByWhatTheContractSaysAndAloneByTheGlossary() {
        Answer inTheContract = assistant.answer("Quel rôle pour l'ARS dans le CLS des Rives de l'Aven ?");
        Answer alone = assistant.answer("c'est quoi l'ARS ?");

        assertThat(inTheContract.text()).contains("L'ARS finance le poste de coordination");
        assertThat(alone.text()).startsWith("ARS : Agence régionale de santé");
    }

    @Test
    void twoQuestionsInOneMessageGetBothAnswersAndOneQuoteOnce() {
        Answer both = assistant.answer("Combien de fiches actions compte le CLS des Rives de l'Aven, et pour quelle "
                + "période ?");
        Answer whenWhere = assistant.answer("cls rives de l'aven signé quand et où");

        assertThat(both.answered()).isTrue();
        assertThat(both.text()).startsWith("24 fiches").contains("2025-2029");
        assertThat(whenWhere.text()).startsWith("Jeudi 12 juin 2025").contains("salle des Tanneurs");
        assertThat(whenWhere.text().split("salle des Tanneurs", -1)).hasSize(2);
    }

    @Test
    void aSecondQuestionThatOnlyNamesAnotherTerritoryAsksWhatTheFirstAsks() {
        Answer answer = assistant.answer("Combien de fiches actions compte le CLS des Rives de l'Aven et combien au "
                + "Roc Vert ?");

        assertThat(answer.text()).startsWith("24 fiches").contains("(4 fiches actions)").doesNotContain("12 communes");
    }

    @Test
    void whoLeadsIsFoundThroughTheNounOrTheVerbAndAHealthServiceIsAnAnswer() {
        Answer animates = assistant.answer("Qui anime le CLS de Haute Lisière ?");
        Answer pilots = assistant.answer("Qui pilote le CLS de Haute Lisière ?");

        assertThat(animates.text()).containsIgnoringCase("mission santé est dédiée à l'animation");
        assertThat(pilots.text()).contains("sont copilotes du contrat");
    }

    @Test
    void theFirstContractsDurationIsNotTheRenewedOnesThatItsSentenceRecalls() {
        Answer first = assistant.answer("Combien de temps durait le premier CLS de Bois-Joli ?");
        Answer current = assistant.answer("Le CLS de Bois-Joli dure combien de temps ?");

        assertThat(first.text()).startsWith("3 ans");
        assertThat(current.text()).startsWith("5 ans");
    }

    @Test
    void whoRepresentedAnOrganisationIsThePersonBesideItNotTheOrganisationNorAnotherPerson() {
        Answer ars = assistant.answer("Qui représentait l'ARS pour le CLS de Haute Lisière ?");
        Answer state = assistant.answer("Qui représentait l'État pour le CLS de Haute Lisière ?");

        assertThat(ars.text()).startsWith("Jean Dupré");
        assertThat(state.text()).startsWith("Paul Valois");
    }

    @Test
    void aContractCarriedByItsPartnersIsPilotedByThem() {
        Answer answer = assistant.answer("Qui pilote le CLS de Bois-Joli ?");

        assertThat(answer.text()).contains("porté par la communauté de communes de Bois-Joli");
    }

    @Test
    void aLineUnderALabelNamingWhatIsAskedIsThatList() {
        Answer answer = assistant.answer("Quels thèmes couvre le CLS de Bois-Joli ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("Santé mentale, Vieillissement");
    }

    @Test
    void namesJoinedToTheTerritorysThatItsPagesGiveOnlySayWhichTerritory() {
        Answer answer = assistant.answer("Quels sont les axes du CLS du Val des Saules, Bois Fleuri et Haute Rive ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("la nutrition et le bien vieillir");
    }

    @Test
    void aNameJoinedWithItsAdjectiveOnlySaysWhichTerritoryAsFarAsThePagesWriteIt() {
        Answer answer = assistant.answer("Quels sont les axes du CLS du Lys Vert et de Plaine dorée ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("Faciliter l’accès aux soins");
    }

    @Test
    void readsAListWrittenBeforeTheWordThatNamesIt() {
        Answer axes = assistant.answer("Quels sont les axes du CLS du Mont Clair ?");
        Answer aims = assistant.answer("mont clair volet aidants objectifs");

        assertThat(axes.answered()).as(axes.text()).isTrue();
        assertThat(axes.text()).contains("renforcer les soins de proximité");
        assertThat(aims.text()).contains("former les bénévoles");
    }

    @Test
    void readsTheListThatFollowsComme() {
        Answer answer = assistant.answer("cls roc vert quels defis");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("l'isolement des aînés");
    }

    @Test
    void aGoalIsQuotedFromItsSentenceNotLedByTheFigureDrawnFromIt() {
        Answer answer = assistant.answer("Quel est l'objectif principal du CLS du Roc Vert ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("D'après").contains("lutter contre la désertification médicale")
                .doesNotContain("12 communes :");
    }

    @Test
    void theNewContractIsTheOneTheTypedFactsAreAbout() {
        Answer answer = assistant.answer("Quelle est la période du nouveau CLS du Mont Clair ?");

        assertThat(answer.text()).contains("2024-2028").doesNotContain("2019-2023");
    }

    @Test
    void aGoalAskedInTheSingularIsTheSentenceThatSaysWhatTheContractAimsAt() {
        Answer answer = assistant.answer("cls mont clair objectif");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("rapprocher les habitants des lieux de soins");
    }

    @Test
    void aWordOnlyOneContractsPagesWriteAsANameNamesThatContract() {
        Answer answer = assistant.answer("cls sud garonnais signé quand");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("4 février 2022");
    }

    @Test
    void aTownOfTheMapNamesOnlyAPageWhoseTerritoryIsUnsure() {
        Answer pantin = assistant.answer("pantin cls signé quand");
        Answer lyon = assistant.answer("Quand a été signé le CLS de Lyon ?");

        assertThat(pantin.answered()).as(pantin.text()).isTrue();
        assertThat(pantin.text()).contains("12 mars 2024");
        assertThat(lyon.answered()).isFalse();
        assertThat(lyon.text()).doesNotContain("4 février");
    }

    @Test
    void aTownNamesTheUnsurePageThatNamesItsPeople() {
        Answer answer = assistant.answer("livry gargan cls signature quand");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("8 juillet 2025");
    }

    @Test
    void theGeographicNounBesideANameFoundInThePagesIsPartOfIt() {
        Answer answer = assistant.answer("cls ile de houat il couvre quelle periode");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("2013-2018");
    }

    @Test
    void aListSaidWithToutDabordPuisEnfinAfterAQuoteAnswersItsNoun() {
        Answer answer = assistant.answer("Quelles sont les priorités fortes des Coteaux Verts ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("l'aide aux aidants");
    }

    @Test
    void aPersonHoldsTheSecondRoleSheIsNamedWith() {
        Answer answer = assistant.answer("presidente du haut-tertre cls");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("Jeanne Morel");
    }

    @Test
    void aListAnnouncedByItsCountGoesOnInTheSentenceOfNounsAfterIt() {
        Answer answer = assistant.answer("Quelles sont les thématiques du CLS du Haut-Tertre ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("la sédentarité").contains("conseil local en santé mentale")
                .doesNotContain("première du département");
    }

    @Test
    void aSentenceThatGoesOnAboutTheOneBeforeTakesItsDayAndPlace() {
        Answer when = assistant.answer("Quand a été signé le CLS du Haut-Tertre ?");
        Answer where = assistant.answer("Où a été signé le CLS du Haut-Tertre ?");

        assertThat(when.answered()).as(when.text()).isTrue();
        assertThat(when.text()).startsWith("Mardi 14 mai").contains("Cette rencontre a permis de signer");
        assertThat(where.text()).startsWith("La mairie de Tertre-Haut");
        assertThat(where.confidence()).isLessThan(0.9);
    }

    @Test
    void aSentenceAfterNamingAnEventAnewSaysWhereItTookPlace() {
        Answer answer = assistant.answer("Où a été adopté le CLS du Haut-Tertre ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("L'Escarpe").contains("Tertre-Bas");
    }

    @Test
    void aPlaceInTheNextSentenceAboutSomethingElseDoesNotSayWhere() {
        Answer answer = assistant.answer("Où a été présenté le CLS du Haut-Tertre ?");

        assertThat(answer.text()).doesNotContain("Ferme Neuve");
    }

    @Test
    void aSentenceNamingTheSameDaySaysWhereTheSigningTookPlace() {
        Answer answer = assistant.answer("ou a ete signe le cls du val brise");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("Pontarlier");
    }

    @Test
    void thePeriodOfThePreviousContractDoesNotSayWhenThisOneEnds() {
        Answer answer = assistant.answer("jusqu a quand va le cls du val brise");

        assertThat(answer.text()).contains("2026").doesNotContain("2015-2018");
    }

    @Test
    void theOrganisationThatEndsAPersonsRoleIsTheOneSheRepresentsNotTheNextPersons() {
        Answer answer = assistant.answer("Qui représentait l'ARS à la signature du CLS du Val Brisé ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("Jean Brun");
    }

    @Test
    void whomToContactIsWhoCoordinatesTheContractNotAnyoneItsPageNames() {
        Answer coordinator = assistant.answer("qui contacter pour le cls des rives de l'aven");
        Answer nobody = assistant.answer("Qui contacter pour le CLS du Val Brisé ?");

        assertThat(coordinator.text()).contains("Léa Morvan");
        assertThat(nobody.answered()).as(nobody.text()).isFalse();
        assertThat(nobody.text()).doesNotContain("Jean Brun");
    }

    @Test
    void axesAnnouncedByTheirCountAreTheLinesAfterEvenWithOneBulletedAndNotASingleAimAfterAColon() {
        Answer answer = assistant.answer("axes cls lys vert");

        assertThat(answer.text()).contains("Faciliter l’accès aux soins", "Promouvoir des milieux de vie",
                "Développer la prévention auprès des jeunes").doesNotContain("réduire les inégalités");
    }

    @Test
    void theFirstContractsDateIsTheOneBesideItsRankNotAYearFarOffInTheSameSentence() {
        Answer answer = assistant.answer("le premier cls du lys vert date de quand");

        assertThat(answer.text()).startsWith("2019");
    }

    @Test
    void whoSignedOnTheSideOfAnOrganisationIsThePersonNotTheOrganisation() {
        Answer answer = assistant.answer("qui a signé le cls du val brise coté ars");

        assertThat(answer.text()).startsWith("Jean Brun");
    }

    @Test
    void theAimsOfAContractMayBeTheInfinitivesOfOneSentence() {
        Answer answer = assistant.answer("Quels sont les objectifs du CLS de Rive-Claire ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("renforcer la prévention", "santé mentale");
    }

    @Test
    void aListRightAfterItsCountedNounAndACommaAnswersItsAxesAskedWithTheCountInDigits() {
        Answer answer = assistant.answer("quels sont les 3 axes du cls des grands ifs");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("le soutien à l’installation des médecins", "jeunes parents");
    }

    @Test
    void aLineStoppingOnDesGoesOnWithTheNextOne() {
        Answer answer = assistant.answer("entre qui a été signé le cls des grands ifs ?");
        Answer passed = assistant.answer("Entre qui est passé le contrat local de santé des Grands Ifs ?");

        assertThat(answer.text()).contains("Caisse Primaire d’Assurance Maladie des Hautes-Combes");
        assertThat(passed.text()).contains("Caisse Primaire d’Assurance Maladie des Hautes-Combes");
    }

    @Test
    void aWordOfTheBaseTypedInTheOtherNumberStillNamesTheTerritoryItStartsTheNameOf() {
        Answer answer = assistant.answer("combien d'axes cls grand ifs");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("trois axes");
    }

    @Test
    void theRoleOfAPersonAskedIsWhatTheyDoNotTheirName() {
        Answer role = assistant.answer("role de la coordinatrice du cls des grands ifs");
        Answer who = assistant.answer("qui est la coordinatrice du cls des grands ifs");

        assertThat(role.answerType()).isEqualTo("description");
        assertThat(role.text()).contains("chargée de rencontrer les acteurs");
        assertThat(who.text()).startsWith("Léa Martin");
    }

    @Test
    void aCountIsTheNumberOfItemsOfTheListItsSentenceAnnouncesWithTheNounAsked() {
        Answer answer = assistant.answer("combien d'étapes pour mettre en place le cls des grands ifs ?");

        assertThat(answer.text()).startsWith("3 étapes").contains("la concertation des habitants");
    }
}
