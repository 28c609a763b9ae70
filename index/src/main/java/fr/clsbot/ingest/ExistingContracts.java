package fr.clsbot.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Limits;
import fr.clsbot.text.Folding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The contract files already in a knowledge base (drafts written beside edited files included), read leniently:
 * ingest only needs to know which contract a territory already has and which source files are still referenced.
 * A file that cannot be read is left out; the loader reports it in its own words.
 */
final class ExistingContracts {
    /** A contract file and what it holds. */
    record Entry(Path file, String content, Contract contract) {
    }

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final List<Entry> entries = new ArrayList<>();

    ExistingContracts(Path knowledgeBase) throws IOException {
        if (!Files.isDirectory(knowledgeBase)) {
            return;
        }
        try (Stream<Path> files = Files.list(knowledgeBase)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean contractFile = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".yaml.draft");
                if (contractFile && !name.startsWith(".") && Files.isRegularFile(file)
                        && Files.size(file) <= Limits.MAX_YAML_BYTES) {
                    read(file);
                }
            }
        }
    }

    private void read(Path file) {
        try {
            String content = Files.readString(file);
            Contract contract = yaml.readValue(content, Contract.class);
            if (contract != null && contract.id() != null) {
                entries.add(new Entry(file, content, contract));
            }
        } catch (IOException | RuntimeException e) {
            // Not a contract (the glossary) or not valid YAML: nothing ingest can merge into.
        }
    }

    /** The contract file of this territory: same id, or a name or alias that folds to the territory's name. */
    Optional<Entry> forTerritory(String id, String territoryName) {
        String key = Folding.key(territoryName == null ? "" : territoryName);
        Optional<Entry> sameId = contractFiles().filter(e -> id.equals(e.contract().id())).findFirst();
        if (sameId.isPresent() || key.isEmpty()) {
            return sameId;
        }
        return contractFiles().filter(e -> e.contract().territory() != null
                && (key.equals(Folding.key(String.valueOf(e.contract().territory().name())))
                || e.contract().territory().aliases().stream().anyMatch(a -> key.equals(Folding.key(a)))))
                .findFirst();
    }

    /**
     * The territory names and aliases of the contract files other than {@code except}, as the loader compares them
     * ({@link Folding#key}): a name leads to one contract only.
     */
    Set<String> namesTakenBesides(Path except) {
        Set<String> taken = new HashSet<>();
        contractFiles().filter(e -> !e.file().equals(except) && e.contract().territory() != null).forEach(e -> {
            taken.add(Folding.key(String.valueOf(e.contract().territory().name())));
            e.contract().territory().aliases().forEach(alias -> taken.add(Folding.key(alias)));
        });
        return taken;
    }

    /** True when a contract file other than {@code except} names {@code sourceFile} as a source. */
    boolean referenced(String sourceFile, Path except) {
        return entries.stream().filter(e -> !e.file().equals(except)).anyMatch(e -> e.contract().sources().stream()
                .anyMatch(s -> s != null && sourceFile.equals(s.file())));
    }

    private Stream<Entry> contractFiles() {
        return entries.stream().filter(e -> !e.file().getFileName().toString().endsWith(".draft"));
    }
}
