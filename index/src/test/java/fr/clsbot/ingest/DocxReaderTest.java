package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.clsbot.knowledge.Limits;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DOCX is read with the JDK alone, and a hostile archive is refused with one French sentence. */
class DocxReaderTest {
    @TempDir
    Path temp;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void refusesAZipBombNamingTheFileAndTheRatio() throws Exception {
        Path bomb = temp.resolve("bombe.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry(DocxReader.DOCUMENT));
            zip.write("<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        String message = assertThrows(UnreadableDocumentException.class, () -> reader.read(bomb)).getMessage();

        assertThat(message).contains("bombe.docx", "taux de compression", String.valueOf(
                Limits.MAX_ZIP_COMPRESSION_RATIO));
    }

    @Test
    void refusesAnArchiveOfTooManyFiles() throws Exception {
        Path crowded = temp.resolve("foule.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(crowded))) {
            for (int i = 0; i <= Limits.MAX_ZIP_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
                zip.closeEntry();
            }
        }

        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(crowded)).getMessage())
                .contains("foule.docx", "plus de " + Limits.MAX_ZIP_ENTRIES + " fichiers");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws Exception {
        Path other = temp.resolve("archive.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("bonjour".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path garbage = Files.write(temp.resolve("casse.docx"), new byte[] {1, 2, 3});

        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(other)).getMessage())
                .contains("archive.docx", "pas un document Word");
        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(garbage)).getMessage())
                .contains("casse.docx").doesNotContain("Exception");
    }

    @Test
    void refusesATextLargerThanASourceMayBeNamingTheLimit() throws Exception {
        Path big = temp.resolve("gros.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Le Contrat Local de Santé est signé.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= Limits.MAX_SOURCE_BYTES; written += line.length) {
                out.write(line);
            }
        }

        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(big)).getMessage())
                .contains("gros.txt", Limits.megabytes(Limits.MAX_SOURCE_BYTES));
    }

    @Test
    void refusesADocxWhoseTextIsLargerThanASourceMayBe() throws Exception {
        Path big = temp.resolve("long.docx");
        java.util.Random random = new java.util.Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            zip.putNextEntry(new ZipEntry(DocxReader.DOCUMENT));
            zip.write("<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
            byte[] words = new byte[1 << 20];
            for (int i = 0; i < 9; i++) {
                for (int j = 0; j < words.length; j++) {
                    words[j] = (byte) ('a' + random.nextInt(26));
                }
                zip.write(words);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(assertThrows(UnreadableDocumentException.class, () -> reader.read(big)).getMessage())
                .contains("long.docx", Limits.megabytes(Limits.MAX_SOURCE_BYTES));
    }
}
