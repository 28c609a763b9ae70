package fr.clsbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FactIndexTest {
    private static final FrenchAnalysis ANALYSIS = new FrenchAnalysis();
    private static FactIndex index;

    @BeforeAll
    static void build() {
        index = FactIndex.build(Fixtures.load(Fixtures.SMALL), ANALYSIS, List.of("financement", "budget"));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void keepsTheContractsOrderOfAxes() {
        assertThat(index.factsOf("val-de-sioule", FactKind.AXIS)).extracting(Fact::sentence)
                .first().asString().startsWith("Axe 1 : Attirer de nouveaux médecins");
        assertThat(index.factsOf("val-de-sioule", FactKind.AXIS)).hasSize(3);
    }

    @Test
    void correctsTyposAgainstTheBasesOwnVocabulary() {
        assertThat(index.correct("financment")).contains("financement");
        assertThat(index.correct("adolescant")).contains("adolescents");
        assertThat(index.correct("qwertyuiop")).isEmpty();
        assertThat(index.correctTerritoryWord("sioul")).contains("sioule");
    }

    @Test
    void ranksFactsByTheShareOfConceptsTheyMention() {
        Concept chutes = new Concept("chutes", List.of("chutes"), List.of(List.of(ANALYSIS.stem("chutes"))), false);
        Concept agees = new Concept("agees", List.of("agees"),
                List.of(List.of(ANALYSIS.stem("personnes"), ANALYSIS.stem("agees"))), false);

        List<ScoredFact> found = index.search(List.of(chutes, agees), List.of("val-de-sioule"),
                Set.of(FactKind.AXIS), 5);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).fact().sentence()).contains("Prévenir les chutes");
        assertThat(found.get(0).coverage()).isEqualTo(1.0);
    }

    @Test
    void filtersByContractAndKind() {
        Concept ars = new Concept("ARS", List.of("ars"), List.of(List.of("ars")), false);

        assertThat(index.search(List.of(ars), List.of("elsewhere"), Set.of(), 5)).isEmpty();
        assertThat(index.search(List.of(ars), List.of(), Set.of(FactKind.FUNDING), 5))
                .extracting(s -> s.fact().kind()).containsOnly(FactKind.FUNDING);
    }
}
