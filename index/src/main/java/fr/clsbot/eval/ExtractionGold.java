package fr.clsbot.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts expected from each document of a corpus, keyed by file name (format of
 * {@code extraction/real-docs-gold.yaml}): what {@code eval --extraction} measures ingest against.
 */
public record ExtractionGold(Map<String, Page> pages) {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The facts of one page about its current contract.
     *
     * @param period      "2025-2029", or null when the page gives none
     * @param signing     the signing date as printed ("22 mars", "avril", "2025"), or null
     * @param axes        how many axes, or null when the page does not say
     * @param counts      counted noun → number, for {@link ExtractionEval#KEY_NOUNS}
     */
    public record Page(String territory, String period, String signing, List<String> signatories, Integer axes,
                       Map<String, Integer> counts) {
        public Page {
            signatories = signatories == null ? List.of() : List.copyOf(signatories);
            counts = counts == null ? Map.of() : Map.copyOf(counts);
        }
    }

    public ExtractionGold {
        pages = new LinkedHashMap<>(pages);
    }

    public static ExtractionGold read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Page> pages = MAPPER.readValue(in, new TypeReference<LinkedHashMap<String, Page>>() { });
            return new ExtractionGold(pages == null ? Map.of() : pages);
        }
    }
}
