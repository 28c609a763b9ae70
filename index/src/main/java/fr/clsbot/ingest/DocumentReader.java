package fr.clsbot.ingest;

import fr.clsbot.knowledge.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.xml.sax.SAXException;

/**
 * The text of a document with its structure, as the light markup of {@link LightMarkup}: plain text and Markdown
 * as they are (UTF-8, or Windows-1252 for old files); HTML and PDF through Tika's XHTML events; DOCX read by
 * {@link DocxReader}. Every refusal is one French sentence naming the file and, for a size, the limit.
 */
public final class DocumentReader {
    private static final java.util.regex.Pattern SUPPORTED = java.util.regex.Pattern.compile(
            ".*\\.(?:txt|md|markdown|html?|xhtml|pdf|docx)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True for a file name of a format {@link #read} understands (a hidden file never is). */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && SUPPORTED.matcher(name).matches();
    }

    public String read(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!Files.isRegularFile(file)) {
                throw refused(file, "fichier introuvable (ou ce n'est pas un fichier)");
            }
            boolean plain = name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
            boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
            long limit = plain ? Limits.MAX_SOURCE_BYTES : html ? Limits.MAX_HTML_BYTES : Limits.MAX_DOCUMENT_BYTES;
            long size = Files.size(file);
            if (size > limit) {
                throw refused(file, "fichier de " + Limits.megabytes(size) + ", au-delà de la limite de "
                        + Limits.megabytes(limit) + (plain ? " d'un texte source" : html ? " d'une page HTML"
                        : " d'un document"));
            }
            String text;
            if (plain) {
                text = plain(Files.readAllBytes(file));
            } else if (name.endsWith(".pdf")) {
                text = parse(file, new PDFParser());
            } else if (html) {
                text = parse(file, new JSoupParser());
            } else if (name.endsWith(".docx")) {
                text = docx(file);
            } else {
                throw refused(file, "format non pris en charge (txt, md, html, pdf ou docx)");
            }
            if (text.isBlank()) {
                throw refused(file, "aucun texte lisible (un PDF scanné doit d'abord passer par une reconnaissance "
                        + "de caractères)");
            }
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > Limits.MAX_SOURCE_BYTES) {
                throw tooLong(file);
            }
            return text;
        } catch (IOException e) {
            throw refused(file, "illisible (" + e.getMessage() + ")");
        }
    }

    private static String parse(Path file, Parser parser) throws UnreadableDocumentException, IOException {
        LightMarkup markup = new LightMarkup();
        try (InputStream in = TikaInputStream.get(file)) {
            ParseContext context = new ParseContext();
            Metadata metadata = new Metadata();
            if (parser instanceof JSoupParser) {
                // A page that declares no charset is read as UTF-8 when its bytes are valid UTF-8, else as the
                // Windows-1252 of older pages; without this Tika falls back on ASCII and loses every accent.
                Charset undeclared = validUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
                HtmlEncodingDetector declared = new HtmlEncodingDetector();
                context.set(EncodingDetector.class, (input, data) -> {
                    Charset charset = declared.detect(input, data);
                    return charset != null ? charset : undeclared;
                });
            }
            context.set(HtmlMapper.class, MarkupHandler.HTML_ELEMENTS);
            parser.parse(in, new MarkupHandler(markup), metadata, context);
            return markup.text();
        } catch (TikaException | SAXException | RuntimeException | LinkageError e) {
            // LinkageError: a PDF encrypted with certificates needs BouncyCastle, which the jar leaves out.
            if (causedByLength(e)) {
                throw tooLong(file);
            }
            throw refused(file, "n'est pas un " + extension(file) + " lisible (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String docx(Path file) throws UnreadableDocumentException {
        try {
            return new DocxReader().read(file);
        } catch (DocxReader.RefusedArchiveException e) {
            throw refused(file, e.getMessage());
        } catch (IOException | SAXException | RuntimeException e) {
            if (causedByLength(e)) {
                throw tooLong(file);
            }
            throw refused(file, "n'est pas un DOCX lisible (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static boolean causedByLength(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LightMarkup.TooLongException) {
                return true;
            }
        }
        return false;
    }

    private static UnreadableDocumentException tooLong(Path file) {
        return refused(file, "son texte dépasse la limite de " + Limits.megabytes(Limits.MAX_SOURCE_BYTES)
                + " d'un texte source");
    }

    private static UnreadableDocumentException refused(Path file, String why) {
        return new UnreadableDocumentException(file + " : " + why, null);
    }

    private static boolean validUtf8(Path file) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String plain(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "format invalide";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "fichier" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
