package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearsTest {
    @Test
    void findsTheDayWithItsYearButNotAnotherDayEndingTheSame() {
        assertThat(Years.sameDay("5 octobre", "vendredi 5 octobre 2018")).isTrue();
        assertThat(Years.sameDay("12 juin", "12 Juin 2018")).isTrue();
        assertThat(Years.sameDay("5 octobre", "15 octobre 2018")).isFalse();
        assertThat(Years.sameDay("5 oct", "5 octobre 2018")).isFalse();
    }

    @Test
    void readsAYearAloneAsAYear() {
        assertThat(Years.isYear("2025")).isTrue();
        assertThat(Years.isYear("2 500")).isFalse();
    }
}
