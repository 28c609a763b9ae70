package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviours the issues name, on the shipped knowledge base. */
class ShippedKnowledgeTest {
    private static Assistant assistant;

    @BeforeAll
    static void create() {
        assistant = Assistant.create(Fixtures.load(Fixtures.SHIPPED));
    }

    @AfterAll
    static void close() throws Exception {
        assistant.close();
    }

    @Test
    void followUpSwitchesTerritoryThenAsksForThePressContact() {
        Conversation conversation = new Conversation();
        Answer plaine = assistant.answer("Quels sont les axes du CLS de Plaine Limagne ?", conversation);
        Answer montlucon = assistant.answer("Et à Montluçon ?", conversation);
        Answer press = assistant.answer("et le contact presse ?", conversation);

        assertThat(plaine.text()).contains("jeunesse grandissante");
        assertThat(montlucon.intent()).isEqualTo("axes");
        assertThat(montlucon.text()).contains("cadre de vie favorable").doesNotContain("jeunesse grandissante");
        assertThat(press.text()).contains("04 70 02 55 53").doesNotContain("04 73 86 89 80");
    }

    @Test
    void refusesTheSigningDateTheReleaseDoesNotGiveAndSaysWhatItKnows() {
        Answer answer = assistant.answer("Quand a été signé le CLS de Montluçon ?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).contains("date de signature").contains("2025-2029");
    }

    @Test
    void comparesFundingAcrossTerritories() {
        Answer answer = assistant.answer("Comparer le financement de l'ARS à Plaine Limagne et à Montluçon");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("15 816€", "15 000 euros", "50 %");
        assertThat(answer.territory()).contains("Plaine Limagne", "Montluçon");
    }

    @Test
    void answersWhichContractsTreatATopic() {
        Answer answer = assistant.answer("Quels CLS traitent de la sante mentalle ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("Plaine Limagne", "Montluçon");
    }

    @Test
    void neitherAShareNorWhatPaysForOnePartIsTheWholeBudget() {
        Answer answer = assistant.answer("et montlucon le budget");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("15 000 euros").contains("50 %");
    }

    @Test
    void contractsThatTreatATopicAreListedWhenAskedWithQui() {
        assertThat(assistant.answer("cls qui parlent de sante mentale").text()).contains("Montluçon")
                .contains("Plaine Limagne");
    }

    @Test
    void aSigningDayGivenWithoutItsYearIsSaidToLackIt() {
        assertThat(assistant.answer("quand a ete signe le cls de plaine limagne").text())
                .startsWith("Signé le 2 avril (année non précisée par la source).");
    }

    @Test
    void anAnswerToAQuestionNamingNoTerritorySaysWhichContractItIsAbout() {
        assertThat(assistant.answer("c quand la signature").text()).startsWith("Plaine Limagne —");
    }

    @Test
    void isThereAContractInATownTypedWithoutHyphensIsNoFollowUpOfTheLastQuestion() {
        Conversation conversation = new Conversation();
        assistant.answer("budget total cls plaine limagne", conversation);

        assertThat(assistant.answer("y a t il un cls a maringues", conversation).text())
                .startsWith("Maringues (Puy-de-Dôme) : le CLS de Plaine Limagne.");
    }

    @Test
    void aPartnerOfTheSigningIsQuotedWithoutSayingYesItSigned() {
        Answer answer = assistant.answer("est-ce que le prefet a signe le cls de montlucon ?");

        assertThat(answer.text()).doesNotStartWith("Oui").contains("la Préfecture de l'Allier");
        assertThat(assistant.answer("la MSA a-t-elle signé le CLS de Plaine Limagne ?").text()).startsWith("Oui");
    }

    @Test
    void neverAnswersAboutAnotherTerritory() {
        Answer answer = assistant.answer("financment plaine limagne");

        assertThat(answer.text()).contains("15 816€").doesNotContain("15 000");
    }

    @Test
    void explainsTheMissingSignatoryListWithThePartnersItDoesKnow() {
        Answer answer = assistant.answer("Qui a signé le CLS de Montluçon ?");

        assertThat(answer.text()).contains("ne donnent pas les signataires", "Préfecture de l'Allier");
    }

    @Test
    void refusesTheMayorsNameRatherThanAnsweringWithTheTownHallContact() {
        Answer answer = assistant.answer("Quel est le nom du maire de Montluçon ?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).doesNotContain("04 70 02 55 53");
    }

    @Test
    void readsAQuestionAboutAxesAsAxesEvenWhenItStartsLikeADefinition() {
        Answer answer = assistant.answer("C'est quoi les priorités du CLS de Montluçon ?");

        assertThat(answer.intent()).isEqualTo("axes");
        assertThat(answer.text()).contains("cadre de vie favorable");
    }

    @Test
    void answersAboutTheNamedTerritoryRatherThanListingContracts() {
        Answer answer = assistant.answer("Quels partenaires pour le CLS de Montluçon ?");

        assertThat(answer.intent()).isEqualTo("partners");
        assertThat(answer.text()).contains("Préfecture de l'Allier").doesNotContain("Plaine Limagne");
    }

    @Test
    void findsContactsAskedForByEmailOrPhoneNumber() {
        assertThat(assistant.answer("email communication plaine limagne").text())
                .contains("m.aymard@plainelimagne.fr");
        assertThat(assistant.answer("numéro de téléphone presse montluçon").text()).contains("04 70 02 55 53");
    }

    @Test
    void aYesNoQuestionAboutAnOrganisationTheSourcesDoNotNameIsRefused() {
        Answer answer = assistant.answer("La MSA a-t-elle signé le CLS de Montluçon ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).doesNotContain("Date de signature");
    }

    @Test
    void readsPreparingTheContractAsItsProjectEngineering() {
        Answer answer = assistant.answer("combien de temps la ccpl a prepare son cls");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("une année").doesNotContain("2025-2029, d'après");
    }

    @Test
    void refusesAboutASubjectTheActionsNeverMentionWithoutSayingThereAreNoActions() {
        Answer answer = assistant.answer("y a t il une maison de santé prévue a Maringues");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("« maison »").doesNotContain("pas d'actions").contains("6 axes");
    }

    @Test
    void answersWhoWasConsultedWithTheGroupsOfPeopleTheSourcesName() {
        Answer answer = assistant.answer("qui a été consulté pour le cls plaine limagne");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("les habitants, les établissements scolaires, les élus locaux");
    }

    @Test
    void readsInfosAsTheInformationTopicOfAContact() {
        Answer answer = assistant.answer("qui contacter pour des infos sur le CLS à Maringues");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("04 73 86 89 80");
    }

    @Test
    void refusesTheHourOfASigningGivenOnlyByItsDayAndSaysTheDay() {
        Answer answer = assistant.answer("a quelle heure a eu lieu la signature du cls plaine limagne");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("ne donnent pas l'heure").contains("2 avril");
    }

    @Test
    void refusesTheNameOfAPersonTheSourcesOnlyDescribe() {
        Answer answer = assistant.answer("c'est qui la coordinatrice du CLS de Plaine Limagne ?");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("le nom de cette personne");
    }

    @Test
    void saysYesWhenAskedWhetherANamedTerritoryHasAContract() {
        Answer answer = assistant.answer("Montluçon a-t-il un contrat local de santé ?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).startsWith("Oui : le CLS de Montluçon Communauté").contains("2025-2029");
    }

    @Test
    void thePartnersAreThoseOfTheSigningAndOfTheGovernanceEachNamedOnce() {
        Answer answer = assistant.answer("Quels sont les partenaires du CLS de Montluçon ?");

        assertThat(answer.text()).contains("Préfecture de l'Allier", "Éducation Nationale",
                "Conseil Départemental de l'Allier");
        assertThat(answer.text().split("Préfecture de l'Allier", -1)).hasSize(2);
    }

    @Test
    void whatTheContractCostsIsNotThePostItCoFunds() {
        // « Le poste de coordinateur, porté par Plaine Limagne, est cofinancé à hauteur de 15 816€ par l'ARS. »
        Answer cost = assistant.answer("combien coute le cls de plaine limagne");
        Answer post = assistant.answer("Combien l'ARS a financé le poste de coordinateur à Plaine Limagne ?");

        assertThat(cost.answered()).as(cost.text()).isFalse();
        assertThat(post.text()).contains("15 816");
    }

    @Test
    void countsPeopleAskedForWithAnyNounOfPeople() {
        Answer answer = assistant.answer("combien de personnes ont participé à la concertation à Montluçon");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("plus de 150 acteurs locaux");
        Answer crowd = assistant.answer("y avait combien de monde a la concertation a Montluçon");
        assertThat(crowd.text()).as(crowd.text()).contains("150 acteurs locaux");
    }

    @Test
    void aQuelMomentAsksForADate() {
        Answer answer = assistant.answer("À quel moment Plaine Limagne a-t-elle commencé en recrutant son coordinateur ?");

        assertThat(answer.answerType()).isEqualTo("date");
        assertThat(answer.text()).containsAnyOf("2023", "2024").containsIgnoringCase("recrut");
    }

    @Test
    void aBudgetRefusedListsTheAmountsKnownNotTheDurations() {
        Answer answer = assistant.answer("budget du cls de plaine limagne");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).contains("15 816€").doesNotContain("quatre années");
    }

    @Test
    void aContactAskedForSomeoneWithNoneGivenSaysSoAndListsTheContactsKnown() {
        Answer answer = assistant.answer("contact coordinatrice plaine limagne");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).contains("pas de contact pour cette personne", "04 73 86 89 80")
                .doesNotContain("d'information sur");
    }

    @Test
    void theItemOfTheRankAskedIsAnsweredHoweverTheRankIsWritten() {
        for (String question : java.util.List.of("quel est le troisième axe du cls de montlucon",
                "quel est le 3eme axe du cls de montlucon", "c koi le 3eme axe du cls de montlucon")) {
            Answer answer = assistant.answer(question);

            assertThat(answer.answered()).as(question).isTrue();
            assertThat(answer.text()).as(question).contains("3. Optimiser le parcours de soins");
        }
    }

    @Test
    void aCountOfCommunesInAPlaceTheBotDoesNotKnowIsRefusedNotAnsweredForEveryContract() {
        Answer answer = assistant.answer("combien de communes dans le cls de vierzonville");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).contains("« vierzonville »").doesNotContain("21 communes");
    }

    @Test
    void sinceWhenTheContractExistsIsItsStartNotAMilestoneStillToCome() {
        Answer montlucon = assistant.answer("depuis quand le cls de montlucon existe");
        Answer plaineLimagne = assistant.answer("depuis combien d annees existe le cls de plaine limagne");

        assertThat(montlucon.text()).as(montlucon.text()).contains("2025-2029").doesNotContain("verront le jour");
        assertThat(plaineLimagne.text()).as(plaineLimagne.text()).contains("2 avril");
    }

    @Test
    void aQuestionWordAloneAsksItOfTheLastQuestionsSubject() {
        Conversation conversation = new Conversation();
        assistant.answer("qd le cls plaine limagne a ete signé", conversation);
        Answer year = assistant.answer("en quelle année ?", conversation);
        assistant.answer("quels sont les axes du cls de plaine limagne", conversation);
        Answer count = assistant.answer("combien ?", conversation);

        assertThat(year.text()).as(year.text()).contains("2 avril").doesNotContain("2024");
        assertThat(count.text()).as(count.text()).startsWith("6 axes");
    }

    @Test
    void aCommuneTypedAloneAsksWhichContractCoversItUnlessWrittenAsAFollowUp() {
        Conversation conversation = new Conversation();
        assistant.answer("quels sont les axes du cls de plaine limagne", conversation);
        Answer alone = assistant.answer("Domérat", conversation);
        assistant.answer("quels sont les axes du cls de plaine limagne", conversation);
        Answer followUp = assistant.answer("et à Domérat ?", conversation);

        assertThat(alone.text()).as(alone.text()).startsWith("Domérat (Allier) : le CLS de Montluçon Communauté")
                .doesNotContain("jeunesse grandissante");
        assertThat(followUp.intent()).isEqualTo("axes");
        assertThat(followUp.text()).contains("cadre de vie favorable");
    }

    @Test
    void aContractsNameTypedAloneSaysWhatIsKnownOfIt() {
        Answer answer = assistant.answer("montlucon");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).startsWith("Je connais le CLS de Montluçon Communauté.").contains("5 axes");
    }

    @Test
    void aCountAskedWithoutDeOrOfWhoDidItIsAnsweredFromTheList() {
        Answer axes = assistant.answer("combien axes montlucon");
        Answer signed = assistant.answer("combien ont signé le cls de plaine limagne");

        assertThat(axes.text()).as(axes.text()).containsIgnoringCase("cinq axes");
        assertThat(signed.text()).as(signed.text()).startsWith("Le CLS de Plaine Limagne a été signé le 2 avril par :")
                .contains("la Mutualité Sociale Agricole (MSA)");
    }

    @Test
    void whetherAnOrganisationSignedIsAnsweredWithTheSignatoriesNotTheSigningDate() {
        Answer notListed = assistant.answer("est-ce que l education nationale a signé a plaine limagne");
        Answer noList = assistant.answer("est ce que le CHU a signé a montlucon");

        assertThat(notListed.answered()).isFalse();
        assertThat(notListed.text()).as(notListed.text()).contains("ne figure pas parmi les signataires",
                "la Mutualité Sociale Agricole (MSA)").doesNotContain("date de signature");
        assertThat(noList.text()).as(noList.text()).contains("ne donnent pas les signataires")
                .doesNotContain("date de signature");
    }

    @Test
    void aContactAskedForASubjectTheContractTreatsSaysNoContactIsGivenForIt() {
        Answer answer = assistant.answer("qui contacter pour la santé mentale a plaine limagne");

        assertThat(answer.text()).as(answer.text()).contains("pas de contact pour « santé mentale »", "04 73 86 89 80")
                .doesNotContain("d'information sur");
    }

    @Test
    void markupSearchOperatorsAndALoneFigureAskNothing() {
        for (String input : java.util.List.of("<script>alert(1)</script>", "1", "AND OR *")) {
            Answer answer = assistant.answer(input);

            assertThat(answer.answered()).as(input).isFalse();
            assertThat(answer.text()).as(input).doesNotContain("Assurer", "« OR »");
        }
        assertThat(assistant.answer("<b>axes</b> montlucon").text()).contains("cadre de vie favorable");
    }

    @Test
    void whichAxisTreatsASubjectIsAnsweredByThatAxisAlone() {
        Answer mental = assistant.answer("la santé mentale c dans quel axe à montluçon ?");
        Answer youth = assistant.answer("quel axe parle de la jeunesse a plaine limagne");
        Answer all = assistant.answer("quel axe ? montlucon");

        assertThat(mental.text()).as(mental.text()).startsWith("Axe 4 : Promouvoir la santé mentale")
                .doesNotContain("cadre de vie");
        assertThat(youth.text()).as(youth.text()).startsWith("Axe 5 : Soutenir les actions en direction de la jeunesse");
        assertThat(all.text()).as(all.text()).contains("cadre de vie", "santé mentale");
    }

    @Test
    void whetherACommuneBelongsToANamedContractIsAnsweredFromTheMap() {
        Answer member = assistant.answer("est ce que Aigueperse fait partie du cls plaine limagne");
        Answer other = assistant.answer("est-ce que Domérat fait partie du cls de plaine limagne");
        Answer elsewhere = assistant.answer("Riom fait partie du cls plaine limagne ?");

        assertThat(member.text()).startsWith("Oui : Aigueperse (Puy-de-Dôme) fait partie du territoire du CLS de "
                + "Plaine Limagne.");
        assertThat(other.text()).startsWith("Non : Domérat (Allier)").contains("le CLS de Montluçon Communauté");
        assertThat(elsewhere.text()).startsWith("Non : Riom (Puy-de-Dôme)");
        assertThat(member.sources()).isNotEmpty();
    }

    @Test
    void aShortCommuneTypedAloneWithItsCapitalIsAPlace() {
        Answer answer = assistant.answer("Riom ?");

        assertThat(answer.text()).as(answer.text()).startsWith("Je ne connais aucun CLS pour Riom (Puy-de-Dôme).");
    }

    @Test
    void whatIsTheBudgetAsksItsAmountNotWhatABudgetIs() {
        Answer answer = assistant.answer("c koi le budget total du cls de montlucon");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).as(answer.text()).contains("le budget de l'ensemble du contrat", "15 000 euros")
                .doesNotContain("santé mentale");
    }

    @Test
    void whatIsPlannedTypedWithoutApostropheAsksWhatNotWho() {
        Answer answer = assistant.answer("qu est ce qui est prévu pour les jeunes a plaine limagne");

        assertThat(answer.text()).as(answer.text()).startsWith("Axe 5 : Soutenir les actions en direction de la "
                + "jeunesse");
    }

    @Test
    void aChoiceBetweenTwoFiguresAsksTheFigure() {
        Answer lasts = assistant.answer("le cls de plaine limagne dure 4 ou 5 ans ?");
        Answer axes = assistant.answer("le cls de montlucon a 5 ou 6 axes ?");

        assertThat(lasts.text()).as(lasts.text()).contains("2025-2029");
        assertThat(axes.text()).as(axes.text()).containsIgnoringCase("cinq axes");
    }

    @Test
    void aQuestionAboutBothContractsAnswersEachOrSaysItFindsNothing() {
        Conversation conversation = new Conversation();
        assistant.answer("quels sont les axes du cls de plaine limagne", conversation);
        Answer both = assistant.answer("les 2 cls ont commencé quand", conversation);

        assertThat(both.text()).as(both.text()).contains("Plaine Limagne —", "2 avril",
                "Montluçon Communauté — je ne trouve pas la réponse dans ses sources.");
    }

    @Test
    void aListWhoseItemsStandForSeveralGivesNoCount() {
        Answer answer = assistant.answer("combien de signataires cls plaine limagne");

        assertThat(answer.text()).as(answer.text()).doesNotContain("10 signataires")
                .contains("les hôpitaux de proximité et le CHU");
    }

    @Test
    void whichContractACommuneBelongsToIsAskedHoweverItIsTyped() {
        Answer which = assistant.answer("Thuret fait partie de quel cls ?");
        Answer lowerCase = assistant.answer("domerat c dans le cls de montlucon ?");

        assertThat(which.text()).as(which.text()).startsWith("Thuret (Puy-de-Dôme) : le CLS de Plaine Limagne.");
        assertThat(lowerCase.text()).as(lowerCase.text()).startsWith("Oui : Domérat (Allier) fait partie du territoire");
    }

    @Test
    void aFigureTypedWithoutItsThousandsSpaceFindsTheSentenceThatPrintsIt() {
        Answer year = assistant.answer("les 15816 euros c pour quelle annee a plaine limagne");
        Answer what = assistant.answer("montluçon 15000 euros c pour quoi");

        assertThat(year.answered()).as(year.text()).isTrue();
        assertThat(year.text()).as(year.text()).contains("2024");
        assertThat(what.text()).as(what.text()).contains("études d'ingénierie");
    }

    @Test
    void theDepartementOfASignatoryOnlyLocatesIt() {
        Answer answer = assistant.answer("le cls de plaine limagne a été signé par le préfet du puy de dome ?");

        assertThat(answer.text()).as(answer.text()).startsWith("Oui : le Préfet figure parmi les signataires");
    }

    @Test
    void whatAContractIsIsAskedWithItsAcronymOrItsNameInFull() {
        for (String question : List.of("qu'est-ce qu'un contrat local de santé", "c koi un contrat local de sante",
                "qu'est ce qu'un cls")) {
            Answer answer = assistant.answer(question);

            assertThat(answer.text()).as(question).startsWith("CLS : Contrat Local de Santé. Contrat signé entre");
        }
        assertThat(assistant.answer("quels territoires ont un contrat local de santé ?").text())
                .startsWith("Je connais 2 contrats locaux de santé");
    }

    @Test
    void aRankAloneAsksForThatItemOfTheListJustGiven() {
        Conversation conversation = new Conversation();
        assistant.answer("axes plaine limagne", conversation);
        Answer third = assistant.answer("le 3eme", conversation);
        Answer last = assistant.answer("et le dernier", conversation);

        assertThat(third.text()).as(third.text()).contains("3. Favoriser la prise en compte de la santé mentale")
                .doesNotContain("1. ");
        assertThat(last.text()).as(last.text()).contains("6. Coordonner le contrat local de santé")
                .doesNotContain("3. ");
        assertThat(assistant.answer("le dernier axe de montlucon").text())
                .contains("5. Créer un cadre de vie favorable à la santé");
    }

    @Test
    void followUpsTypedAsPeopleSpeakAskTheLastQuestionAgain() {
        Conversation conversation = new Conversation();
        assistant.answer("le cls de montlucon a ete signe quel jour", conversation);
        Answer other = assistant.answer("et celui de plaine limagne", conversation);
        assistant.answer("axes plaine limagne", conversation);
        Answer same = assistant.answer("meme question pour montlucon", conversation);

        assertThat(other.text()).as(other.text()).contains("2 avril");
        assertThat(same.text()).as(same.text()).contains("Les 5 axes du CLS de Montluçon Communauté");
    }

    @Test
    void shorthandsAndAMisspeltNameStillAsk() {
        Conversation conversation = new Conversation();
        Answer misspelt = assistant.answer("le cls de plenne limane c pour quelle periode", conversation);
        Answer time = assistant.answer("ca dure cb de tps", conversation);
        Answer something = assistant.answer("addictions y a qqch a montlucon ?");

        assertThat(misspelt.text()).as(misspelt.text()).contains("2025-2029");
        assertThat(time.text()).as(time.text()).contains("2025-2029");
        assertThat(something.text()).as(something.text()).contains("la lutte contre les addictions");
    }

    @Test
    void theWholeBudgetAskedWithCombienIsNoPartOfIt() {
        Answer answer = assistant.answer("le budget total du cls de montlucon c combien");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("le budget de l'ensemble du contrat", "15 000 euros");
    }

    @Test
    void aCommuneConcernedByAContractIsAskedFromTheMap() {
        Answer answer = assistant.answer("est-ce que maringues est concernée par le cls de plaine limagne");

        assertThat(answer.text()).as(answer.text()).startsWith("Oui : Maringues (Puy-de-Dôme) fait partie du territoire");
    }

    @Test
    void aNameAskedAfterTheRoleIsANameTheSourcesDoNotGive() {
        Answer answer = assistant.answer("le prefet de l'allier s'appelle comment");

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("le nom de cette personne");
    }

    @Test
    void anOrganisationAskedAsInsideTheContractGetsAYes() {
        Answer answer = assistant.answer("la MSA elle est dedans le cls plaine limagne ?");

        assertThat(answer.text()).as(answer.text()).startsWith("Oui.").contains("Mutualité Sociale Agricole");
    }

    @Test
    void aPercentageTypedWithItsSignIsNoLoneFigure() {
        Answer answer = assistant.answer("c koi les 50% a montlucon");

        assertThat(answer.text()).as(answer.text()).contains("50 % de la rémunération du coordinateur");
    }

    @Test
    void anAmountIsNoPostalCode() {
        Answer answer = assistant.answer("15000 euros c pour quoi");

        assertThat(answer.text()).as(answer.text()).doesNotContain("Aurillac").contains("études d'ingénierie");
    }
}
