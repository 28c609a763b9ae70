package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypoTest {
    @Test
    void oneLetterChangedAddedDroppedOrTwoSwappedIsOneEditApart() {
        assertThat(Typo.oneEditApart("conbien", "combien")).isTrue();
        assertThat(Typo.oneEditApart("montlucn", "montlucon")).isTrue();
        assertThat(Typo.oneEditApart("montluccon", "montlucon")).isTrue();
        assertThat(Typo.oneEditApart("pourqoui", "pourquoi")).isTrue();
        assertThat(Typo.oneEditApart("riom", "riom")).isTrue();
    }

    @Test
    void twoSlipsAreNot() {
        assertThat(Typo.oneEditApart("combats", "combien")).isFalse();
        assertThat(Typo.oneEditApart("mtnlucon", "montlucon")).isFalse();
        assertThat(Typo.oneEditApart("riom", "riomes")).isFalse();
    }
}
