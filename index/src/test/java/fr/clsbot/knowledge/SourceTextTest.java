package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void findsQuotesIgnoringEmphasisApostrophesAndLineBreaks() {
        SourceText text = new SourceText("Une **enveloppe de 15 000 euros** a été\nallouée à l’agglomération.");

        assertThat(text.contains("enveloppe de 15 000 euros a été allouée à l'agglomération")).isTrue();
        assertThat(text.contains("enveloppe de 15 816 euros")).isFalse();
    }

    @Test
    void putsBackTheSpaceAPdfLostAfterACommaOrATitle() {
        assertThat(SourceText.clean("la ville représentée par son Maire,M.Jean-Claude Martin et l'ARS"))
                .isEqualTo("la ville représentée par son Maire, M. Jean-Claude Martin et l'ARS");
        assertThat(SourceText.clean("1,5 million d'euros, soit 3,2 %")).isEqualTo("1,5 million d'euros, soit 3,2 %");
        SourceText source = new SourceText("signé par son Maire,M.Jean Martin.");
        assertThat(source.contains("son Maire, M. Jean Martin")).isTrue();
    }

    @Test
    void joinsAWordAPdfBrokeAtTheEndOfALine() {
        assertThat(SourceText.clean("merci à M. Paul Roux, coor-\ndinateur du CLS")).isEqualTo(
                "merci à M. Paul Roux, coordinateur du CLS");
        assertThat(SourceText.clean("le suivi pré- et post-natal")).isEqualTo("le suivi pré- et post-natal");
        assertThat(SourceText.clean("Nord- Isère")).isEqualTo("Nord- Isère");
        assertThat(new SourceText("merci à M. Paul Roux, coor-\ndinateur").contains("Roux, coordinateur")).isTrue();
    }

    @Test
    void readsUnicodeHyphensAsTheAsciiOne() {
        SourceText text = new SourceText("Le Conseil Départemental du Puy\u2010de\u2011Dôme est co\u2010signataire.");

        assertThat(text.text()).isEqualTo("Le Conseil Départemental du Puy-de-Dôme est co-signataire.");
        assertThat(text.contains("du Puy-de-Dôme")).isTrue();
    }

    @Test
    void splitsParagraphsOnBlankLines() {
        SourceText text = new SourceText("Titre\n\nPremier   paragraphe\nsuite.\n\n\n\nSecond.");

        assertThat(text.paragraphs()).containsExactly("Titre", "Premier paragraphe suite.", "Second.");
    }
}
