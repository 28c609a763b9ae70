package fr.clsbot.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text laid out in columns side by side, as a PDF converted with its layout kept prints a signature page:
 *
 * <pre>
 * La Commune de X, représentée              L'Agence Régionale de Santé,
 *          par                                       représentée par
 *   Monsieur Jean DUPONT,                         Monsieur Paul MARTIN,
 *   Maire de X                             Directeur Général de l'Agence
 * </pre>
 *
 * read column after column, so that each column's lines follow one another. A block of lines (between blank lines)
 * is read so only when a run of spaces stands at the same place in all its lines, with words on both sides in two
 * lines or more, and the first column goes on from one line to the next (a line starting in lower case, or the one
 * above ending with a comma): a table of labels and values keeps its rows.
 */
final class ColumnLayout {
    /** How many spaces in a row may part two columns, at the least. */
    private static final int MIN_GUTTER = 3;

    private ColumnLayout() {
    }

    /** {@code text} with its blocks laid out in columns read one column after the other. */
    static String inReadingOrder(String text) {
        if (!text.contains("   ")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder read = new StringBuilder(text.length());
        List<String> block = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                appendBlock(block, read);
                block.clear();
                if (i < lines.length) {
                    read.append(lines[i]).append('\n');
                }
            } else {
                block.add(lines[i]);
            }
        }
        // The split kept the text's last line break as an empty last line, written back above.
        read.setLength(read.length() - 1);
        return read.toString();
    }

    private static void appendBlock(List<String> block, StringBuilder read) {
        List<List<String>> columns = block.size() < 2 ? List.of() : columns(block);
        if (columns.size() < 2) {
            block.forEach(line -> read.append(line).append('\n'));
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                read.append('\n');
            }
            columns.get(c).forEach(line -> read.append(line).append('\n'));
        }
    }

    /** The block's columns, each as its lines stripped; one column when the block is not laid out so. */
    private static List<List<String>> columns(List<String> block) {
        int width = block.stream().mapToInt(String::length).max().orElse(0);
        boolean[] blank = new boolean[width];
        Arrays.fill(blank, true);
        for (String line : block) {
            for (int x = 0; x < line.length(); x++) {
                if (!Character.isWhitespace(line.charAt(x))) {
                    blank[x] = false;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>();
        int x = 0;
        while (x < width) {
            if (!blank[x]) {
                x++;
                continue;
            }
            int start = x;
            while (x < width && blank[x]) {
                x++;
            }
            if (x < width && x - start >= MIN_GUTTER && start > 0 && wordsOnBothSides(block, start, x) >= 2) {
                cuts.add(start);
                cuts.add(x);
            }
        }
        if (cuts.isEmpty()) {
            return List.of();
        }
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c <= cuts.size() / 2; c++) {
            int from = c == 0 ? 0 : cuts.get(2 * c - 1);
            int to = c == cuts.size() / 2 ? Integer.MAX_VALUE : cuts.get(2 * c);
            List<String> column = new ArrayList<>();
            for (String line : block) {
                String part = line.substring(Math.min(from, line.length()), Math.min(to, line.length())).strip();
                if (!part.isEmpty()) {
                    column.add(part);
                }
            }
            columns.add(column);
        }
        return goesOn(columns.get(0)) ? columns : List.of();
    }

    private static int wordsOnBothSides(List<String> block, int gutterStart, int gutterEnd) {
        int lines = 0;
        for (String line : block) {
            if (line.length() > gutterEnd && !line.substring(0, gutterStart).isBlank()
                    && !line.substring(gutterEnd).isBlank()) {
                lines++;
            }
        }
        return lines;
    }

    /** True when a line of the column goes on from the one above: it starts in lower case, or that one ends a clause. */
    private static boolean goesOn(List<String> column) {
        for (int i = 1; i < column.size(); i++) {
            String above = column.get(i - 1);
            if (Character.isLowerCase(column.get(i).charAt(0)) || above.endsWith(",")) {
                return true;
            }
        }
        return false;
    }
}
