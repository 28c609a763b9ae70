package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.Contract;
import org.junit.jupiter.api.Test;

class SigningExtractorTest {
    @Test
    void takesTheSigningDateAndPeriodOfTheCurrentContract() {
        Contract draft = ExtractionFixtures.draft("successive-contracts.txt");

        assertThat(draft.signing().date()).isEqualTo("15 novembre 2023");
        assertThat(draft.period().label()).isEqualTo("2023-2027");
    }

    @Test
    void aContractConcludedOnADayWasSignedThatDay() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé de Lormes est conclu, pour une durée "
                + "de 5 ans à compter du 19 octobre 2021, entre la commune et l'ARS.");

        assertThat(draft.signing().date()).isEqualTo("19 octobre 2021");
    }

    @Test
    void aDateSaidOfTheFirstContractInTheSentenceOfTheSecondsSigningIsNotItsDate() {
        Contract draft = ExtractionFixtures.extract("La Ville de Lormes a célébré la signature de son deuxième Contrat "
                + "Local de Santé mardi 14 mai, trois ans après la première version, officialisée le 2 février 2021.");

        assertThat(draft.signing().date()).isEqualTo("mardi 14 mai");
    }

    @Test
    void anAmendmentSignedLaterDoesNotDateTheContractsSigning() {
        Contract draft = ExtractionFixtures.extract("Un premier Contrat Local de Santé a été élaboré à Lormes pour la "
                + "période 2017-2021. Ce premier contrat a été lancé lors d'une signature officielle le 4 novembre "
                + "2016. En 2020, les élus ont souhaité s'engager sur la santé mentale. Cette thématique a été "
                + "intégrée au CLS par avenant signé le 7 février 2020.");

        assertThat(draft.signing().date()).isEqualTo("4 novembre 2016");
    }

    @Test
    void keepsTheHourSaidRightAfterTheSigningDay() {
        Contract draft = ExtractionFixtures.extract("Ils ont signé, le mercredi 30 janvier 2019 à 17h30 à Lormes, un "
                + "nouveau Contrat Local de Santé.");

        assertThat(draft.signing().date()).isEqualTo("mercredi 30 janvier 2019 à 17h30");
    }

    @Test
    void aMeetingThatAnnouncesASigningInSomeMonthsDoesNotDateIt() {
        Contract draft = ExtractionFixtures.extract("Les élus se sont réunis le 15 septembre 2017 à Lormes pour "
                + "préparer le futur « Contrat local de santé » qui sera signé dans quelques mois.");

        assertThat(draft.signing().known()).isFalse();
    }

    @Test
    void aSigningSentenceWithNoDateTakesTheDayOfTheSentenceBefore() {
        Contract draft = ExtractionFixtures.extract("Ils étaient nombreux autour de la table, jeudi 22 juin à la "
                + "mairie de Lormes. Huit signataires étaient réunis pour signer le Contrat local de santé (CLS) dont "
                + "la commune est désormais dotée.");

        assertThat(draft.signing().date()).isEqualTo("jeudi 22 juin");
    }

    @Test
    void theDayThatOpensASignatureBlockAfterWhatIsSignedIsTheSigningDay() {
        Contract draft = ExtractionFixtures.extract("""
                Il a été convenu de signer le présent Contrat Local de Santé portant sur la Ville de Lormes.
                À Clamecy, le 14 mars 2019 Le Maire de Lormes
                Le Préfet de la Nièvre
                """);

        assertThat(draft.signing().date()).isEqualTo("14 mars 2019");
        assertThat(draft.signing().quote()).startsWith("À Clamecy");
    }

    @Test
    void aPlaceAndDayWithNothingSignedBeforeThemDateNoSigning() {
        Contract draft = ExtractionFixtures.extract("""
                Le Contrat Local de Santé de Lormes réunit la commune et l'ARS.
                Le comité s'est réuni trois fois.
                Les ateliers ont commencé.
                À Clamecy, le 14 mars 2019 une conférence a eu lieu.
                """);

        assertThat(draft.signing() == null || !draft.signing().known()).isTrue();
    }

    @Test
    void neverTakesTheDateOfAReferenceToAnotherArticle() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé de Lormes 2025-2029 a été signé à la "
                + "mairie (voir notre édition du 2 octobre 2024).");

        assertThat(draft.signing().known()).isFalse();
    }

    @Test
    void neverTakesTheDateOfACouncilVote() {
        Contract draft = ExtractionFixtures.extract("Adopté à l'unanimité lors du Conseil municipal du 16 octobre "
                + "et officiellement signé ensuite, le Contrat Local de Santé de Lormes a été signé le vendredi "
                + "14 novembre 2025.");

        assertThat(draft.signing().date()).endsWith("14 novembre 2025");
    }

    @Test
    void neverTakesAPublicationDate() {
        Contract draft = ExtractionFixtures.extract("Publié le 12 mai 2025 – La Ville de Lormes signe son Contrat "
                + "Local de Santé.");

        assertThat(draft.signing().known()).isFalse();
    }

    @Test
    void neverTakesTheSigningDateOfAnotherKindOfContract() {
        Contract draft = ExtractionFixtures.extract("Le Contrat de Ville, signé en 2015, a reconnu le Contrat Local "
                + "de Santé de Lormes comme cadre d'action.");

        assertThat(draft.signing() == null || !draft.signing().known()).isTrue();
    }

    @Test
    void takesTheDateOfAnOfficialisation() {
        Contract draft = ExtractionFixtures.extract("Ce jeudi 5 juin, l'Agence Régionale de Santé Bretagne et la "
                + "Communauté de communes du Porhoët ont officialisé leur Contrat Local de Santé.");

        assertThat(draft.signing().date()).isEqualTo("jeudi 5 juin");
    }

    @Test
    void takesTheDayRatherThanTheYearOfASigning() {
        Contract draft = ExtractionFixtures.extract("En 2025, la Ville de Lormes a signé son Contrat Local de Santé, "
                + "signé le 3 mars avec l'ARS.");

        assertThat(draft.signing().date()).isEqualTo("3 mars");
    }

    @Test
    void givesTheSigningDayTheYearTheTextGivesItElsewhere() {
        Contract draft = ExtractionFixtures.extract("Ce mardi 4 février 2025, le maire de Lormes et l'ARS ont signé "
                + "un Contrat Local de Santé pour 2025-2029.\n\nSa signature ce mardi 4 février a réuni les "
                + "partenaires.");

        assertThat(draft.signing().date()).isEqualTo("mardi 4 février 2025");
    }

    @Test
    void givesTheSigningDayTheYearOfTheSameDayInASentenceThatSignsNothing() {
        Contract draft = ExtractionFixtures.extract("""
                L'ARS et le Pays de Lormes se sont engagés dans un second contrat local de santé, vendredi 5 octobre                 2018, à Lormes. La réunion du 15 octobre 2019 a fait le point.

                Le CLS 2018-2022, officialisé le 5 octobre à la mairie de Lormes, poursuit le précédent contrat.
                """);

        assertThat(draft.signing().date()).isEqualTo("vendredi 5 octobre 2018");
    }
}
