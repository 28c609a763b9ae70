package fr.clsbot.territory;

import fr.clsbot.text.Folding;

/**
 * The key a place name is looked up by: folded (no accents, lower case), words separated by single spaces whatever
 * separated them (hyphens, apostrophes), "st"/"ste" written out. "Saint-Pourçain-sur-Sioule", "st pourcain sur
 * sioule" and "ST POURÇAIN SUR SIOULE" share one key.
 */
final class PlaceNames {
    private PlaceNames() {
    }

    static String key(String name) {
        String folded = Folding.fold(name);
        StringBuilder key = new StringBuilder(folded.length() + 8);
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String word = folded.substring(start, i);
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(switch (word) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                default -> word;
            });
        }
        return key.toString();
    }

    /** True when {@code a} and {@code b} differ by at most one insertion, deletion, substitution or swap. */
    static boolean oneEditApart(CharSequence a, CharSequence b) {
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
