package fr.clsbot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private final Path file;
    private final Path previous;
    private final long maxBytes;
    private final Duration retention;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("question not recorded ({}): {}", file, e.getMessage());
        }
    }

    /** The records since {@code since} (and within the retention), oldest first; unreadable lines are skipped. */
    public List<QuestionRecord> read(Instant since) throws IOException {
        Instant oldest = Instant.now().minus(retention);
        Instant from = since == null || since.isBefore(oldest) ? oldest : since;
        List<QuestionRecord> records = new ArrayList<>();
        for (Path path : List.of(previous, file)) {
            if (!Files.exists(path)) {
                continue;
            }
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    QuestionRecord record = parse(line);
                    if (record != null && record.time() != null && !record.time().isBefore(from)) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private QuestionRecord parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return json.readValue(line, QuestionRecord.class);
        } catch (IOException e) {
            return null;
        }
    }
}
