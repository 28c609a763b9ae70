package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryTest {
    @Test
    void aNameItIsAlsoKnownByIsAddedOnceAfterItsAliases() {
        Territory territory = new Territory("Bassin Rouge", null, null, null, null, List.of("Bassin Rouge", "CCBR"));

        assertThat(territory.alsoKnownAs(List.of("Val Clair", "CCBR", "Val Clair")).aliases())
                .containsExactly("Bassin Rouge", "CCBR", "Val Clair");
    }
}
