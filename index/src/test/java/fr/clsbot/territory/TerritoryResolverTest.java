package fr.clsbot.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoryResolverTest {
    private static final TerritoryResolver RESOLVER = new TerritoryResolver(Gazetteer.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Communauté de communes Plaine Limagne|200071199",
            "Montluçon Communauté|200071082",
            "Grand Saint-Dizier, Der & Vallées|200068666",
            "CapAtlantique La Baule-Guérande Agglo|244400610",
            "Communauté d'Agglomération du Pays Ajaccien|242010056",
            "communaute de communes gorges causses cevennes|200069151"})
    void namesAnEpciWhateverHowItIsWritten(String name, String siren) {
        TerritoryGroup group = RESOLVER.resolve(name).orElseThrow();
        assertEquals(siren, group.epci().siren());
        assertEquals(group.communes().size(), Gazetteer.bundled().members(group.epci()).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ville des Mureaux||78440",
            "Saint-Paul|La Réunion (974)|97415",
            "ville de Riom|Puy-de-Dôme (63)|63300"})
    void namesACityAsAGroupOfOneCommune(String name, String departement, String insee) {
        TerritoryGroup group = RESOLVER.resolve(name, departement).orElseThrow();
        assertNull(group.epci());
        assertEquals(insee, group.communes().get(0).insee());
    }

    @org.junit.jupiter.api.Test
    void guessesThePaysFromTheEpciItsNameHoldsWithoutCallingItSure() {
        TerritoryGroup guess = RESOLVER.best("Syndicat Mixte du Pays Vendômois", "Loir-et-Cher").orElseThrow();
        assertTrue(guess.confidence() < TerritoryResolver.SURE);
        assertTrue(guess.label().contains("CA Territoires Vendômois") && guess.label().contains("Haut Vendômois"),
                guess.label());
        assertTrue(RESOLVER.resolve("Syndicat Mixte du Pays Vendômois", "Loir-et-Cher").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saint-Paul", "Val de Sioule imaginaire", "Agence régionale de santé"})
    void refusesAmbiguousOrUnknownNames(String name) {
        assertTrue(RESOLVER.resolve(name).isEmpty(), () -> RESOLVER.resolve(name).toString());
    }
}
