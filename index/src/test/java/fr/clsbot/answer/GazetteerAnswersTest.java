package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.territory.Gazetteer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions naming places of the map instead of contracts, on the two shipped contracts. */
class GazetteerAnswersTest {
    private static Assistant assistant;

    @BeforeAll
    static void create() {
        assistant = Assistant.create(Fixtures.load(Fixtures.SHIPPED));
    }

    @AfterAll
    static void close() throws Exception {
        assistant.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Y a-t-il un CLS à Maringues ?|Plaine Limagne",
            "cls 63350|Plaine Limagne",
            "cls puy-de-dôme|Plaine Limagne",
            "cls puy de dome|Plaine Limagne",
            "Un CLS à Domérat ?|Montluçon Communauté",
            "cls domerat|Montluçon Communauté",
            "Y a-t-il un CLS dans l'Allier ?|Montluçon Communauté"})
    void namesTheContractCoveringAPlace(String question, String territory) {
        Answer answer = assistant.answer(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.territory()).isEqualTo(territory);
        assertThat(answer.text()).contains("CLS de " + territory);
    }

    @ParameterizedTest
    @ValueSource(strings = {"grenoble axes", "Grenoble : axes du cls", "Grenoble a signé quel consensus ?"})
    void aCommuneOpeningTheQuestionIsAPlaceNoContractCovers(String question) {
        Answer answer = assistant.answer(question);

        assertThat(answer.answered()).isFalse();
        assertThat(answer.territory()).isNull();
        assertThat(answer.text()).startsWith("Je ne connais aucun CLS pour Grenoble");
    }

    @Test
    void readsTheAdjectiveOfAPlacesInhabitantsAsThatPlace() {
        Answer answer = assistant.answer("le cls montluconnais dure combien de temps");
        Answer french = assistant.answer("un cls français ?");

        assertThat(answer.territory()).isEqualTo("Montluçon Communauté");
        assertThat(answer.text()).contains("2025-2029");
        assertThat(french.territory()).isNull();
    }

    @Test
    void intercommunalitiesAskedForAreNotTheCommunesOfTheMap() {
        Answer answer = assistant.answer("Quelles communautés de communes ont signé le CLS de Plaine Limagne ?");

        assertThat(answer.text()).doesNotContain("selon l'INSEE").contains("Communauté de communes Plaine Limagne");
    }

    @Test
    void theCommuneAnEventTookPlaceInIsNoListOfTheMapsCommunes() {
        Answer where = assistant.answer("Dans quelle commune a eu lieu la signature du CLS de Plaine Limagne ?");
        Answer which = assistant.answer("Quelles communes couvre le CLS de Plaine Limagne ?");

        assertThat(where.text()).doesNotContain("selon l'INSEE");
        assertThat(which.text()).contains("selon l'INSEE");
    }

    @Test
    void readsPopulationAsTheSizeOnlyWhenTheQuestionAsksHowMany() {
        Answer asked = assistant.answer("Quelle est la population de Plaine Limagne ?");
        Answer other = assistant.answer("Comment la population a-t-elle été associée au CLS de Plaine Limagne ?");

        assertThat(asked.text()).contains("habitants (population municipale)");
        assertThat(other.text()).doesNotContain("population municipale").contains("concertation");
    }

    @Test
    void asksTheSourcesFirstWhenTheQuestionAsksMoreThanTheMapKnows() throws Exception {
        try (Assistant issoire = Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test", "resources",
                "fixtures", "map")))) {
            Answer more = issoire.answer("Combien d'habitants d'Issoire n'ont pas de médecin traitant ?");
            Answer size = issoire.answer("Combien d'habitants compte Issoire ?");
            Answer share = issoire.answer("Quelle part de la population d'Issoire a plus de 75 ans ?");
            Answer where = issoire.answer("Le CLS d'Issoire a été signé avec l'ARS de quelle région ?");

            assertThat(more.text()).contains("500 habitants, d'après").doesNotContain("population municipale");
            assertThat(size.text()).contains("habitants (population municipale)");
            // The contract's own figure for the whole town, not the one of a neighbourhood.
            assertThat(size.text()).contains("cite 15 200 habitants").doesNotContain("2 300");
            assertThat(share.text()).doesNotContain("population municipale");
            assertThat(where.text()).contains("Auvergne-Rhône-Alpes");
        }
    }

    @Test
    void theCommunesOfATownsContractAreThoseItsPagesNameNotTheMapsOne() throws Exception {
        try (Assistant issoire = Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test", "resources",
                "fixtures", "map")))) {
            Answer which = issoire.answer("quelles communes sont dans le cls d'issoire");

            assertThat(which.text()).contains("Perrier", "Meilhaud").doesNotContain("selon l'INSEE");
        }
    }

    @Test
    void aWordOfAContractsNameLocatedInAnotherDepartementIsThePlaceOfThatName() throws Exception {
        try (Assistant thiers = Assistant.create(Fixtures.load(java.nio.file.Path.of("src", "test", "resources",
                "fixtures", "lone-word")))) {
            Answer elsewhere = thiers.answer("y a un cls a montagne en gironde ?");
            Answer located = thiers.answer("cls thiers dore et montagne puy de dome periode");

            assertThat(elsewhere.territory()).as(elsewhere.text()).isNull();
            assertThat(elsewhere.text()).as(elsewhere.text()).startsWith("Je ne connais aucun CLS pour").contains("Gironde");
            assertThat(located.territory()).isEqualTo("Thiers Dore et Montagne");
            assertThat(located.text()).contains("2025-2030");
        }
    }

    @Test
    void answersAQuestionAboutTheContractOfACommune() {
        Answer answer = assistant.answer("Quels sont les axes du CLS de Maringues ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.territory()).isEqualTo("Plaine Limagne");
        assertThat(answer.text()).contains("Assurer et renforcer l'offre de soins de proximité");
    }

    @ParameterizedTest
    @ValueSource(strings = {"y a-t-il un CLS à Riom ?", "Quels sont les axes du CLS de Riom ?", "cls riom"})
    void saysClearlyThatNoContractIsKnownForACommune(String question) {
        Answer answer = assistant.answer(question);

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).startsWith("Je ne connais aucun CLS pour Riom (Puy-de-Dôme).")
                .contains("Riom fait partie de l'intercommunalité CA Riom Limagne et Volcans.")
                .contains("Montluçon Communauté, Plaine Limagne");
        assertThat(answer.sources()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cls saint-martin-d'hères periode", "Qui coordonne le CLS de Saint-Martin-d'Hères ?"})
    void readsTheElidedWordInsideACommunesName(String question) {
        // Without its « d' », the name would be the collectivity of Saint-Martin.
        Answer answer = assistant.answer(question);

        assertThat(answer.text()).startsWith("Je ne connais aucun CLS pour Saint-Martin-d'Hères (Isère).");
    }

    @Test
    void neverReadsTheFirstWordsOfANameEndingOnDeAsAPlace() {
        // "Pays de Belvès" and "Pays de Clerval" are communes: "pays de" alone names neither.
        Answer answer = assistant.answer("Quelles sont les priorités du CLS du pays de Truc ?");

        assertThat(answer.text()).doesNotContain("Dordogne").doesNotContain("Doubs");
    }

    @Test
    void refusesADepartementWithoutContract() {
        Answer answer = assistant.answer("Quel CLS dans le Cantal ?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).startsWith("Je ne connais aucun CLS pour le département Cantal (15).");
    }

    @Test
    void tellsThePopulationOfTheMapAsWhatItKnowsWhenTheContractGivesNone() {
        // The map counts the intercommunality as it is today; the contract may cover another territory.
        Answer answer = assistant.answer("Combien d'habitants couvre le CLS de Plaine Limagne ?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).startsWith("Je ne sais pas : les sources du CLS de Plaine Limagne ne donnent pas "
                + "ce chiffre.").contains("CC Plaine Limagne compte 21\u00a0410 habitants").contains(Gazetteer.SOURCE);
    }

    @Test
    void givesTheCommuneCountOfTheMapBesideTheContractsOwn() {
        Answer answer = assistant.answer("Combien de communes compte le CLS de Montluçon ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("compte 21 communes, selon l'" + Gazetteer.SOURCE)
                .contains("Le contrat, lui, cite 21 communes");
        assertThat(answer.sources()).extracting(SourceRef::title).contains(Gazetteer.SOURCE)
                .anyMatch(title -> title.startsWith("Communiqué de presse"));
    }

    @Test
    void givesTheDepartementAndRegionOfAContractFromTheMap() {
        Answer answer = assistant.answer("plaine limagne c dans quel departement");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("département Puy-de-Dôme (63)", "région Auvergne-Rhône-Alpes", "INSEE")
                .doesNotContain("Conseil");
    }

    @Test
    void readsTheContractsFullNameAsNoIntent() {
        Answer answer = assistant.answer("Domérat a-t-il un contrat local de santé ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).startsWith("Domérat (Allier) : le CLS de Montluçon Communauté");
    }

    @Test
    void listsTheCommunesOfAContract() {
        Answer answer = assistant.answer("Quelles communes couvre le CLS de Plaine Limagne ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("25 communes").contains("Maringues").contains("Aigueperse")
                .doesNotContain("Riom");
    }

    @Test
    void asksWhichCommuneWhenSeveralShareTheNameAndOneHasAContract() {
        // Mons, a commune of Plaine Limagne, shares its name with communes of other départements.
        Answer asked = assistant.answer("Y a-t-il un CLS à Mons ?");
        assertThat(asked.answered()).isFalse();
        assertThat(asked.text()).contains("communes s'appellent Mons").contains("Mons (Puy-de-Dôme)")
                .contains("Mons (Gard)").contains("De laquelle parlez-vous ?");

        Answer settled = assistant.answer("Y a-t-il un CLS à Mons 63 ?");
        assertThat(settled.answered()).isTrue();
        assertThat(settled.territory()).isEqualTo("Plaine Limagne");
    }

    @Test
    void saysNoContractIsKnownForAnyOfTheCommunesOfAName() {
        // Saint-Pourçain-sur-Sioule and Saint-Pourçain-sur-Besbre, both in the Allier: "st pourcain" is either.
        Answer unsettled = assistant.answer("cls st pourcain");
        assertThat(unsettled.answered()).isFalse();
        assertThat(unsettled.text()).contains("Je ne connais aucun CLS pour st pourcain (Allier)");

        Answer saintPaul = assistant.answer("CLS à Saint-Paul");
        assertThat(saintPaul.answered()).isFalse();
        assertThat(saintPaul.text()).contains("Saint-Paul (").contains("La Réunion");
    }

    @Test
    void followsUpOnACommune() {
        Conversation conversation = new Conversation();
        assistant.answer("Quels sont les axes du CLS de Montluçon ?", conversation);

        Answer answer = assistant.answer("Et à Maringues ?", conversation);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.territory()).isEqualTo("Plaine Limagne");
        assertThat(answer.text()).contains("Assurer et renforcer l'offre de soins de proximité");
    }

    @Test
    void leavesWordsOfTheKnowledgeBaseAlone() {
        // Ars is a commune (Creuse, Charente); the ARS finances contracts.
        Answer answer = assistant.answer("Combien finance l'ARS pour le CLS de Plaine Limagne ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("15 816");
    }
}
