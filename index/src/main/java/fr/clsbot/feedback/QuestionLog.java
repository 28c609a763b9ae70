package fr.clsbot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions file: JSON lines, appended one whole line per write. Bounded: past {@code maxBytes} the file is
 * rotated (one previous file kept), and records older than the retention are not read back. A write that fails
 * (full disk) is logged and dropped: the bot keeps answering. A line torn by a crash is skipped on reading.
 */
public final class QuestionLog {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);
    public static final String FILE = "questions.jsonl";
    private static final int MAX_QUESTION_CHARS = 500;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private boolean privateChecked;
    private final Path previous;
    private final long maxBytes;
    private final Duration retention;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectReader reader = json.readerFor(QuestionRecord.class);

    public QuestionLog(Path directory, long maxBytes, Duration retention) {
        this.file = directory.resolve(FILE);
        this.previous = directory.resolve(FILE + ".1");
        this.maxBytes = maxBytes;
        this.retention = retention;
    }

    /** 10 MB, 180 days. */
    public static QuestionLog in(Path directory) {
        return new QuestionLog(directory, 10L * 1024 * 1024, Duration.ofDays(180));
    }

    public Path file() {
        return file;
    }

    public synchronized void append(QuestionRecord record) {
        try {
            String question = record.question() == null ? "" : record.question();
            QuestionRecord bounded = question.length() <= MAX_QUESTION_CHARS ? record : new QuestionRecord(
                    record.time(), record.channel(), record.chat(), question.substring(0, MAX_QUESTION_CHARS),
                    record.answered(), record.confidence(), record.intent(), record.territory(),
                    record.suggestions());
            byte[] line = (json.writeValueAsString(bounded) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) + line.length > maxBytes) {
                Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!privateChecked) {
                makePrivate(file);
                makePrivate(previous);
                privateChecked = true;
            }
            try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND), ownerOnly())) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("question not recorded ({}): {}", file, e.getMessage());
        }
    }

    /**
     * The records since {@code since} (and within the retention), oldest first. Unreadable lines are skipped: a line
     * torn by a crash, or holding bytes that are not UTF-8 (a write cut in the middle of a character).
     */
    public List<QuestionRecord> read(Instant since) throws IOException {
        Instant oldest = Instant.now().minus(retention);
        Instant from = since == null || since.isBefore(oldest) ? oldest : since;
        List<QuestionRecord> records = new ArrayList<>();
        for (Path path : List.of(previous, file)) {
            if (!Files.exists(path)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(path)) {
                LineReader lines = new LineReader(in);
                byte[] line;
                while ((line = lines.next()) != null) {
                    QuestionRecord record = parse(line, lines.length());
                    if (record != null && record.time() != null && !record.time().isBefore(from)) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    /** Created readable by its owner only: the questions users typed are theirs, not every local user's. */
    private FileAttribute<?>[] ownerOnly() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** Tightens a file written by an earlier version, which left it readable by everyone. */
    private void makePrivate(Path path) throws IOException {
        if (posix() && Files.exists(path) && !Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }

    private boolean posix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** A record, or null for a blank, torn or non-UTF-8 line (Jackson checks the UTF-8 of the bytes it parses). */
    private QuestionRecord parse(byte[] line, int length) {
        if (length == 0) {
            return null;
        }
        try {
            return reader.readValue(line, 0, length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

}
