package fr.clsbot.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One small page made of headings, paragraphs, lists and tables, saved as HTML, as a DOCX written by hand (the
 * zip and its WordprocessingML parts, as Word lays them out) and as a PDF drawn with PDFBox.
 */
final class PageFiles {
    enum Kind { HEADING, PARAGRAPH, BULLETS, NUMBERED, TABLE }

    /** One block of the page; a table's rows are its texts, cells separated by {@code |}. */
    record Block(Kind kind, List<String> texts) {
        static Block heading(String text) {
            return new Block(Kind.HEADING, List.of(text));
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, List.of(text));
        }

        static Block bullets(String... items) {
            return new Block(Kind.BULLETS, List.of(items));
        }

        static Block numbered(String... items) {
            return new Block(Kind.NUMBERED, List.of(items));
        }

        static Block table(String... rows) {
            return new Block(Kind.TABLE, List.of(rows));
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private PageFiles() {
    }

    static Path html(Path file, List<Block> page) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Page</title><style>p { margin: 0 }</style></head>\n<body><nav><ul><li><a href=\"/\">"
                + "Accueil</a></li></ul></nav>\n");
        for (Block block : page) {
            switch (block.kind()) {
                case HEADING -> html.append("<h2>").append(escape(block.texts().get(0))).append("</h2>\n");
                case PARAGRAPH -> html.append("<p>").append(escape(block.texts().get(0))).append("</p>\n");
                case BULLETS, NUMBERED -> {
                    String tag = block.kind() == Kind.BULLETS ? "ul" : "ol";
                    html.append('<').append(tag).append(">\n");
                    block.texts().forEach(t -> html.append("  <li>").append(escape(t)).append("</li>\n"));
                    html.append("</").append(tag).append(">\n");
                }
                case TABLE -> {
                    html.append("<table>\n");
                    for (String row : block.texts()) {
                        html.append("<tr>");
                        for (String cell : row.split("\\|")) {
                            html.append("<td><p>").append(escape(cell.strip())).append("</p></td>");
                        }
                        html.append("</tr>\n");
                    }
                    html.append("</table>\n");
                }
            }
        }
        return Files.writeString(file, html.append("</body></html>\n").toString());
    }

    static Path docx(Path file, List<Block> page) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Block block : page) {
            switch (block.kind()) {
                case HEADING -> body.append(paragraph("<w:pStyle w:val=\"Titre2\"/>", block.texts().get(0)));
                case PARAGRAPH -> body.append(paragraph("", block.texts().get(0)));
                case BULLETS, NUMBERED -> {
                    String numId = block.kind() == Kind.BULLETS ? "1" : "2";
                    block.texts().forEach(t -> body.append(paragraph("<w:pStyle w:val=\"Paragraphedeliste\"/>"
                            + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", t)));
                }
                case TABLE -> {
                    body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
                    for (String row : block.texts()) {
                        body.append("<w:tr>");
                        for (String cell : row.split("\\|")) {
                            body.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>")
                                    .append(paragraph("", cell.strip())).append("</w:tc>");
                        }
                        body.append("</w:tr>");
                    }
                    body.append("</w:tbl>");
                }
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                + W + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Titre2\"><w:name w:val=\"heading 2\"/>"
                + "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Paragraphedeliste\"><w:name w:val=\"List Paragraph\"/>"
                + "<w:pPr><w:ind w:left=\"720\"/></w:pPr></w:style></w:styles>";
        String numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W + "\">"
                + "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"11\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"11\"/></w:num></w:numbering>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType="
                    + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd"
                    + ".openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", document);
            put(zip, "word/styles.xml", styles);
            put(zip, "word/numbering.xml", numbering);
        }
        return file;
    }

    /** A PDF has no markup: headings are short lines, list items start with "- " or "1. ", as printed. */
    static Path pdf(Path file, List<Block> page) throws IOException {
        List<List<String>> paragraphs = new ArrayList<>();
        for (Block block : page) {
            switch (block.kind()) {
                case HEADING, PARAGRAPH -> paragraphs.add(wrap(block.texts().get(0), 95));
                case BULLETS -> block.texts().forEach(t -> paragraphs.add(wrap("- " + t, 95)));
                case NUMBERED -> {
                    for (int i = 0; i < block.texts().size(); i++) {
                        paragraphs.add(wrap((i + 1) + ". " + block.texts().get(i), 95));
                    }
                }
                case TABLE -> throw new IllegalArgumentException("a PDF page of these tests has no table");
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDPage pdfPage = new PDPage();
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(13);
                content.newLineAtOffset(40, 750);
                for (List<String> lines : paragraphs) {
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static String paragraph(String properties, String text) {
        String runs = "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
        return "<w:p>" + (properties.isEmpty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + runs + "</w:p>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Writes raw bytes as a zip entry, for archives the tests make hostile on purpose. */
    static void putBytes(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
