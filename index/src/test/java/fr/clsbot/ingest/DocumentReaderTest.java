package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path temp;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsTextHtmlPdfAndDocx() throws Exception {
        for (Path file : new Path[] {PressRelease.writeText(temp.resolve("cp.txt")),
                PressRelease.writeHtml(temp.resolve("cp.html")), PressRelease.writePdf(temp.resolve("cp.pdf")),
                PressRelease.writeDocx(temp.resolve("cp.docx"))}) {
            String text = reader.read(file).replaceAll("\\s+", " ");

            assertThat(text).as(file.toString()).contains("Combes d'Auzon", "22 500 €", "04 71 22 33 44",
                    "presse@combes-auzon.fr", "Prévenir la perte d'autonomie");
        }
    }

    @Test
    void namesTheDocumentItCannotRead() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.pdf"), "not a pdf at all");
        Path unknown = Files.writeString(temp.resolve("notes.xyz"), "x");

        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(broken)).getMessage())
                .contains("broken.pdf");
        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(unknown)).getMessage())
                .contains("notes.xyz", "format non pris en charge");
        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(temp.resolve("none.txt")))
                .getMessage()).contains("none.txt", "introuvable");
    }

    @Test
    void readsAnHtmlPageWithoutCharsetAsUtf8AndAnOldOneAsWindows1252() throws Exception {
        Path utf8 = Files.writeString(temp.resolve("sans-charset.html"), "<html><body><p>Contrat Local de Santé "
                + "signé à Montluçon, 22 500 €.</p></body></html>");
        Path legacy = Files.write(temp.resolve("ancien.html"), ("<html><head><meta charset=\"windows-1252\"></head>"
                + "<body><p>Contrat Local de Santé signé à Montluçon.</p></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(reader.read(utf8)).isEqualTo("Contrat Local de Santé signé à Montluçon, 22 500 €.\n");
        assertThat(reader.read(legacy)).isEqualTo("Contrat Local de Santé signé à Montluçon.\n");
    }

    @Test
    void keepsTheLineBreaksAPageAsksForAndJoinsTheOthers() throws Exception {
        Path page = Files.writeString(temp.resolve("contact.html"), "<html><body><p>Le comité de pilotage\n"
                + "se réunit deux fois par an.</p><p>Contact presse<br>Service communication<br/>04 71 22 33 44<br>"
                + "presse@combes-auzon.fr</p></body></html>");

        assertThat(reader.read(page)).isEqualTo("Le comité de pilotage se réunit deux fois par an.\n\n"
                + "Contact presse\nService communication\n04 71 22 33 44\npresse@combes-auzon.fr\n");
    }
}
