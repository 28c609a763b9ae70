package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void foldsAccentsLigaturesAndApostrophes() {
        assertThat(Folding.fold("Cœur de Montluçon’s")).isEqualTo("coeur de montlucon's");
        assertThat(Folding.key("Saint-Paul")).isEqualTo("saintpaul");
    }

    @Test
    void foldsPlainAsciiTextByLoweringItOnly() {
        assertThat(Folding.fold("Qui a signe le CLS de RIOM ?")).isEqualTo("qui a signe le cls de riom ?");
        assertThat(Folding.fold("deja")).isEqualTo("deja");
    }

    @Test
    void foldsTheRaisedLettersOfARankOneForOne() {
        assertThat(Folding.fold("3ᵉ du nom, 1ʳᵉ fois, 2ᵈ")).isEqualTo("3e du nom, 1re fois, 2d");
        assertThat(Folding.foldKeepingOffsets("3ᵉ CLS")).isEqualTo("3e cls");
    }
}
