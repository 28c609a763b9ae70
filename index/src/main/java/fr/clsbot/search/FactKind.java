package fr.clsbot.search;

import java.util.Locale;

/** What a fact of the index is; intents name the kinds that answer them. */
public enum FactKind {
    TERRITORY, PERIOD, SIGNING, AXIS, ACTION, FUNDING, COUNT, DURATION, MILESTONE, SIGNATORY, PARTNER, GOVERNANCE,
    CONSULTATION, CONTACT, PASSAGE;

    /** Reads a kind as written in data files ("funding"). */
    public static FactKind parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
