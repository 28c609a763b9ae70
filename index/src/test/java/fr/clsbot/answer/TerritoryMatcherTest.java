package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.FrenchAnalysis;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoryMatcherTest {
    private static final FrenchAnalysis ANALYSIS = new FrenchAnalysis();
    private static EvidenceIndex index;
    private static TerritoryMatcher matcher;

    @BeforeAll
    static void build() {
        KnowledgeBase base = Fixtures.load(Fixtures.SHIPPED);
        index = EvidenceIndex.build(base, ANALYSIS, List.of());
        matcher = new TerritoryMatcher(base, index, ANALYSIS, Set.of("signe", "periode"));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Quels sont les axes du CLS de Plaine Limagne ?|plaine-limagne",
            "contact presse montlucon|montlucon",
            "l'agglo de Montluçon|montlucon",
            "comcom Plaine Limagn|plaine-limagne",
            "PLAINE-LIMAGNE budget|plaine-limagne",
            "montlucn axes|montlucon",
            "la Limagne|plaine-limagne",
            "le cls montluconnais|montlucon"})
    void findsTerritoriesByNameAliasAndTypo(String question, String contractId) {
        assertThat(matcher.find(ANALYSIS.tokens(question))).extracting(m -> m.contract().id())
                .containsExactly(contractId);
    }

    @Test
    void readsTheFirstWordOfANameFollowedByAQuestionWordAsTheName() {
        assertThat(matcher.find(ANALYSIS.tokens("cls plaine signé quand"))).extracting(m -> m.contract().id())
                .containsExactly("plaine-limagne");
        assertThat(matcher.find(ANALYSIS.tokens("cls plaine orientale signé quand"))).isEmpty();
        // The name's own next word, misspelt, is no other name.
        assertThat(matcher.find(ANALYSIS.tokens("cls plaine limagnes periode"))).extracting(m -> m.contract().id())
                .containsExactly("plaine-limagne");
        // A word questions ask with is no lone word of a name ("qui porte" is no "Porte de …").
        assertThat(new TerritoryMatcher(Fixtures.load(Fixtures.SHIPPED), index, ANALYSIS, Set.of("limagne"))
                .find(ANALYSIS.tokens("qui limagne le cls"))).isEmpty();
    }

    @Test
    void readsTheTownANamesAdjectiveIsMadeFrom() throws Exception {
        // "le cls montluconnais" is Montluçon; the other way round, the "Pays du Vaudrevillois" is asked as "vaudreville".
        KnowledgeBase base = Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures", "demonym"));
        try (EvidenceIndex pages = EvidenceIndex.build(base, ANALYSIS, List.of())) {
            TerritoryMatcher vaudrevillois = new TerritoryMatcher(base, pages, ANALYSIS, Set.of());

            assertThat(vaudrevillois.find(ANALYSIS.tokens("cls vaudreville depuis quand")))
                    .extracting(m -> m.contract().id()).containsExactly("pays-du-vaudrevillois");
            // Only an adjective that is a name on its own: "la Marneville" is not the "Bocage Marnevillois".
            assertThat(vaudrevillois.find(ANALYSIS.tokens("cls de la marneville"))).isEmpty();
            assertThat(vaudrevillois.find(ANALYSIS.tokens("cls bocage marnevillois")))
                    .extracting(m -> m.contract().id()).containsExactly("pays-du-vaudrevillois");
            // A short town's adjective adds a letter: « Quaylois » is asked as "quay", « Fiennois » as "fien".
            assertThat(vaudrevillois.find(ANALYSIS.tokens("cls pays de quay periode")))
                    .extracting(m -> m.contract().id()).containsExactly("pays-quaylois");
            assertThat(vaudrevillois.find(ANALYSIS.tokens("signataires cls fien")))
                    .extracting(m -> m.contract().id()).containsExactly("pays-quaylois");
        }
    }

    @Test
    void theWordsOfANameTypedBeforeItAreTheNamesWhateverSmallWordsJoinThem() throws Exception {
        KnowledgeBase base = Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures", "demonym"));
        try (EvidenceIndex pages = EvidenceIndex.build(base, ANALYSIS, List.of())) {
            TerritoryMatcher matcher = new TerritoryMatcher(base, pages, ANALYSIS, Set.of());

            // "pays" of "Pays du Vaudrevillois" typed "pays de": part of the name, not a word asked.
            assertThat(matcher.find(ANALYSIS.tokens("cls pays de vaudrevillois signature prevue quand")))
                    .singleElement().satisfies(m -> assertThat(m.positions()).contains(1, 2, 3));
        }
    }

    @Test
    void readsAnAdjectiveInAineAsItsTown() throws Exception {
        KnowledgeBase base = Fixtures.load(Fixtures.EVIDENCE);
        try (EvidenceIndex evidence = EvidenceIndex.build(base, ANALYSIS, List.of())) {
            TerritoryMatcher matcher = new TerritoryMatcher(base, evidence, ANALYSIS, Set.of());
            // Lisière gives "lisieraine" as Chartres gives "chartraine".
            assertThat(matcher.find(ANALYSIS.tokens("les axes du cls de l'agglo lisieraine")))
                    .extracting(m -> m.contract().id()).containsExactly("haute-lisiere");
        }
    }

    @Test
    void readsStAndSteAsSaintAndSainte() throws Exception {
        KnowledgeBase base = Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures", "saint"));
        try (EvidenceIndex saints = EvidenceIndex.build(base, ANALYSIS, List.of())) {
            TerritoryMatcher matcher = new TerritoryMatcher(base, saints, ANALYSIS, Set.of());
            assertThat(matcher.find(ANALYSIS.tokens("pour quelle duree est conclu le cls de st aubin")))
                    .extracting(m -> m.contract().id()).containsExactly("saint-aubin");
            // The words of its name typed before the abbreviation are the name's too, not words asked.
            assertThat(matcher.find(ANALYSIS.tokens("signe quand cls ville de st aubin"))).singleElement()
                    .satisfies(m -> assertThat(m.positions()).contains(3, 4, 5, 6));
            // The other way round: a name written « St- » is asked for with « saint ».
            assertThat(matcher.find(ANALYSIS.tokens("actions pays val saint ormelois")))
                    .extracting(m -> m.contract().id()).containsExactly("pays-st-ormel");
        }
    }

    @Test
    void takesInitialsTheContractsOwnPagesUseAsItsName() throws Exception {
        KnowledgeBase base = Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures", "acronym"));
        try (EvidenceIndex pages = EvidenceIndex.build(base, ANALYSIS, List.of())) {
            TerritoryMatcher matcher = new TerritoryMatcher(base, pages, ANALYSIS, Set.of());
            // "VFC" is a word of the base, but only of Val Fleuri et Coteaux's own page.
            assertThat(matcher.find(ANALYSIS.tokens("depuis quand VFC travaille sur son cls")))
                    .extracting(m -> m.contract().id()).containsExactly("val-fleuri");
        }
    }

    @Test
    void initialsOfAShortNameStandForNothing() {
        // "agglomération de Montluçon" has one proper word: its initials are not a name of the contract.
        assertThat(matcher.find(ANALYSIS.tokens("budget adm"))).isEmpty();
        assertThat(matcher.find(ANALYSIS.tokens("axes cls pl"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quel est le budget du CLS de Vichy ?", "communauté de communes", "quels territoires",
            "agglomération"})
    void findsNoTerritoryInGenericWordsOrUnknownPlaces(String question) {
        assertThat(matcher.find(ANALYSIS.tokens(question))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void findsEveryTerritoryOfAComparison() {
        assertThat(matcher.find(ANALYSIS.tokens("Comparer Plaine Limagne et Montluçon")))
                .extracting(m -> m.contract().id()).containsExactly("plaine-limagne", "montlucon");
    }
}
