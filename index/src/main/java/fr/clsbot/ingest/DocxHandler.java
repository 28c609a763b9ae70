package fr.clsbot.ingest;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders {@code word/document.xml} as {@link LightMarkup}: a paragraph with a heading style (or an outline level)
 * becomes a heading, one with a numbering a list item, a table its rows; a nested table or a text box stays in
 * the cell or paragraph that holds it. Only visible text counts: deleted text and field codes are left out.
 */
final class DocxHandler extends DefaultHandler {
    private final DocxStyles styles;
    private final LightMarkup markup;
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private int paragraphDepth;
    private int tableDepth;
    private int runDepth;
    private boolean inText;
    private String style;
    private String numId;
    private int listLevel;
    private int outline = -1;
    private List<String> row;

    DocxHandler(DocxStyles styles, LightMarkup markup) {
        this.styles = styles;
        this.markup = markup;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "p" -> {
                if (paragraphDepth++ == 0) {
                    paragraph.setLength(0);
                    style = null;
                    numId = null;
                    listLevel = 0;
                    outline = -1;
                } else {
                    paragraph.append(' ');
                }
            }
            case "pStyle" -> {
                if (paragraphDepth == 1) {
                    style = DocxStyles.value(attributes, "val");
                }
            }
            case "numId" -> {
                if (paragraphDepth == 1) {
                    numId = DocxStyles.value(attributes, "val");
                }
            }
            case "ilvl" -> {
                if (paragraphDepth == 1) {
                    listLevel = DocxStyles.number(DocxStyles.value(attributes, "val"), 0);
                }
            }
            case "outlineLvl" -> {
                if (paragraphDepth == 1) {
                    outline = DocxStyles.number(DocxStyles.value(attributes, "val"), -1);
                }
            }
            case "r" -> runDepth++;
            case "t" -> inText = runDepth > 0;
            case "tab" -> {
                if (runDepth > 0) {
                    paragraph.append(' ');
                }
            }
            case "br", "cr" -> {
                if (runDepth > 0) {
                    paragraph.append(LightMarkup.LINE_BREAK);
                }
            }
            case "tbl" -> tableDepth++;
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "tc" -> {
                if (tableDepth == 1) {
                    cell.setLength(0);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "p" -> {
                if (--paragraphDepth == 0) {
                    endParagraph();
                }
            }
            case "r" -> runDepth--;
            case "t" -> inText = false;
            case "tc" -> {
                if (tableDepth == 1 && row != null) {
                    row.add(cell.toString());
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    markup.row(row);
                    row = null;
                }
            }
            case "tbl" -> tableDepth--;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            paragraph.append(ch, start, length);
            LightMarkup.checkLength(paragraph);
        }
    }

    private void endParagraph() {
        String text = paragraph.toString();
        if (tableDepth > 0) {
            cell.append(' ').append(text);
            LightMarkup.checkLength(cell);
            return;
        }
        if (text.isBlank()) {
            return;
        }
        int heading = styles.headingLevel(style);
        if (heading == 0 && outline >= 0 && outline < 9) {
            heading = outline + 1;
        }
        DocxStyles.ListRef list = numId != null ? new DocxStyles.ListRef(numId, listLevel) : styles.styleList(style);
        if (heading > 0) {
            markup.heading(heading, text);
        } else if (list != null && !list.numId().equals("0")) {
            markup.item(list.level() + 1, styles.nextNumber(list), text);
        } else {
            markup.paragraph(text);
        }
    }
}
