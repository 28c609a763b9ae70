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

    @Test
    void readsAFigureGroupedInThousandsAsOneWord() {
        assertThat(analysis.words("15 816€ et 1\u00A0000\u00A0000 euros")).containsExactly("15816", "euros", "et", "1000000", "euros");
        assertThat(analysis.tokens("cofinancé à hauteur de 15 816€").get(4).original()).isEqualTo("15 816");
        assertThat(analysis.words("en 2024 150 acteurs, le 04 73 86 89 80")).containsExactly("en", "2024", "150",
                "acteurs", "le", "04", "73", "86", "89", "80");
    }
}
