package fr.clsbot.knowledge;

import java.util.List;

/**
 * The territory a contract covers.
 *
 * @param aliases the names users type for it ("Montluçon", "l'agglo de Montluçon"…)
 */
public record Territory(String name, String collectivity, String kind, String departement, String region,
                        List<String> aliases) {
    public Territory {
        aliases = Contract.orEmpty(aliases);
    }
}
