package fr.clsbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.evidence.Evidence;
import fr.clsbot.evidence.EvidenceKind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceIndexTest {
    private static final FrenchAnalysis ANALYSIS = new FrenchAnalysis();
    private static EvidenceIndex index;

    @BeforeAll
    static void build() {
        index = EvidenceIndex.build(Fixtures.load(Fixtures.SMALL), ANALYSIS, List.of("financement", "budget"));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void keepsTheContractsOrderOfAxes() {
        assertThat(index.of("val-de-sioule", EvidenceKind.AXIS)).extracting(Evidence::text)
                .first().asString().startsWith("Axe 1 : Attirer de nouveaux médecins");
        assertThat(index.of("val-de-sioule", EvidenceKind.AXIS)).hasSize(3);
    }

    @Test
    void correctsTyposAgainstTheBasesOwnVocabulary() {
        assertThat(index.correct("financment")).contains("financement");
        assertThat(index.correct("adolescant")).contains("adolescents");
        assertThat(index.correct("qwertyuiop")).isEmpty();
        // "vat" is one substitution from "val": in a three-letter word that is another word, not a typo.
        assertThat(index.correct("vat")).isEmpty();
        assertThat(index.correctTerritoryWord("sioul")).contains("sioule");
    }

    @Test
    void ranksEvidenceByTheShareOfConceptsItMentions() {
        Concept chutes = new Concept("chutes", List.of("chutes"), List.of(List.of(ANALYSIS.stem("chutes"))), false,
                false);
        Concept agees = new Concept("agees", List.of("agees"),
                List.of(List.of(ANALYSIS.stem("personnes"), ANALYSIS.stem("agees"))), false, false);

        List<EvidenceHit> found = index.search(List.of(chutes, agees), List.of("val-de-sioule"), 5);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).evidence().text()).contains("Prévenir les chutes");
        assertThat(found.get(0).coverage()).isEqualTo(1.0);
    }

    @Test
    void aConceptAskedAgainFindsTheSameEvidenceWithTheSameScores() {
        Concept chutes = new Concept("chutes", List.of("chutes"), List.of(List.of(ANALYSIS.stem("chutes"))), false,
                false);
        Concept agees = new Concept("agees", List.of("agees"),
                List.of(List.of(ANALYSIS.stem("personnes"), ANALYSIS.stem("agees"))), false, false);

        List<EvidenceHit> first = index.search(List.of(chutes, agees), List.of("val-de-sioule"), 5);
        List<EvidenceHit> alone = index.search(List.of(agees), List.of(), 5);
        List<EvidenceHit> again = index.search(List.of(chutes, agees), List.of("val-de-sioule"), 5);

        assertThat(again).isEqualTo(first);
        assertThat(alone).isNotEmpty().allSatisfy(hit -> assertThat(hit.coverage()).isEqualTo(1.0));
    }

    @Test
    void indexesEverySentenceOfTheSourcesBesideTheTypedFacts() {
        List<Evidence> sentences = index.of("val-de-sioule", EvidenceKind.SENTENCE);

        assertThat(sentences).extracting(Evidence::text)
                .anyMatch(text -> text.startsWith("L'ARS finance le poste de coordinatrice"));
        assertThat(index.of("val-de-sioule", EvidenceKind.FUNDING)).hasSize(1);
    }

    @Test
    void searchesOnlyTheContractsAsked() {
        Concept ars = new Concept("ARS", List.of("ars"), List.of(List.of("ars")), false, false);

        assertThat(index.search(List.of(ars), List.of("elsewhere"), 5)).isEmpty();
        assertThat(index.search(List.of(ars), List.of("val-de-sioule"), 5)).isNotEmpty();
    }

    @Test
    void aScopeHoldingEveryContractFindsWhatTheUnscopedSearchFinds() {
        Concept ars = new Concept("ARS", List.of("ars"), List.of(List.of("ars")), false, false);
        List<EvidenceHit> everywhere = index.search(List.of(ars), List.of(), 500);

        assertThat(everywhere).hasSizeGreaterThan(1);
        assertThat(index.search(List.of(ars), List.of("val-de-sioule"), 500)).isEqualTo(everywhere);
        assertThat(index.search(List.of(ars), List.of("elsewhere", "val-de-sioule", "val-de-sioule"), 500))
                .isEqualTo(everywhere);
    }

    @Test
    void weakWordsCountLittleAndAQuestionOfWeakWordsOnlyMatchesEverything() {
        Evidence funding = index.of("val-de-sioule", EvidenceKind.FUNDING).get(0);
        Concept ars = new Concept("ARS", List.of("ars"), List.of(List.of("ars")), false, false);
        Concept court = new Concept("court", List.of("court"), List.of(List.of("court")), false, true);

        assertThat(index.coverage(funding, List.of(ars, court))).isEqualTo(1.0 / 1.25);
        assertThat(index.coverage(funding, List.of(court))).isEqualTo(0.75);
    }
}
