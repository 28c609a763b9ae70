package fr.clsbot.text;

/**
 * Whether a word typed is one slip away from another: the spelling check of place names ("montlucn") and of question
 * words ("conbien") alike, each comparing keys it folded itself.
 */
public final class Typo {
    private Typo() {
    }

    /** True when {@code a} and {@code b} differ by at most one insertion, deletion, substitution or swap. */
    public static boolean oneEditApart(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int start = 0;
        while (start < la && start < lb && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (start == la && start == lb) {
            return true;
        }
        if (la == lb) {
            if (sameFrom(a, start + 1, b, start + 1)) {
                return true;
            }
            return start + 1 < la && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                    && sameFrom(a, start + 2, b, start + 2);
        }
        return la > lb ? sameFrom(a, start + 1, b, start) : sameFrom(b, start + 1, a, start);
    }

    /** True when {@code a} from {@code i} and {@code b} from {@code j} are the same characters to their ends. */
    private static boolean sameFrom(CharSequence a, int i, CharSequence b, int j) {
        if (a.length() - i != b.length() - j) {
            return false;
        }
        for (; i < a.length(); i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
