package fr.clsbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {
    private final FrenchAnalysis analysis = new FrenchAnalysis();

    @Test
    void foldsAccentsCaseAndElisions() {
        assertThat(analysis.words("L'Agence régionale de santé d'Auvergne-Rhône-Alpes à Montluçon"))
                .containsExactly("agence", "regionale", "de", "sante", "auvergne", "rhone", "alpes", "a", "montlucon");
    }

    @Test
    void stemsSingularAndPluralAndFeminineAlike() {
        assertThat(analysis.stem("jeunes")).isEqualTo(analysis.stem("jeune"));
        assertThat(analysis.stem("recrutee")).isEqualTo(analysis.stem("recrute"));
        assertThat(analysis.stem("communes")).isEqualTo(analysis.stem("commune"));
    }

    @Test
    void stemsThePresentParticipleAsTheVerbButNotTheAmount() {
        assertThat(analysis.stem("signant")).isEqualTo(analysis.stem("signé"));
        assertThat(analysis.stem("portant")).isEqualTo(analysis.stem("porté"));
        assertThat(analysis.stem("montant")).isNotEqualTo(analysis.stem("mont"));
    }

    @Test
    void dropsFrenchStopWordsFromStems() {
        assertThat(analysis.stems("Quels sont les axes du CLS de la commune ?"))
                .containsExactlyInAnyOrder(analysis.stem("axes"), "cls", analysis.stem("commune"));
    }

    @Test
    void keepsPositionsAndOriginalSpelling() {
        var tokens = analysis.tokens("budget du CLS de Vichy");

        assertThat(tokens).extracting(Token::original).containsExactly("budget", "du", "CLS", "de", "Vichy");
        assertThat(tokens.get(4).capitalized()).isTrue();
        assertThat(tokens.get(4).position()).isEqualTo(4);
    }
}
