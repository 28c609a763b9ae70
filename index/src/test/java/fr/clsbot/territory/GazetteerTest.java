package fr.clsbot.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.clsbot.text.Typo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void holdsTheWholeMapOfEtalab600() {
        assertEquals(34_969, gazetteer.communes().size());
        assertEquals(1_255, gazetteer.epcis().size());
        assertTrue(gazetteer.source().contains("6.0.0"), gazetteer.source());
    }

    @Test
    void looksNamesUpByTheKeysTheBuildScriptWrote() {
        // scripts/build-gazetteer.py folds names as PlaceNames.key does, so that loading does not have to.
        for (int i = 0; i < gazetteer.communeCount(); i++) {
            assertEquals(PlaceNames.key(gazetteer.nameAt(i)), gazetteer.keyAt(i), gazetteer.nameAt(i));
        }
    }

    @Test
    void findsTheIntercommunalityAnAcronymSpells() {
        assertEquals(List.of("CC de la Champagne Conlinoise et du Pays de Sillé"),
                gazetteer.epcisWithAcronym("4CPS").stream().map(Epci::name).toList());
        assertEquals(List.of("Pays d'Evian Vallée d'Abondance"),
                gazetteer.epcisWithAcronym("CCPEVA").stream().map(Epci::shortName).toList());
        assertTrue(gazetteer.epcisWithAcronym("CC").isEmpty());
    }

    @Test
    void findsACommuneWhateverItsAccentsCaseAndHyphens() {
        Commune maringues = only(gazetteer.communesNamed("MARINGUES"));
        assertEquals("63210", maringues.insee());
        assertEquals(List.of("63350"), maringues.postalCodes());
        assertEquals("Puy-de-Dôme", gazetteer.departementOf(maringues).name());
        assertEquals("CC Plaine Limagne", gazetteer.epciOf(maringues).orElseThrow().name());
        assertEquals("Domérat", only(gazetteer.communesNamed("domerat")).name());
        assertEquals("Saint-Pourçain-sur-Sioule", only(gazetteer.communesNamed("st pourcain sur sioule")).name());
        assertEquals("Sainte-Maxime", only(gazetteer.communesNamed("Ste-Maxime")).name());
    }

    @Test
    void findsACommuneOfSeveralWordsWrittenWithoutItsArticle() {
        assertEquals("Le Pont-de-Claix", only(gazetteer.communesNamed("pont de claix")).name());
        assertTrue(gazetteer.communesNamed("port").stream().noneMatch(c -> c.name().equals("Le Port")));
    }

    @Test
    void acceptsOneTypoInLongNamesOnly() {
        assertEquals("Montluçon", only(gazetteer.communesNamedFuzzy("montlucn")).name());
        // One typo away from two communes: both are returned, for the caller to ask which.
        assertEquals(Set.of("Maringues", "Martigues"), gazetteer.communesNamedFuzzy("marnigues").stream()
                .map(Commune::name).collect(Collectors.toSet()));
        assertTrue(gazetteer.communesNamedFuzzy("riam").isEmpty(), "four letters are too few for a typo");
    }

    @Test
    void findsWithATypoEveryCommuneABruteForceScanFinds() {
        // The fuzzy lookup only compares names that begin or end as the typed one: check it misses none.
        List<Commune> all = gazetteer.communes();
        for (int i = 0; i < all.size(); i += 997) {
            String key = PlaceNames.key(all.get(i).name());
            if (key.length() < 6) {
                continue;
            }
            int at = key.length() / 2;
            for (String typo : List.of(key.substring(0, at) + key.substring(at + 1),
                    key.substring(0, at) + "x" + key.substring(at),
                    key.substring(0, at) + "q" + key.substring(at + 1),
                    key.substring(0, at) + key.charAt(at + 1) + key.charAt(at) + key.substring(at + 2))) {
                List<Commune> exact = all.stream().filter(c -> PlaceNames.key(c.name()).equals(typo)).toList();
                Set<String> expected = (exact.isEmpty() ? all.stream()
                        .filter(c -> Typo.oneEditApart(typo, PlaceNames.key(c.name()))).toList() : exact)
                        .stream().map(Commune::insee).collect(Collectors.toSet());
                Set<String> found = gazetteer.communesNamedFuzzy(typo).stream().map(Commune::insee)
                        .collect(Collectors.toSet());
                assertEquals(expected, found, typo);
            }
        }
    }

    @Test
    void findsACommuneByItsInseeCodeAndTheMembersOfAnEpci() {
        Commune maringues = gazetteer.commune("63210").orElseThrow();
        assertEquals("Maringues", maringues.name());
        assertTrue(gazetteer.commune("2A004").isPresent(), "Corsican codes have a letter");
        assertTrue(gazetteer.commune("00000").isEmpty());
        List<Commune> members = gazetteer.members(gazetteer.epciOf(maringues).orElseThrow());
        assertTrue(members.contains(maringues), members.toString());
        assertEquals(members.stream().map(Commune::insee).sorted().toList(),
                members.stream().map(Commune::insee).toList(), "in INSEE code order");
    }

    @Test
    void returnsEveryCommuneOfASharedName() {
        List<Commune> saintPaul = gazetteer.communesNamed("Saint-Paul");
        assertTrue(saintPaul.size() > 5, saintPaul.toString());
        Set<String> departements = saintPaul.stream().map(Commune::departementCode).collect(Collectors.toSet());
        assertTrue(departements.contains("974"), departements.toString());
    }

    @Test
    void findsCommunesByPostalCode() {
        assertTrue(gazetteer.communesWithPostalCode("63350").stream().anyMatch(c -> c.name().equals("Maringues")));
        assertTrue(gazetteer.communesWithPostalCode("99999").isEmpty());
    }

    @Test
    void findsDepartementsRegionsAndEpcisByName() {
        assertEquals("63", gazetteer.departementNamed("puy de dome").orElseThrow().code());
        assertEquals("03", gazetteer.departementNamed("Alier").orElseThrow().code());
        assertEquals("84", gazetteer.regionNamed("auvergne rhone alpes").orElseThrow().code());
        Epci plaineLimagne = only(gazetteer.epcisNamed("plaine limagne"));
        assertEquals("200071199", plaineLimagne.siren());
        assertEquals(25, gazetteer.members(plaineLimagne).size());
        assertEquals("Montluçon Communauté", only(gazetteer.epcisNamed("CA Montluçon Communauté")).shortName());
    }

    @Test
    void findsTheCommuneAFormerCommuneJoined() {
        // Annecy-le-Vieux has been a commune déléguée of Annecy since 2017.
        assertEquals("Annecy", only(gazetteer.communesNamed("Annecy-le-Vieux")).name());
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
