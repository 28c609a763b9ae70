package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void cutsAtTheEndOfASentenceButNotAfterAnAbbreviation() {
        assertThat(SentenceSplitter.of("M. Dupont a signé le contrat. Il entre en vigueur en 2025."))
                .containsExactly("M. Dupont a signé le contrat.", "Il entre en vigueur en 2025.");
    }

    @Test
    void keepsASentenceThatOnlyNamesWhatCameBeforeWithIt() {
        assertThat(SentenceSplitter.of("« Améliorer l'accès aux soins, à la prévention et à l'information ». Tels "
                + "sont les objectifs du contrat. Il a été signé en mars."))
                .containsExactly("« Améliorer l'accès aux soins, à la prévention et à l'information ». Tels sont les "
                        + "objectifs du contrat.", "Il a été signé en mars.");
    }
}
