package fr.clsbot;

import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The knowledge bases the tests run on: the shipped one and a small fixture about an invented territory. */
public final class Fixtures {
    /** The knowledge base shipped with the product (module tests run from the module directory). */
    public static final Path SHIPPED = Path.of("..", "knowledge-base");
    /** One invented contract, "Val de Sioule". */
    public static final Path SMALL = Path.of("src", "test", "resources", "fixtures", "kb");
    /** One invented contract with few typed facts, answered from the sentences of its source: "Rives de l'Aven". */
    public static final Path EVIDENCE = Path.of("src", "test", "resources", "fixtures", "evidence");

    private Fixtures() {
    }

    public static KnowledgeBase load(Path directory) {
        try {
            return new KnowledgeBaseLoader().load(directory);
        } catch (InvalidKnowledgeBaseException e) {
            throw new AssertionError("fixture should be valid: " + e.getMessage(), e);
        }
    }

    /** Copies a knowledge base into {@code target}, so that a test can break it. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
