package fr.clsbot.territory;

/**
 * An intercommunalité à fiscalité propre (EPCI).
 *
 * @param siren      its SIREN number, e.g. {@code 200071199}
 * @param name       its name as Etalab writes it, e.g. "CC Plaine Limagne"
 * @param type       CC, CA, CU, METRO or MET69
 * @param population its municipal population (INSEE)
 */
public record Epci(String siren, String name, String type, int population) {
    /** The name without its type prefix: "CC Plaine Limagne" → "Plaine Limagne", "CU d'Arras" → "Arras". */
    public String shortName() {
        return name.replaceFirst("^(CC|CA|CU) ", "").replaceFirst("^(de la |de l'|du |des |de |d')", "");
    }
}
