package fr.clsbot.answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Synonyms;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The words the engine understands, all of them data: synonyms ({@code synonyms.txt}), intents with their example
 * questions ({@code intents.yaml}) and answer types with their cues ({@code question-types.yaml}). The bundled
 * files can be extended from a knowledge base's {@code vocabulary/} directory without rebuilding: its
 * {@code synonyms.txt} adds groups, its {@code intents.yaml} adds intents or examples to existing ones.
 */
public final class EngineVocabulary {
    /** Where a knowledge base may extend the vocabulary. */
    public static final String DIRECTORY = "vocabulary";
    private static final String INTENTS = "/fr/clsbot/answer/intents.yaml";
    private static final String TYPES = "/fr/clsbot/answer/question-types.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final FrenchAnalysis analysis;
    private final Synonyms synonyms;
    private final IntentCatalog intents;
    private final QuestionTypes types;

    private EngineVocabulary(FrenchAnalysis analysis, Synonyms synonyms, IntentCatalog intents, QuestionTypes types) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.intents = intents;
        this.types = types;
    }

    /** The vocabulary bundled with the engine. */
    public static EngineVocabulary bundled() {
        FrenchAnalysis analysis = new FrenchAnalysis();
        return new EngineVocabulary(analysis, Synonyms.bundled(analysis), read(INTENTS, IntentCatalog.class),
                new QuestionTypes(read(TYPES, QuestionTypes.Data.class)));
    }

    /**
     * The bundled vocabulary extended by the files of {@code knowledgeBase}'s {@code vocabulary/} directory, when
     * there are any.
     *
     * @throws IOException when an extension file cannot be read or is not valid (its name is in the message)
     */
    public static EngineVocabulary extendedFrom(Path knowledgeBase) throws IOException {
        EngineVocabulary bundled = bundled();
        Path directory = knowledgeBase.resolve(DIRECTORY);
        Path synonymsFile = directory.resolve("synonyms.txt");
        Path intentsFile = directory.resolve("intents.yaml");
        Synonyms synonyms = bundled.synonyms;
        IntentCatalog intents = bundled.intents;
        if (Files.isRegularFile(synonymsFile)) {
            try (InputStream in = Files.newInputStream(synonymsFile)) {
                synonyms = synonyms.extendedWith(Synonyms.read(in, bundled.analysis));
            }
        }
        if (Files.isRegularFile(intentsFile)) {
            try {
                intents = intents.extendedWith(YAML.readValue(Files.readAllBytes(intentsFile), IntentCatalog.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(intentsFile + " : " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return new EngineVocabulary(bundled.analysis, synonyms, intents, bundled.types);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = EngineVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return YAML.readValue(new ByteArrayInputStream(in.readAllBytes()), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    FrenchAnalysis analysis() {
        return analysis;
    }

    Synonyms synonyms() {
        return synonyms;
    }

    IntentCatalog intents() {
        return intents;
    }

    QuestionTypes types() {
        return types;
    }
}
