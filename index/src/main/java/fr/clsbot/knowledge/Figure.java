package fr.clsbot.knowledge;

/**
 * A key figure as printed ("15 816€", "21 communes", "50 %"), with what it measures.
 *
 * @param kind  funding, count, duration or share
 * @param payer who pays, for funding
 * @param when  year or duration it applies to, as printed
 */
public record Figure(String value, String kind, String about, String payer, String when, String quote, String source)
        implements Sourced {
    public static final java.util.Set<String> KINDS = java.util.Set.of("funding", "count", "duration", "share");
}
