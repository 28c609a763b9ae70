package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar under {@code -Xmx256m}: a zip-bomb DOCX gets one clear refusal and the documents after it are
 * ingested; reading a PDF and an HTML page prints no warning, no stack trace and no logging notice.
 */
class ZipBombIT {
    private static final int BOMB_MEGABYTES = 400;

    @TempDir
    Path temp;

    @Test
    void aZipBombIsRefusedAndTheNextDocumentsAreIngestedQuietly() throws Exception {
        Path bomb = writeBomb(temp.resolve("bombe.docx"));
        Path page = Files.writeString(temp.resolve("page.html"), "<html><body><h1>Le Contrat Local de Santé du "
                + "Val d'Arzon est signé</h1><p>Le Contrat Local de Santé (CLS) 2025-2029 de la communauté de "
                + "communes du Val d'Arzon a été signé le 4 mars 2025.</p><ul>"
                + "<li>Accès aux soins : maison de santé.</li><li>Prévention : dépistage des cancers.</li></ul></body></html>");
        Path pdf = writePdf(temp.resolve("bilan.pdf"), "Le CLS du Val d'Arzon a été signé le 4 mars 2025.");
        Path kb = temp.resolve("kb");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of("target", "clsbot.jar").toAbsolutePath().toString(), "ingest",
                bomb.toString(), page.toString(), pdf.toString(), "--kb", kb.toString()).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                child.getErrorStream().transferTo(err);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        drain.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        drain.join();
        String errors = err.toString(StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(errors).isEqualTo(1);
        List<String> refusals = errors.lines().filter(l -> l.startsWith("clsbot : ")).toList();
        // Whichever limit the bomb reaches first (compression ratio or the 8 Mo of a source) names it.
        assertThat(refusals).singleElement().satisfies(l -> assertThat(l).contains("bombe.docx")
                .containsAnyOf("bombe zip", "limite de 8 Mo"));
        assertThat(out).contains("page.html → val-d-arzon.yaml (créé)",
                "bilan.pdf → val-d-arzon.yaml (fusionné");
        assertThat(out + errors).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("log4j")
                .doesNotContain("SLF4J", "WARN", "ERROR", "\tat ");
        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).singleElement()
                .satisfies(c -> assertThat(c.sources()).hasSize(2));
    }

    /** A DOCX whose text is hundreds of megabytes of one letter, a few hundred kilobytes once compressed. */
    private static Path writeBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < BOMB_MEGABYTES; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static Path writePdf(Path file, String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(40, 740);
                content.showText(line);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
