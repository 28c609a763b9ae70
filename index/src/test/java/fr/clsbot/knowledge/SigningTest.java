package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigningTest {
    @Test
    void putsLeBeforeADayAndEnBeforeAYearOrAMonth() {
        assertThat(new Signing("3 mars 2025", null, null).onDate()).isEqualTo("le 3 mars 2025");
        assertThat(new Signing("jeudi 17 juillet", null, null).onDate()).isEqualTo("le jeudi 17 juillet");
        assertThat(new Signing("2017", null, null).onDate()).isEqualTo("en 2017");
        assertThat(new Signing("mars 2025", null, null).onDate()).isEqualTo("en mars 2025");
        assertThat(new Signing("décembre", null, null).onDate()).isEqualTo("en décembre");
        assertThat(new Signing("début 2025", null, null).onDate()).isEqualTo("en début 2025");
    }

    @Test
    void putsTheSeasonsAndQuartersPreposition() {
        assertThat(new Signing("automne 2015", null, null).onDate()).isEqualTo("à l'automne 2015");
        assertThat(new Signing("printemps 2024", null, null).onDate()).isEqualTo("au printemps 2024");
        assertThat(new Signing("1er trimestre 2017", null, null).onDate()).isEqualTo("au 1er trimestre 2017");
    }
}
