package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElisionTest {
    @Test
    void elidesBeforeAVowelAndContractsTheArticleOfAName() {
        assertThat(Elision.of("Montluçon")).isEqualTo("de Montluçon");
        assertThat(Elision.of("Ambert")).isEqualTo("d'Ambert");
        assertThat(Elision.of("Le Blanc-Mesnil")).isEqualTo("du Blanc-Mesnil");
        assertThat(Elision.of("Les Avirons")).isEqualTo("des Avirons");
        assertThat(Elision.of("La Courneuve")).isEqualTo("de La Courneuve");
    }
}
