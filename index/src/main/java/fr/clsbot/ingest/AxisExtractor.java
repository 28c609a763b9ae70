package fr.clsbot.ingest;

import fr.clsbot.knowledge.Axis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the axes: a bulleted or numbered list introduced by a sentence about axes, priorities, challenges or
 * objectives ("… cinq axes stratégiques prioritaires :"), or lines "Axe 1 : …". Each item gives a title and,
 * after a colon, a description.
 */
final class AxisExtractor {
    private static final Pattern INTRODUCTION = Pattern.compile("\\b(?:axes?|priorités|défis|objectifs|orientations"
            + "|enjeux|thématiques|ambitions|volets)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·▪►]|\\d{1,2}[.)])\\s+\\S");
    private static final Pattern AXIS_LINE = Pattern.compile("^\\s*(?:[-•*]\\s*)?\\**\\s*Axe\\s*(?:\\d+|[IVX]+)\\s*"
            + "[:.–-]\\s*\\S", Pattern.CASE_INSENSITIVE);

    List<Axis> extract(Document document) {
        List<String> lines = document.lines();
        List<Axis> axisLines = new ArrayList<>();
        for (String line : lines) {
            if (AXIS_LINE.matcher(line).find()) {
                axisLines.add(axis(Document.cleanLine(line).replaceFirst("(?i)^\\**\\s*Axe\\s*(?:\\d+|[IVX]+)\\s*"
                        + "[:.–-]\\s*", ""), Document.cleanLine(line)));
            }
        }
        if (axisLines.size() >= 2) {
            return axisLines;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!BULLET.matcher(lines.get(i)).find() || !introduced(lines, i)) {
                continue;
            }
            List<Axis> axes = new ArrayList<>();
            for (int j = i; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.isBlank()) {
                    continue;
                }
                if (!BULLET.matcher(line).find()) {
                    break;
                }
                String item = Document.cleanLine(line);
                axes.add(axis(item, item));
            }
            if (axes.size() >= 2) {
                return axes;
            }
        }
        return List.of();
    }

    /** True when the non-blank line before the list's first item introduces axes. */
    private static boolean introduced(List<String> lines, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            if (BULLET.matcher(line).find()) {
                return false;
            }
            String trimmed = line.strip();
            return INTRODUCTION.matcher(trimmed).find() && (trimmed.endsWith(":") || trimmed.toLowerCase(Locale.ROOT)
                    .contains("axe"));
        }
        return false;
    }

    private static Axis axis(String item, String quote) {
        String text = item.replaceAll("[,;.]+$", "").strip();
        int colon = text.indexOf(" : ");
        if (colon > 0) {
            return new Axis(text.substring(0, colon).strip(), item.substring(colon + 3).strip(), quote, null);
        }
        return new Axis(text, null, quote, null);
    }
}
