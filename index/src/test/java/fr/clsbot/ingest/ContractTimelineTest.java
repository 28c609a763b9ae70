package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import org.junit.jupiter.api.Test;

class ContractTimelineTest {
    @Test
    void tellsUnitsAboutAPreviousContractFromUnitsAboutTheCurrentOne() {
        Document document = new Document(ExtractionFixtures.text("successive-contracts.txt"), new EntityRecognizer());
        ContractTimeline timeline = new ContractTimeline(document);

        assertThat(document.units()).filteredOn(timeline::aboutAnother).extracting(Unit::text)
                .anyMatch(text -> text.startsWith("Le second contrat a été cosigné"))
                .noneMatch(text -> text.startsWith("Le 3e Contrat Local de Santé"));
        assertThat(timeline.currentStart()).hasValue(2023);
    }

    @Test
    void leavesTheFiguresOfAPreviousContractOut() {
        Contract draft = ExtractionFixtures.draft("successive-contracts.txt");

        assertThat(draft.figures()).extracting(Figure::value).contains("24 fiches", "11 communes")
                .doesNotContain("7 signataires");
    }

    @Test
    void aContractExtendedRunsToItsLaterEnd() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé de Lormes, qui devait couvrir la période "
                + "2018-2020, a été prolongé jusqu'au Contrat de Ville. Il couvre donc les années 2018 à 2022, et se "
                + "nomme CLS2+.");

        assertThat(draft.period().label()).isEqualTo("2018-2022");
    }

    @Test
    void thePeriodOfThePreviousContractIsNeverTheCurrentOnes() {
        Contract draft = ExtractionFixtures.extract("Le CLS de Lormes signé ce lundi 23 décembre, à la mairie, va "
                + "poursuivre les objectifs du précédent contrat (2014-2016).");

        assertThat(draft.period()).isNull();
        assertThat(draft.signing().date()).isEqualTo("lundi 23 décembre");
    }

    @Test
    void linksARankToThePeriodGivenWithIt() {
        Contract draft = ExtractionFixtures.extract("""
                La réflexion débute en 2018 et aboutit à la signature d'un premier Contrat local de Santé pour la \
                période 2019-2023, signé le 2 mars 2019.
                Un deuxième contrat local de santé a été réalisé pour la période 2024-2028.
                La Ville de Lormes a signé son deuxième Contrat Local de Santé en juin.
                """);

        assertThat(draft.period().label()).isEqualTo("2024-2028");
        assertThat(draft.signing().date()).isEqualTo("juin");
    }

    @Test
    void takesARenewalForTheContractItsTextRanksSecond() {
        Contract draft = ExtractionFixtures.extract("""
                Lormes : un partenariat renouvelé au service de la santé

                L'Agence Régionale de Santé et la Ville de Lormes se sont engagées dans un second contrat local de \
                santé, vendredi 5 octobre 2018, à Lormes.
                Le CLS de Lormes 2018-2022, officialisé le 5 octobre à la mairie, poursuit le précédent contrat signé \
                en 2012.
                """);

        assertThat(draft.signing().date()).contains("5 octobre 2018");
    }

    @Test
    void neverTakesThePeriodOfAnotherPlanForTheContracts() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé 2020-2024 de Lormes s'inscrit dans le "
                + "Projet Régional de Santé 2023-2028.");

        assertThat(draft.period().label()).isEqualTo("2020-2024");
    }

    @Test
    void takesAPeriodFarFromTheContractWordsWhenTheSentenceIsAboutTheContract() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé est une démarche contractuelle, "
                + "intersectorielle et populationnelle, de 5 ans (2022-2027), entre la communauté d'agglomération de "
                + "Lormes et l'Agence régionale de santé.");

        assertThat(draft.period().label()).isEqualTo("2022-2027");
    }

    @Test
    void takesTheNewContractForTheCurrentOneAndThePeriodOfTheFirstForTheFirsts() {
        Contract draft = ExtractionFixtures.extract("""
                Le maire de Lormes et l'ARS ont signé le nouveau Contrat Local de Santé de Lormes pour deux ans.
                Un premier Contrat Local de Santé avait été signé sur la période 2014-2017.
                """);

        assertThat(draft.period()).isNull();
    }

    @Test
    void takesARenewedContractForTheCurrentOneAndTheFirstsSigningForTheFirsts() {
        Contract draft = ExtractionFixtures.extract("""
                Mardi 6 juin 2023, la communauté de communes de Lormes et l'ARS renouvellent leur engagement, avec                 la signature du contrat local de santé 2023-2028.
                Un premier Contrat Local de Santé avait été signé le 22 janvier 2019 entre la communauté et l'ARS.
                """);

        assertThat(draft.period().label()).isEqualTo("2023-2028");
        assertThat(draft.signing().date()).contains("6 juin 2023");
    }

    @Test
    void takesALaterContractNamedOnlyByItsRankForTheCurrentOne() {
        Contract draft = ExtractionFixtures.extract("""
                Le premier Contrat Local de Santé (2015-2019) de Lormes avait été signé le 4 mai 2015.
                Le deuxième Contrat Local de Santé de Lormes a été signé le 3 juin 2021 par la ville de Lormes et \
                l'Agence Régionale de Santé Bourgogne-Franche-Comté.
                """);

        assertThat(draft.period()).isNull();
        assertThat(draft.signing().date()).isEqualTo("3 juin 2021");
        assertThat(draft.signatories()).hasSize(2);
    }

    @Test
    void readsTheNumberAfterTheAcronymAsTheRankOfThePeriodItIsWrittenWith() {
        Contract draft = ExtractionFixtures.extract("""
                Ce deuxième Contrat Local de Santé de Lormes consolide le travail engagé depuis 2015 (CLS 1                 2015-2022).
                """);

        // 2015-2022 is the first contract's period: the current one's is not given.
        assertThat(draft.period()).isNull();
    }

    @Test
    void neverTakesTheRankOfAnotherKindOfContract() {
        Contract draft = ExtractionFixtures.extract("""
                Le premier Contrat Local de Santé de Lormes (2016-2020) a été signé le 2 mars 2016.
                Le 3e Contrat de ville de Lormes a été signé le 9 mai 2022.
                """);

        assertThat(draft.period().label()).isEqualTo("2016-2020");
        assertThat(draft.signing().date()).isEqualTo("2 mars 2016");
    }
}
