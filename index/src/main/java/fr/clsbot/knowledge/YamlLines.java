package fr.clsbot.knowledge;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML document stands, so that validation messages can name the line to fix.
 * Paths look like {@code contacts[1].phone}; list items are numbered from 1, as a coordinator counts them.
 * Filled by {@link YamlReader} as it reads the document, within its limits.
 */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    /** Notes that {@code path} stands on {@code line} (1-based); the first note of a path wins. */
    void put(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** Notes {@code path}'s line, replacing what was noted (a key's line is more telling than its value's). */
    void replace(String path, int line) {
        lines.put(path, line);
    }

    /** The line of {@code path}, or of its nearest enclosing field when it is absent (a missing field). */
    int lineOf(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 0;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }
}
