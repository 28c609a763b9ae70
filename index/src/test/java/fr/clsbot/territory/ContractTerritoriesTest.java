package fr.clsbot.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.clsbot.Fixtures;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTerritoriesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @Test
    void linksTheShippedContractsToTheirEpciFromTheirCodes() {
        KnowledgeBase base = Fixtures.load(Fixtures.SHIPPED);
        ContractTerritories territories = new ContractTerritories(base, GAZETTEER);
        Contract plaineLimagne = base.contractsById().get("plaine-limagne");
        Contract montlucon = base.contractsById().get("montlucon");
        assertEquals("200071199", territories.of(plaineLimagne).orElseThrow().epci().siren());
        Commune maringues = GAZETTEER.communesNamed("Maringues").get(0);
        Commune domerat = GAZETTEER.communesNamed("Domérat").get(0);
        Commune riom = GAZETTEER.communesNamed("Riom").get(0);
        assertEquals(List.of(plaineLimagne), territories.covering(maringues));
        assertEquals(List.of(montlucon), territories.covering(domerat));
        assertTrue(territories.covering(riom).isEmpty());
        assertEquals(List.of(plaineLimagne), territories.inDepartement("63"));
        assertEquals(2, territories.inRegion("84").size());
        assertTrue(territories.warnings(Fixtures.SHIPPED).isEmpty());
    }

    @Test
    void linksByNameWhenTheCodesAreAbsent(@TempDir Path dir) throws Exception {
        Path copy = Fixtures.copy(Fixtures.SHIPPED, dir.resolve("kb"));
        for (String file : List.of("plaine-limagne.yaml", "montlucon.yaml")) {
            Path yaml = copy.resolve(file);
            Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^  epci: .*\\n", ""));
        }
        KnowledgeBase base = Fixtures.load(copy);
        ContractTerritories territories = new ContractTerritories(base, GAZETTEER);
        assertEquals("200071082", territories.of(base.contractsById().get("montlucon")).orElseThrow().epci().siren());
        assertEquals("200071199", territories.of(base.contractsById().get("plaine-limagne")).orElseThrow().epci()
                .siren());
    }

    @Test
    void warnsWithFileLineAndFieldWhenAContractCannotBeLinked(@TempDir Path dir) throws Exception {
        Path copy = Fixtures.copy(Fixtures.SHIPPED, dir.resolve("kb"));
        Path yaml = copy.resolve("montlucon.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("epci: \"200071082\"", "epci: \"123456789\""));
        KnowledgeBase base = Fixtures.load(copy);
        List<Problem> warnings = new ContractTerritories(base, GAZETTEER).warnings(copy);
        assertEquals(1, warnings.size(), warnings.toString());
        Problem warning = warnings.get(0);
        assertEquals("montlucon.yaml", warning.file());
        assertEquals("territory.epci", warning.field());
        List<String> lines = Files.readAllLines(yaml);
        assertTrue(lines.get(warning.line() - 1).contains("123456789"), warning.toString());
        assertTrue(new ContractTerritories(Fixtures.load(Fixtures.SMALL), GAZETTEER).warnings(Fixtures.SMALL).get(0)
                .message().contains("ne désigne sûrement aucun EPCI"));
    }
}
