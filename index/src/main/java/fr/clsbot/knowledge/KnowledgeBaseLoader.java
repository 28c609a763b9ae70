package fr.clsbot.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a knowledge-base directory: every {@code *.yaml} file is a contract, except {@code glossary.yaml}.
 * Loading is strict and safe: plain YAML only (no tags, no types, one document per file), unknown fields and
 * duplicate keys rejected, alias bombs, recursive aliases and huge files refused within {@link Limits}, nothing read
 * through a link leading out of the base ({@link BaseDirectory}), and every problem of every file reported with its
 * line. Hidden files (editor locks such as {@code .#montlucon.yaml}) are not part of the base.
 */
public final class KnowledgeBaseLoader {
    /** The file holding the shared glossary. */
    public static final String GLOSSARY_FILE = "glossary.yaml";
    static final long MAX_FILE_BYTES = Limits.MAX_YAML_BYTES;
    static final long MAX_SOURCE_BYTES = Limits.MAX_SOURCE_BYTES;

    private final YamlReader yaml = new YamlReader();
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Loads and validates the knowledge base in {@code root}.
     *
     * @throws InvalidKnowledgeBaseException with every problem found, when any file is invalid
     */
    public KnowledgeBase load(Path root) throws InvalidKnowledgeBaseException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new InvalidKnowledgeBaseException(List.of(new Problem(root.toString(), 0, "",
                    "n'est pas un dossier de base de connaissances")));
        }
        BaseDirectory base;
        try {
            base = BaseDirectory.of(root);
        } catch (IOException e) {
            throw new InvalidKnowledgeBaseException(List.of(new Problem(root.toString(), 0, "",
                    "dossier illisible")));
        }
        List<Path> files = yamlFiles(base, problems);
        // Files are read in parallel (a national base has hundreds), then combined in name order.
        List<FileResult> results = files.parallelStream().map(path -> readFile(base, path)).toList();
        MessageDigest digest = sha256();
        List<Contract> contracts = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Glossary glossary = Glossary.empty();
        Map<String, String> fileOfId = new HashMap<>();
        TerritoryNames names = new TerritoryNames();
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
                            "« " + contract.id() + " » est déjà l'identifiant du contrat de " + other));
                }
            }
            problems.addAll(names.claim(contract, result.lines()::lineOf));
            contracts.add(contract);
            passages.addAll(result.passages());
        }
        if (problems.isEmpty() && contracts.isEmpty()) {
            problems.add(new Problem(root.toString(), 0, "", "ne contient aucun fichier de contrat (*.yaml)"));
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
        YamlReader.Read read = text == null ? null : yaml.read(text, name, problems);
        Glossary glossary = read == null || read.tree() == null ? null
                : map(read, name, Glossary.class, problems);
        if (!problems.isEmpty() || glossary == null) {
            throw new InvalidKnowledgeBaseException(problems);
        }
        return glossary;
    }

    /** What one file gave: a contract or the glossary, the problems found, and the bytes to fingerprint. */
    private record FileResult(Contract contract, Glossary glossary, List<Passage> passages, List<Problem> problems,
                              List<byte[]> digests, YamlLines lines) {
        static FileResult refused(List<Problem> problems, List<byte[]> digests) {
            return new FileResult(null, null, List.of(), problems, digests, new YamlLines());
        }
    }

    private FileResult readFile(BaseDirectory base, Path path) {
        String name = base.root().relativize(path).toString();
        List<Problem> problems = new ArrayList<>();
        List<byte[]> digests = new ArrayList<>();
        String text = readUtf8(path, name, MAX_FILE_BYTES, problems);
        if (text == null) {
            return FileResult.refused(problems, digests);
        }
        digests.add(name.getBytes(StandardCharsets.UTF_8));
        digests.add(text.getBytes(StandardCharsets.UTF_8));
        YamlReader.Read read = yaml.read(text, name, problems);
        if (read.tree() == null) {
            return FileResult.refused(problems, digests);
        }
        YamlLines lines = read.lines();
        if (name.equals(GLOSSARY_FILE)) {
            Glossary glossary = map(read, name, Glossary.class, problems);
            return new FileResult(null, glossary, List.of(), problems, digests, lines);
        }
        Contract contract = map(read, name, Contract.class, problems);
        if (contract == null) {
            return new FileResult(null, null, List.of(), problems, digests, lines);
        }
        contract = contract.withFile(name);
        Map<String, SourceText> sourceTexts = readSources(base, name, lines, contract, digests, problems);
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

    /** The YAML files of the base, hidden ones (editor locks and backups) left out, links out of the base refused. */
    private static List<Path> yamlFiles(BaseDirectory base, List<Problem> problems) {
        try (Stream<Path> listing = Files.list(base.root())) {
            List<Path> files = new ArrayList<>();
            for (Path path : listing.sorted().toList()) {
                String name = path.getFileName().toString();
                if (name.startsWith(".") || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    continue;
                }
                if (!base.contains(path)) {
                    problems.add(new Problem(name, 0, "", "est un lien vers un fichier hors de la base : refusé"));
                } else if (Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
            return files;
        } catch (IOException e) {
            problems.add(new Problem(base.root().toString(), 0, "", "impossible de lister le dossier"));
            return List.of();
        }
    }

    private Map<String, SourceText> readSources(BaseDirectory base, String name, YamlLines lines, Contract contract,
                                                List<byte[]> digests, List<Problem> problems) {
        Map<String, SourceText> texts = new LinkedHashMap<>();
        for (int i = 0; i < contract.sources().size(); i++) {
            Source source = contract.sources().get(i);
            String field = "sources[" + (i + 1) + "]";
            if (source == null || source.id() == null || source.file() == null || source.title() == null) {
                problems.add(new Problem(name, lines.lineOf(field), field,
                        "une source a besoin d'un id, d'un titre (title) et d'un fichier (file)"));
                continue;
            }
            if (texts.containsKey(source.id())) {
                problems.add(new Problem(name, lines.lineOf(field + ".id"), field + ".id",
                        "« " + source.id() + " » désigne deux sources"));
                continue;
            }
            Optional<Path> file = base.resolve(source.file());
            if (file.isEmpty()) {
                problems.add(new Problem(name, lines.lineOf(field + ".file"), field + ".file",
                        "« " + source.file() + " » mène hors de la base de connaissances : refusé"));
                continue;
            }
            if (!Files.isRegularFile(file.get())) {
                problems.add(new Problem(name, lines.lineOf(field + ".file"), field + ".file",
                        "« " + source.file() + " » n'existe pas"));
                continue;
            }
            String text = readUtf8(file.get(), source.file(), MAX_SOURCE_BYTES, problems);
            if (text != null) {
                digests.add(text.getBytes(StandardCharsets.UTF_8));
                texts.put(source.id(), new SourceText(text));
            }
        }
        return texts;
    }

    private <T> T map(YamlReader.Read read, String name, Class<T> type, List<Problem> problems) {
        UnknownFields unknown = new UnknownFields(name, read.lines());
        try {
            T value = mapper.readerFor(type).withHandler(unknown).readValue(read.tree());
            problems.addAll(unknown.problems());
            return unknown.problems().isEmpty() ? value : null;
        } catch (JsonMappingException e) {
            problems.addAll(unknown.problems());
            String field = path(e);
            problems.add(new Problem(name, read.lines().lineOf(field), field, describe(e)));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "", "illisible"));
        }
        return null;
    }

    /** Every unknown field of a file, each on its line, rather than only the first one Jackson would stop at. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        private final String file;
        private final YamlLines lines;
        private final List<Problem> problems = new ArrayList<>();

        UnknownFields(String file, YamlLines lines) {
            this.file = file;
            this.lines = lines;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String property)
                throws IOException {
            String field = fieldPath(parser.getParsingContext().pathAsPointer().toString());
            // The file a contract was read from is set by the loader, not written in it.
            List<String> known = deserializer.getKnownPropertyNames().stream().map(Object::toString)
                    .filter(name -> !name.equals("file")).sorted().toList();
            problems.add(new Problem(file, lines.lineOf(field), field, "champ inconnu « " + property
                    + " » (champs possibles : " + String.join(", ", known) + ")"));
            parser.skipChildren();
            return true;
        }

        List<Problem> problems() {
            return problems;
        }

        /** {@code /figures/0/payeur} → {@code figures[1].payeur}. */
        private static String fieldPath(String pointer) {
            StringBuilder path = new StringBuilder();
            for (String segment : pointer.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(Integer.parseInt(segment) + 1).append(']');
                } else {
                    path.append(path.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
                }
            }
            return path.toString();
        }
    }

    /** In French and without Jackson's wording, which names Java types the coordinator has never heard of. */
    private static String describe(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "attendu : " + simpleType(mismatch.getTargetType());
        }
        return "valeur d'une forme inattendue à cet endroit";
    }

    private static String simpleType(Class<?> type) {
        if (type == String.class) {
            return "un texte";
        }
        if (type == Integer.class || type == int.class) {
            return "un nombre entier";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "une liste";
        }
        return "des champs (nom: valeur)";
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
                problems.add(new Problem(name, 0, "", "fait " + size + " octets, plus que la limite de "
                        + Limits.megabytes(maxBytes) + " : fichier refusé"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, "", "n'est pas un texte UTF-8 valide (enregistrez-le en UTF-8)"));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "", e instanceof java.nio.file.AccessDeniedException
                    ? "illisible : accès refusé" : "illisible"));
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
