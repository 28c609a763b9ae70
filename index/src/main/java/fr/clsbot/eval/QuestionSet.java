package fr.clsbot.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A question set in the YAML format of {@code dev-questions.yaml}: a list of {@link EvalCase}. */
public record QuestionSet(String name, List<EvalCase> cases) {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public QuestionSet {
        cases = List.copyOf(cases);
    }

    public static QuestionSet read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    public static QuestionSet read(String name, InputStream in) throws IOException {
        List<EvalCase> cases = MAPPER.readValue(in, new TypeReference<List<EvalCase>>() { });
        return new QuestionSet(name, cases == null ? List.of() : cases);
    }
}
