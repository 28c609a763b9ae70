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
}
