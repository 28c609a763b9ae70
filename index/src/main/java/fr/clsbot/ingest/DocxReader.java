package fr.clsbot.ingest;

import fr.clsbot.knowledge.Limits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a DOCX with the JDK alone: {@code word/document.xml} rendered as {@link LightMarkup} (heading styles,
 * numbered and bulleted paragraphs, tables), with the styles and numbering parts that give their meaning. The
 * archive is checked against {@link Limits} (entry count, decompressed size, compression ratio) while it is read,
 * so a zip bomb is refused before it fills memory.
 */
final class DocxReader {
    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String NUMBERING = "word/numbering.xml";

    /** The archive breaks a limit or is not a Word document; the message is French, for the person. */
    static final class RefusedArchiveException extends IOException {
        RefusedArchiveException(String message) {
            super(message);
        }
    }

    String read(Path file) throws IOException, SAXException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > Limits.MAX_ZIP_ENTRIES) {
                throw new RefusedArchiveException("archive de plus de " + Limits.MAX_ZIP_ENTRIES
                        + " fichiers, refusée (bombe zip ?)");
            }
            Budget budget = new Budget();
            DocxStyles styles = new DocxStyles();
            parse(zip, STYLES, budget, styles.stylesHandler(), false);
            parse(zip, NUMBERING, budget, styles.numberingHandler(), false);
            LightMarkup markup = new LightMarkup();
            parse(zip, DOCUMENT, budget, new DocxHandler(styles, markup), true);
            return markup.text();
        }
    }

    private static void parse(ZipFile zip, String name, Budget budget, DefaultHandler handler, boolean required)
            throws IOException, SAXException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            if (required) {
                throw new RefusedArchiveException("pas un document Word (" + name + " manque)");
            }
            return;
        }
        try (InputStream in = new BoundedEntry(zip.getInputStream(entry), entry, budget)) {
            parser().parse(in, handler);
        }
    }

    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** What is left of the decompressed bytes the whole archive may give. */
    private static final class Budget {
        long remaining = Limits.MAX_ZIP_UNCOMPRESSED_BYTES;
    }

    /** Counts the bytes really decompressed (declared sizes can lie) and stops at the first limit passed. */
    private static final class BoundedEntry extends FilterInputStream {
        private final long compressed;
        private final Budget budget;
        private long read;

        BoundedEntry(InputStream in, ZipEntry entry, Budget budget) {
            super(in);
            this.compressed = Math.max(1, entry.getCompressedSize());
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RefusedArchiveException {
            read += n;
            budget.remaining -= n;
            if (budget.remaining < 0) {
                throw new RefusedArchiveException("plus de " + Limits.megabytes(Limits.MAX_ZIP_UNCOMPRESSED_BYTES)
                        + " une fois décompressé, refusé (bombe zip ?)");
            }
            if (read > Limits.ZIP_RATIO_GRACE_BYTES && read / compressed > Limits.MAX_ZIP_COMPRESSION_RATIO) {
                throw new RefusedArchiveException("taux de compression au-delà de "
                        + Limits.MAX_ZIP_COMPRESSION_RATIO + " pour 1, refusé (bombe zip ?)");
            }
        }
    }
}
