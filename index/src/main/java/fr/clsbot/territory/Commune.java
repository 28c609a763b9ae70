package fr.clsbot.territory;

import java.util.List;

/**
 * A commune as it is today.
 *
 * @param insee          its INSEE code, e.g. {@code 63210}
 * @param departementCode its département's code, e.g. {@code 63}
 * @param epciSiren      the SIREN of its EPCI, or null for the few communes in none
 * @param population     its municipal population (INSEE)
 * @param postalCodes    its postal codes
 */
public record Commune(String insee, String name, String departementCode, String epciSiren, int population,
                      List<String> postalCodes) {
    public Commune {
        postalCodes = List.copyOf(postalCodes);
    }
}
