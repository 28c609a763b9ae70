package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetTest {
    private final PhraseSet phrases = new PhraseSet(List.of("centre hospitalier", "cpam", "ars", "x"));

    @Test
    void findsAPhraseAnywhereAsContainsWould() {
        assertThat(phrases.foundIn("le centre hospitalier de riom")).isTrue();
        assertThat(phrases.foundIn("la cpam")).isTrue();
        // A substring, as String.contains says: the recognisers' patterns then check the word boundaries.
        assertThat(phrases.foundIn("les tarsiers")).isTrue();
        assertThat(phrases.foundIn("un texte")).isTrue();
    }

    @Test
    void findsPhrasesStartingWithAnAccentedLetterAsWellAsPlainOnes() {
        PhraseSet accented = new PhraseSet(List.of("éducation nationale", "aé"));

        assertThat(accented.foundIn("l'éducation nationale")).isTrue();
        assertThat(accented.foundIn("un aéroport")).isTrue();
        assertThat(accented.foundIn("l'education nationale")).isFalse();
    }

    @Test
    void findsNothingWhenNoPhraseIsThere() {
        assertThat(phrases.foundIn("le centre de santé")).isFalse();
        assertThat(phrases.foundIn("")).isFalse();
        assertThat(new PhraseSet(List.of()).foundIn("la cpam")).isFalse();
    }
}
