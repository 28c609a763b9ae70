package fr.clsbot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a document: plain text and Markdown as they are (UTF-8, or Windows-1252 for old files), HTML, PDF
 * and DOCX through Tika's parsers for those formats only.
 */
public final class DocumentReader {
    /** Larger documents are refused rather than read whole into memory. */
    static final long MAX_BYTES = fr.clsbot.knowledge.Limits.MAX_DOCUMENT_BYTES;
    private static final int MAX_CHARACTERS = fr.clsbot.knowledge.Limits.MAX_SOURCE_CHARACTERS;

    public String read(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDocumentException(file + " does not exist or is not a file", null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableDocumentException(file + " is larger than " + MAX_BYTES / 1048576 + " MB", null);
            }
            String text;
            if (name.endsWith(".pdf")) {
                text = parse(file, new PDFParser());
            } else if (name.endsWith(".docx")) {
                text = linesAsParagraphs(parse(file, new OOXMLParser()));
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                text = linesAsParagraphs(parse(file, new JSoupParser()));
            } else if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
                text = plain(Files.readAllBytes(file));
            } else {
                throw new UnreadableDocumentException(file + ": unsupported format (txt, md, html, pdf or docx)",
                        null);
            }
            if (text.isBlank()) {
                throw new UnreadableDocumentException(file + " holds no text (a scanned PDF needs OCR first)", null);
            }
            return text;
        } catch (IOException e) {
            throw new UnreadableDocumentException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String parse(Path file, Parser parser) throws UnreadableDocumentException, IOException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
            return handler.toString();
        } catch (TikaException | SAXException e) {
            throw new UnreadableDocumentException(file + " is not a readable " + extension(file) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Office and HTML text has one paragraph per line; knowledge-base sources separate them by blank lines. */
    private static String linesAsParagraphs(String text) {
        return text.replace("\r\n", "\n").replaceAll("\n[ \t]*(?=\\S)", "\n\n").replaceAll("\n{3,}", "\n\n");
    }

    private static String plain(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "file" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
