package fr.clsbot.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a text holds any of many phrases, as {@code text.contains(phrase)} for each would say, but reading the text
 * once: the phrases are filed by their first two characters, and only those starting where the text does are
 * compared. The recognisers ask this of every sentence and every question, for hundreds of phrases. Immutable.
 */
public final class PhraseSet {
    private static final int ASCII = 128;
    /** The phrases whose first two characters are ASCII, at {@link #asciiKey}: looked up with no boxing. */
    private final List<String>[] byAsciiStart = newLists();
    private final Map<Integer, List<String>> byStart = new HashMap<>();
    private final List<String> oneCharacter = new ArrayList<>();

    public PhraseSet(Collection<String> phrases) {
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            if (phrase.length() == 1) {
                oneCharacter.add(phrase);
            } else if (phrase.charAt(0) < ASCII && phrase.charAt(1) < ASCII) {
                int key = asciiKey(phrase.charAt(0), phrase.charAt(1));
                if (byAsciiStart[key] == null) {
                    byAsciiStart[key] = new ArrayList<>();
                }
                byAsciiStart[key].add(phrase);
            } else {
                byStart.computeIfAbsent(key(phrase.charAt(0), phrase.charAt(1)), k -> new ArrayList<>()).add(phrase);
            }
        }
    }

    /** True when {@code text} holds one of the phrases anywhere. */
    public boolean foundIn(String text) {
        for (String phrase : oneCharacter) {
            if (text.indexOf(phrase.charAt(0)) >= 0) {
                return true;
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            List<String> starting = first < ASCII && second < ASCII ? byAsciiStart[asciiKey(first, second)]
                    : byStart.isEmpty() ? null : byStart.get(key(first, second));
            if (starting == null) {
                continue;
            }
            for (String phrase : starting) {
                if (text.startsWith(phrase, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newLists() {
        return new List[ASCII * ASCII];
    }

    private static int asciiKey(char first, char second) {
        return first * ASCII + second;
    }

    private static int key(char first, char second) {
        return first << 16 | second;
    }
}
