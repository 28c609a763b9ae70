package fr.clsbot.territory;

import java.util.List;

/**
 * The communes a contract covers: an EPCI's members, or a group of communes (a city, a pays of several EPCI).
 *
 * @param label      how the bot names it ("CC Plaine Limagne", "Les Mureaux")
 * @param epci       the EPCI when the group is exactly one, else null
 * @param communes   its communes
 * @param confidence how sure the link is, in [0, 1]: 1 for codes written in the knowledge base or an exact name
 */
public record TerritoryGroup(String label, Epci epci, List<Commune> communes, double confidence) {
    public TerritoryGroup {
        communes = List.copyOf(communes);
    }

    /** Its municipal population: the EPCI's own figure, else the sum of its communes'. */
    public int population() {
        return epci != null ? epci.population() : communes.stream().mapToInt(Commune::population).sum();
    }

    /** True when {@code commune} is one of its communes. */
    public boolean covers(Commune commune) {
        return communes.contains(commune);
    }

    TerritoryGroup withConfidence(double newConfidence) {
        return new TerritoryGroup(label, epci, communes, newConfidence);
    }
}
