package fr.clsbot.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans and programmes a CLS text names beside the contract (the regional health project, a city contract, a
 * mandate), whose periods and dates are theirs, not the contract's. Patterns work on folded text.
 */
public final class OtherPlans {
    /** Plans and programmes whose periods are not the contract's: "le PRS 2023-2028", "le Contrat de ville". */
    public static final Pattern PLAN = Pattern.compile("\\bprs\\b|\\bprse\\b|projet regional|schema|\\bplan\\b"
            + "|programme|pacte|strategie|mandat|contrat de (?:ville|ruralite|relance|territoire)|\\bcpom\\b|\\bpts\\b");
    /**
     * Plans a source may list the parts of: "le projet régional de santé est constitué : …", "le Contrat de ville
     * comprend …", "la stratégie nationale …" (not "cette stratégie" nor "le plan d'actions", which may be the
     * contract's own).
     */
    public static final Pattern PLAN_WITH_PARTS = Pattern.compile("\\bprse?\\b|projet regional|\\bschemas?\\b"
            + "|\\bpacte\\b|contrat de (?:ville|ruralite|relance|territoire)|\\bcpom\\b|\\bpts\\b"
            + "|(?:plan|strategie|programme)s? (?:regional|national|departemental)");
    /** "les objectifs du précédent contrat (2014-2016)": what comes right before an earlier contract's period. */
    public static final Pattern EARLIER_CONTRACT_BEFORE = Pattern.compile("\\b(?:precedente?s?|ancien(?:ne)?s?)\\s+"
            + "(?:contrat local de sante|contrats?|cls)\\b[^.]{0,15}$");
    /** Words that make a period the contract's rather than a plan's; "CLS2" is a contract of its rank. */
    public static final Pattern CONTRACT = Pattern.compile("\\bcls(?:\\d\\b|\\b)|\\bcontrats?\\b|\\bperiode\\b");

    private OtherPlans() {
    }

    /** True when the folded text before a period or a date names another plan last, after any contract word. */
    public static boolean namedLast(String foldedBefore) {
        return namedLast(PLAN, foldedBefore);
    }

    /** True when the folded text names one of {@code plans} last, after any contract word. */
    public static boolean namedLast(Pattern plans, String folded) {
        int plan = last(plans, folded);
        return plan >= 0 && plan > last(CONTRACT, folded);
    }

    /** Where the last match of {@code pattern} starts in {@code text}, or -1. */
    public static int last(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int start = -1;
        while (matcher.find()) {
            start = matcher.start();
        }
        return start;
    }
}
