package fr.clsbot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A press release about an invented territory, written for the tests in the usual style of French local
 * authorities, and saved as text, HTML, PDF or DOCX.
 */
final class PressRelease {
    static final List<String> PARAGRAPHS = List.of(
            "COMMUNIQUÉ DE PRESSE",
            "Le Contrat Local de Santé 2026-2030 de la communauté de communes des Combes d'Auzon est signé",
            "Le Contrat Local de Santé (CLS) de la communauté de communes des Combes d'Auzon a été signé le 14 octobre "
                    + "2026 par la communauté de communes des Combes d'Auzon, le Préfet de la Haute-Loire, l'ARS "
                    + "Auvergne-Rhône-Alpes et la CPAM de la Haute-Loire.",
            "Le diagnostic, mené auprès de 320 habitants par questionnaire, a fait ressortir quatre priorités :",
            "- Attirer des médecins généralistes : aides à l'installation et accueil d'internes.",
            "- Prévenir la perte d'autonomie : ateliers mémoire et prévention des chutes.",
            "- Accompagner la santé des jeunes : point écoute jeunes au collège.",
            "- Agir sur l'environnement : qualité de l'eau et lutte contre l'habitat indigne.",
            "L'ARS Auvergne-Rhône-Alpes finance le poste de coordinatrice à hauteur de 22 500 € par an. La "
                    + "communauté de communes consacre 40 000 euros à l'ouverture d'une maison de santé en 2027.",
            "Un comité de pilotage se réunira deux fois par an pour suivre les actions.",
            "Contact presse :",
            "Communauté de communes des Combes d'Auzon",
            "Service communication",
            "04 71 22 33 44",
            "presse@combes-auzon.fr");

    private PressRelease() {
    }

    static String text() {
        StringBuilder text = new StringBuilder();
        for (String paragraph : PARAGRAPHS) {
            boolean contactLine = PARAGRAPHS.indexOf(paragraph) > PARAGRAPHS.indexOf("Contact presse :");
            boolean bullet = paragraph.startsWith("- ");
            text.append(paragraph).append(contactLine || bullet ? "\n" : "\n\n");
        }
        return text.toString();
    }

    static Path writeText(Path file) throws IOException {
        return Files.writeString(file, text());
    }

    static Path writeHtml(Path file) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>CLS</title></head><body>");
        for (String paragraph : PARAGRAPHS) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return Files.writeString(file, html.append("</body></html>").toString());
    }

    /** The paragraphs as a Word user types them: one paragraph each, the dashes typed by hand. */
    static Path writeDocx(Path file) throws IOException {
        return PageFiles.docx(file, PARAGRAPHS.stream().map(PageFiles.Block::paragraph).toList());
    }

    static Path writePdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 9);
                content.setLeading(12);
                content.newLineAtOffset(30, 760);
                for (String paragraph : PARAGRAPHS) {
                    for (String line : wrap(paragraph, 110)) {
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

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
