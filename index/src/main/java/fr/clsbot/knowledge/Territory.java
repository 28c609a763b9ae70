package fr.clsbot.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The territory a contract covers.
 *
 * @param aliases  the names users type for it ("Montluçon", "l'agglo de Montluçon"…)
 * @param epci     the SIREN of the EPCI it covers, when it covers one ({@code 200071199}), else null
 * @param communes the INSEE codes of the communes it covers, when it is not one EPCI (a city, a pays…)
 */
public record Territory(String name, String collectivity, String kind, String departement, String region,
                        List<String> aliases, String epci, List<String> communes) {
    public Territory {
        aliases = Contract.orEmpty(aliases);
        communes = Contract.orEmpty(communes);
    }

    /** The same territory known by {@code otherAliases} instead of its aliases. */
    public Territory withAliases(List<String> otherAliases) {
        return new Territory(name, collectivity, kind, departement, region, otherAliases, epci, communes);
    }

    /** The same territory known by {@code names} too, those it is not already known by added after its aliases. */
    public Territory alsoKnownAs(Collection<String> names) {
        List<String> all = new ArrayList<>(aliases);
        names.stream().filter(name -> !all.contains(name)).forEach(all::add);
        return withAliases(all);
    }

    /** A territory with no gazetteer codes (they are then looked up by name). */
    public Territory(String name, String collectivity, String kind, String departement, String region,
                     List<String> aliases) {
        this(name, collectivity, kind, departement, region, aliases, null, List.of());
    }
}
