package fr.clsbot.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a DOCX's styles and numbering parts say about its paragraphs: which styles are headings (of which level),
 * which carry a list, and whether a list is numbered or bulleted.
 */
final class DocxStyles {
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|titre)\\s*([1-9])");

    /** A list reference: numbering instance and level. */
    record ListRef(String numId, int level) {
    }

    private final Map<String, Integer> headingLevels = new HashMap<>();
    private final Map<String, ListRef> styleLists = new HashMap<>();
    private final Map<String, String> abstractOfNum = new HashMap<>();
    private final Map<String, Boolean> orderedLevels = new HashMap<>();
    private final Map<String, Integer> startLevels = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    /** The heading level of a paragraph style, 0 when it is not a heading. */
    int headingLevel(String styleId) {
        return styleId == null ? 0 : headingLevels.getOrDefault(styleId, 0);
    }

    /** The list a paragraph style carries, or null. */
    ListRef styleList(String styleId) {
        return styleId == null ? null : styleLists.get(styleId);
    }

    /** The number of the next item of this list level (counting from its start), or 0 for a bulleted level. */
    int nextNumber(ListRef list) {
        String abstractId = abstractOfNum.getOrDefault(list.numId(), list.numId());
        String key = abstractId + "/" + list.level();
        if (!orderedLevels.getOrDefault(key, false)) {
            return 0;
        }
        int[] levels = counters.computeIfAbsent(list.numId(), k -> new int[9]);
        int level = Math.max(0, Math.min(8, list.level()));
        if (levels[level] == 0) {
            levels[level] = startLevels.getOrDefault(key, 1) - 1;
        }
        levels[level]++;
        for (int deeper = level + 1; deeper < levels.length; deeper++) {
            levels[deeper] = 0;
        }
        return levels[level];
    }

    DefaultHandler stylesHandler() {
        return new DefaultHandler() {
            private String styleId;
            private String numId;
            private int level;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "style" -> {
                        styleId = "paragraph".equals(value(attributes, "type")) ? value(attributes, "styleId") : null;
                        numId = null;
                        level = 0;
                    }
                    case "name" -> {
                        if (styleId != null) {
                            String name = String.valueOf(value(attributes, "val")).toLowerCase(Locale.ROOT);
                            Matcher heading = HEADING_NAME.matcher(name);
                            if (heading.matches()) {
                                headingLevels.put(styleId, Integer.parseInt(heading.group(1)));
                            } else if (name.equals("title") || name.equals("titre")) {
                                headingLevels.put(styleId, 1);
                            }
                        }
                    }
                    case "outlineLvl" -> {
                        int outline = number(value(attributes, "val"), 9);
                        if (styleId != null && outline < 9) {
                            headingLevels.putIfAbsent(styleId, outline + 1);
                        }
                    }
                    case "numId" -> numId = value(attributes, "val");
                    case "ilvl" -> level = number(value(attributes, "val"), 0);
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("style")) {
                    if (styleId != null && numId != null && !numId.equals("0")) {
                        styleLists.put(styleId, new ListRef(numId, level));
                    }
                    styleId = null;
                }
            }
        };
    }

    DefaultHandler numberingHandler() {
        return new DefaultHandler() {
            private String abstractId;
            private String level;
            private String numId;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "abstractNum" -> abstractId = value(attributes, "abstractNumId");
                    case "lvl" -> level = abstractId == null ? null : abstractId + "/" + value(attributes, "ilvl");
                    case "numFmt" -> {
                        if (level != null) {
                            String format = value(attributes, "val");
                            orderedLevels.put(level, format != null && !format.equals("bullet")
                                    && !format.equals("none"));
                        }
                    }
                    case "start" -> {
                        if (level != null) {
                            startLevels.put(level, number(value(attributes, "val"), 1));
                        }
                    }
                    case "num" -> numId = value(attributes, "numId");
                    case "abstractNumId" -> {
                        if (numId != null) {
                            abstractOfNum.put(numId, value(attributes, "val"));
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "abstractNum" -> abstractId = null;
                    case "lvl" -> level = null;
                    case "num" -> numId = null;
                    default -> {
                    }
                }
            }
        };
    }

    /** An attribute by its local name, whatever the namespace prefix (transitional or strict OOXML). */
    static String value(Attributes attributes, String localName) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (localName.equals(attributes.getLocalName(i))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
