package fr.clsbot.territory;

/**
 * A French département, e.g. {@code 63 Puy-de-Dôme} in région {@code 84}.
 */
public record Departement(String code, String name, String regionCode) {
    /** "Puy-de-Dôme (63)", as the bot writes it. */
    public String label() {
        return name + " (" + code + ")";
    }
}
