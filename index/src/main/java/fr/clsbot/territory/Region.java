package fr.clsbot.territory;

/** A French région, e.g. {@code 84 Auvergne-Rhône-Alpes}. */
public record Region(String code, String name) {
}
