package fr.clsbot.knowledge;

/** The years a contract runs, both included. */
public record Period(Integer start, Integer end, String quote, String source) implements Sourced {
    /** "2025-2029". */
    public String label() {
        return start + "-" + end;
    }
}
