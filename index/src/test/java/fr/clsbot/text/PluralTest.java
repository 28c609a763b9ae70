package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void keepsZeroAndOneSingularAsFrenchDoes() {
        assertThat(Plural.of(0, "contrat")).isEqualTo("0 contrat");
        assertThat(Plural.of(1, "contrat")).isEqualTo("1 contrat");
        assertThat(Plural.of(2, "contrat")).isEqualTo("2 contrats");
    }

    @Test
    void takesTheIrregularPluralGiven() {
        assertThat(Plural.of(1, "axe prioritaire", "axes prioritaires")).isEqualTo("1 axe prioritaire");
        assertThat(Plural.of(12, "journal", "journaux")).isEqualTo("12 journaux");
    }
}
