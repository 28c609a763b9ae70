package fr.clsbot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a knowledge-base directory: every {@code *.yaml} file is a contract, except {@code glossary.yaml}.
 * Loading is strict and safe: plain YAML only (no tags, no types), unknown fields and duplicate keys rejected,
 * alias bombs and huge files refused, and every problem of every file reported with its line.
 */
public final class KnowledgeBaseLoader {
    /** The file holding the shared glossary. */
    public static final String GLOSSARY_FILE = "glossary.yaml";
    static final long MAX_FILE_BYTES = Limits.MAX_YAML_BYTES;
    static final long MAX_SOURCE_BYTES = Limits.MAX_SOURCE_BYTES;

    private final ObjectMapper mapper;
    private final LoaderOptions loaderOptions;

    public KnowledgeBaseLoader() {
        loaderOptions = new LoaderOptions();
        loaderOptions.setAllowDuplicateKeys(false);
        loaderOptions.setMaxAliasesForCollections(20);
        loaderOptions.setAllowRecursiveKeys(false);
        loaderOptions.setCodePointLimit((int) MAX_FILE_BYTES);
        loaderOptions.setNestingDepthLimit(20);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loaderOptions).build();
        mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }

    /**
     * Loads and validates the knowledge base in {@code root}.
     *
     * @throws InvalidKnowledgeBaseException with every problem found, when any file is invalid
     */
    public KnowledgeBase load(Path root) throws InvalidKnowledgeBaseException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new InvalidKnowledgeBaseException(List.of(new Problem(root.toString(), 0, "",
                    "is not a knowledge-base directory")));
        }
        List<Path> files = yamlFiles(root, problems);
        // Files are read in parallel (a national base has hundreds), then combined in name order.
        List<FileResult> results = files.parallelStream().map(path -> readFile(root, path)).toList();
        MessageDigest digest = sha256();
        List<Contract> contracts = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Glossary glossary = Glossary.empty();
        Map<String, String> fileOfId = new HashMap<>();
        for (FileResult result : results) {
            problems.addAll(result.problems());
            result.digests().forEach(digest::update);
            if (result.glossary() != null) {
                glossary = result.glossary();
            }
            Contract contract = result.contract();
            if (contract == null) {
                continue;
            }
            if (contract.id() != null) {
                String other = fileOfId.putIfAbsent(contract.id(), contract.file());
                if (other != null) {
                    problems.add(new Problem(contract.file(), result.lines().lineOf("id"), "id",
                            "'" + contract.id() + "' is already the id of " + other));
                }
            }
            contracts.add(contract);
            passages.addAll(result.passages());
        }
        if (problems.isEmpty() && contracts.isEmpty()) {
            problems.add(new Problem(root.toString(), 0, "", "holds no contract file (*.yaml)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeBaseException(problems);
        }
        return new KnowledgeBase(contracts, passages, glossary, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Reads a glossary file on its own (for {@code ingest}, which expands acronyms), strictly like {@link #load}.
     *
     * @throws InvalidKnowledgeBaseException when it cannot be read or is not a glossary
     */
    public Glossary readGlossary(Path file) throws InvalidKnowledgeBaseException {
        List<Problem> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        String text = readUtf8(file, name, MAX_FILE_BYTES, problems);
        Glossary glossary = text == null ? null : map(text, name, Glossary.class, problems);
        if (!problems.isEmpty() || glossary == null) {
            throw new InvalidKnowledgeBaseException(problems);
        }
        return glossary;
    }

    /** What one file gave: a contract or the glossary, the problems found, and the bytes to fingerprint. */
    private record FileResult(Contract contract, Glossary glossary, List<Passage> passages, List<Problem> problems,
                              List<byte[]> digests, LazyLines lines) {
    }

    /** Line numbers of a file, worked out only when a problem has to point at one. */
    private final class LazyLines {
        private final String text;
        private YamlLines lines;

        LazyLines(String text) {
            this.text = text;
        }

        int lineOf(String path) {
            if (lines == null) {
                lines = parseLines(text, "", new ArrayList<>());
                if (lines == null) {
                    lines = new YamlLines(null);
                }
            }
            return lines.lineOf(path);
        }
    }

    private FileResult readFile(Path root, Path path) {
        String name = root.relativize(path).toString();
        List<Problem> problems = new ArrayList<>();
        List<byte[]> digests = new ArrayList<>();
        String text = readUtf8(path, name, MAX_FILE_BYTES, problems);
        if (text == null) {
            return new FileResult(null, null, List.of(), problems, digests, new LazyLines(""));
        }
        digests.add(name.getBytes(StandardCharsets.UTF_8));
        digests.add(text.getBytes(StandardCharsets.UTF_8));
        LazyLines lines = new LazyLines(text);
        if (name.equals(GLOSSARY_FILE)) {
            Glossary glossary = map(text, name, Glossary.class, problems);
            return new FileResult(null, glossary, List.of(), problems, digests, lines);
        }
        Contract contract = map(text, name, Contract.class, problems);
        if (contract == null) {
            // A mapping error may hide a syntax error further down: the syntax error is the one to fix first.
            List<Problem> syntax = new ArrayList<>();
            parseLines(text, name, syntax);
            if (!syntax.isEmpty()) {
                problems.clear();
                problems.addAll(syntax);
            }
            return new FileResult(null, null, List.of(), problems, digests, lines);
        }
        contract = contract.withFile(name);
        Map<String, SourceText> sourceTexts = readSources(root, name, lines, contract, digests, problems);
        List<String> sourceIds = contract.sources().stream().filter(s -> s != null && s.id() != null)
                .map(Source::id).toList();
        problems.addAll(new ContractValidator(name, lines::lineOf, sourceIds, sourceTexts).validate(contract));
        List<Passage> passages = new ArrayList<>();
        for (Source source : contract.sources()) {
            SourceText sourceText = source == null ? null : sourceTexts.get(source.id());
            if (sourceText == null) {
                continue;
            }
            // A block printed twice (the press contact of a release) is kept once.
            Set<String> seen = new HashSet<>();
            int number = 0;
            for (SourceLine unit : SourceStructure.read(sourceText.text())) {
                if (seen.add(unit.role() + "|" + unit.text())) {
                    passages.add(new Passage(contract.id(), source, ++number, unit));
                }
            }
        }
        return new FileResult(contract, null, passages, problems, digests, lines);
    }

    private static List<Path> yamlFiles(Path root, List<Problem> problems) {
        try (Stream<Path> listing = Files.list(root)) {
            return listing.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), 0, "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private Map<String, SourceText> readSources(Path root, String name, LazyLines lines, Contract contract,
                                                List<byte[]> digests, List<Problem> problems) {
        Map<String, SourceText> texts = new LinkedHashMap<>();
        for (int i = 0; i < contract.sources().size(); i++) {
            Source source = contract.sources().get(i);
            String field = "sources[" + (i + 1) + "]";
            if (source == null || source.id() == null || source.file() == null || source.title() == null) {
                problems.add(new Problem(name, lines.lineOf(field), field, "a source needs an id, a title and a file"));
                continue;
            }
            if (texts.containsKey(source.id())) {
                problems.add(new Problem(name, lines.lineOf(field + ".id"), field + ".id",
                        "'" + source.id() + "' names two sources"));
                continue;
            }
            Path file = root.resolve(source.file()).normalize();
            if (!file.startsWith(root.normalize()) || source.file().startsWith("/")) {
                problems.add(new Problem(name, lines.lineOf(field + ".file"), field + ".file",
                        "'" + source.file() + "' points outside the knowledge base"));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(name, lines.lineOf(field + ".file"), field + ".file",
                        "'" + source.file() + "' does not exist"));
                continue;
            }
            String text = readUtf8(file, source.file(), MAX_SOURCE_BYTES, problems);
            if (text != null) {
                digests.add(text.getBytes(StandardCharsets.UTF_8));
                texts.put(source.id(), new SourceText(text));
            }
        }
        return texts;
    }

    private YamlLines parseLines(String text, String name, List<Problem> problems) {
        try {
            Yaml yaml = new Yaml(new SafeConstructor(loaderOptions), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), loaderOptions);
            return new YamlLines(yaml.compose(new java.io.StringReader(text)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(name, line, "", "invalid YAML: " + firstLine(e.getProblem())));
        } catch (YAMLException e) {
            problems.add(new Problem(name, 0, "", "invalid YAML: " + firstLine(e.getMessage())));
        }
        return null;
    }

    private <T> T map(String text, String name, Class<T> type, List<Problem> problems) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                problems.add(new Problem(name, 1, "", "the file is empty"));
            }
            return value;
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new Problem(name, line, path(e), describe(e)));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new Problem(name, line, "", "invalid YAML: " + firstLine(e.getOriginalMessage())));
        }
        return null;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' (known: "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .toList()) + ")";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "expected " + simpleType(mismatch.getTargetType()) + ": " + firstLine(e.getOriginalMessage());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String simpleType(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    private static String readUtf8(Path path, String name, long maxBytes, List<Problem> problems) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                problems.add(new Problem(name, 0, "", "is " + size + " bytes, more than the " + maxBytes
                        + " allowed"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, "", "is not valid UTF-8 text (save it as UTF-8)"));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "", "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
