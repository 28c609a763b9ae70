package fr.clsbot.territory;

import java.text.Normalizer;

/**
 * The key a place name is looked up by: folded (no accents, lower case), words separated by single spaces whatever
 * separated them (hyphens, apostrophes), "st"/"ste" written out. "Saint-Pourçain-sur-Sioule", "st pourcain sur
 * sioule" and "ST POURÇAIN SUR SIOULE" share one key.
 */
final class PlaceNames {
    private PlaceNames() {
    }

    /** Folded forms of the characters past ASCII, worked out once: Lucene's folding is too slow to load 40 000 names. */
    private static final String[] FOLDED = new String[0x250];

    static {
        for (char c = 0x80; c < FOLDED.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            FOLDED[c] = switch (c) {
                case 'œ', 'Œ' -> "oe";
                case 'æ', 'Æ' -> "ae";
                case 'ß' -> "ss";
                default -> decomposed.toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    /** Lower case, accents and ligatures removed; characters past Latin Extended-B are kept as they are. */
    static String fold(String name) {
        StringBuilder folded = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c < FOLDED.length) {
                folded.append(FOLDED[c]);
            } else {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    static String key(String name) {
        String folded = fold(name);
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
    static boolean oneEditApart(String a, String b) {
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
            if (a.regionMatches(start + 1, b, start + 1, la - start - 1)) {
                return true;
            }
            return start + 1 < la && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                    && a.regionMatches(start + 2, b, start + 2, la - start - 2);
        }
        return la > lb ? a.regionMatches(start + 1, b, start, lb - start)
                : b.regionMatches(start + 1, a, start, la - start);
    }
}
