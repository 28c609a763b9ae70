package fr.clsbot.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders Tika's XHTML events (HTML and PDF) as {@link LightMarkup}: headings, list items with their number,
 * table rows and paragraphs. Text inside a list item or a table cell stays in that item or cell whatever blocks
 * it holds; the page's head, scripts and styles are skipped.
 */
final class MarkupHandler extends DefaultHandler {
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript", "template",
            "svg", "select", "option", "button", "nav");

    /** Tika's safe HTML elements, plus line breaks and the page's navigation (skipped rather than read as text). */
    static final HtmlMapper HTML_ELEMENTS = new DefaultHtmlMapper() {
        @Override
        public String mapSafeElement(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return lower.equals("nav") || lower.equals("br") ? lower : super.mapSafeElement(name);
        }
    };
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "pre", "dt", "dd", "dl", "section",
            "article", "header", "footer", "address", "figure", "figcaption", "caption", "main", "nav", "aside",
            "hr", "form", "fieldset", "legend", "center");

    /** An open list: ordered or not, and the number of its next item. */
    private static final class OpenList {
        final boolean ordered;
        int next;

        OpenList(boolean ordered, int start) {
            this.ordered = ordered;
            this.next = start;
        }
    }

    private final LightMarkup markup;
    private final StringBuilder text = new StringBuilder();
    private final Deque<OpenList> lists = new ArrayDeque<>();
    private int skipped;
    private int heading;
    private int itemDepth;
    private int itemNumber;
    private int openItems;
    private List<String> row;
    private boolean inCell;

    MarkupHandler(LightMarkup markup) {
        this.markup = markup;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (skipped > 0 || SKIPPED.contains(name)) {
            skipped++;
            return;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            flush();
            heading = name.charAt(1) - '0';
        } else if (name.equals("ul") || name.equals("ol")) {
            flush();
            lists.push(new OpenList(name.equals("ol"), start(attributes)));
        } else if (name.equals("li")) {
            flush();
            OpenList list = lists.peek();
            openItems++;
            itemDepth = Math.max(1, lists.size());
            itemNumber = list != null && list.ordered ? list.next++ : 0;
        } else if (name.equals("table")) {
            flush();
        } else if (name.equals("tr")) {
            flush();
            row = new ArrayList<>();
        } else if (name.equals("td") || name.equals("th")) {
            if (row == null) {
                flush();
                row = new ArrayList<>();
            }
            text.setLength(0);
            inCell = true;
        } else if (name.equals("br")) {
            text.append(LightMarkup.LINE_BREAK);
        } else if (BLOCKS.contains(name)) {
            boundary();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipped > 0) {
            skipped--;
            return;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            flush();
            heading = 0;
        } else if (name.equals("li")) {
            flush();
            openItems = Math.max(0, openItems - 1);
        } else if (name.equals("ul") || name.equals("ol")) {
            flush();
            lists.poll();
        } else if (name.equals("td") || name.equals("th")) {
            if (row != null) {
                row.add(text.toString());
            }
            text.setLength(0);
            inCell = false;
        } else if (name.equals("tr")) {
            if (row != null) {
                markup.row(row);
            }
            row = null;
        } else if (name.equals("body")) {
            flush();
        } else if (BLOCKS.contains(name)) {
            boundary();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped == 0) {
            text.append(ch, start, length);
            LightMarkup.checkLength(text);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
    }

    /** A block inside an item or a cell only separates words; elsewhere it ends a paragraph. */
    private void boundary() {
        if (inCell || (openItems > 0 && heading == 0)) {
            text.append(' ');
        } else {
            flush();
        }
    }

    /** Writes the text gathered so far as what the context makes it: heading, list item or paragraph. */
    private void flush() {
        if (inCell) {
            return;
        }
        String gathered = text.toString();
        text.setLength(0);
        if (gathered.isBlank()) {
            return;
        }
        if (heading > 0) {
            markup.heading(heading, gathered);
            heading = 0;
        } else if (openItems > 0) {
            markup.item(itemDepth, itemNumber, gathered);
        } else {
            markup.paragraph(gathered);
        }
    }

    private static int start(Attributes attributes) {
        String start = attributes.getValue("start");
        try {
            return start == null ? 1 : Integer.parseInt(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
