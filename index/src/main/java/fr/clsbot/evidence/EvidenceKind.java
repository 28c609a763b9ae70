package fr.clsbot.evidence;

import java.util.Locale;

/**
 * What a piece of evidence is: a typed fact of a contract's YAML (its field), a sentence of a source, or a whole
 * list of a source with the sentence that introduces it.
 */
public enum EvidenceKind {
    TERRITORY, PERIOD, SIGNING, AXIS, ACTION, FUNDING, SHARE, COUNT, DURATION, MILESTONE, SIGNATORY, PARTNER, GOVERNANCE,
    CONSULTATION, CONTACT, SENTENCE, LIST;

    /** Reads a kind as written in data files ("funding"). */
    public static EvidenceKind parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** True for the fields of a contract file, false for what is read from the sources' text. */
    public boolean typed() {
        return this != SENTENCE && this != LIST;
    }
}
