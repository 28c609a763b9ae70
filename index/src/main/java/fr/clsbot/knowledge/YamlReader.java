package fr.clsbot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML file within {@link Limits}: a single document of plain data (no type tags), no alias containing
 * itself, and a bounded depth and number of values once aliases are expanded, so that no file can exhaust the stack
 * or the memory. Aliases are expanded here because Jackson's YAML parser reads {@code quote: *anchor} as the text
 * "anchor". On the way, the line of every field is noted, so that mapping and validation errors point at the line
 * to fix. The tree is then mapped onto records by Jackson.
 */
final class YamlReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TAG_REFUSED = "étiquette YAML (« ! ») refusée : un fichier ne contient que des "
            + "textes, des nombres et des listes";
    /**
     * SnakeYAML's commonest syntax errors, said as a coordinator can act on them; its own words follow for
     * maintainers. The line of an unclosed quote is where the parser gave up, often below the quote itself.
     */
    private static final String[][] SYNTAX_HINTS = {
            {"mapping values are not allowed", "deux-points inattendu : mettez entre guillemets une valeur qui "
                    + "contient « : », ou vérifiez l'indentation de la ligne"},
            {"expected <block end>", "indentation incohérente, ou guillemet non fermé sur une ligne au-dessus"},
            {"could not find expected ':'", "deux-points manquant après un nom de champ, ou guillemet non fermé sur "
                    + "une ligne au-dessus"},
            {"did not find expected", "indentation incohérente : alignez la ligne sur ses voisines"},
            {"while scanning a quoted scalar", "guillemet non fermé"},
            {"found unexpected end of stream", "guillemet non fermé"},
            {"found character '\\t'", "tabulation : indentez avec des espaces"},
    };
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MERGE);

    /** A file read: its content, or null when it was refused, and the lines of its fields. */
    record Read(JsonNode tree, YamlLines lines) {
    }

    private final LoaderOptions options = new LoaderOptions();

    YamlReader() {
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(Limits.MAX_YAML_ALIASES);
        options.setNestingDepthLimit(Limits.MAX_YAML_DEPTH);
        options.setCodePointLimit((int) Limits.MAX_YAML_BYTES);
    }

    /**
     * Reads {@code text}, the content of file {@code name}; what is wrong with it is added to {@code problems}.
     * Never throws, whatever the text.
     */
    Read read(String text, String name, List<Problem> problems) {
        YamlLines lines = new YamlLines();
        Node root;
        try {
            Iterator<Node> documents = new Yaml(options).composeAll(new StringReader(text)).iterator();
            root = documents.hasNext() ? documents.next() : null;
            if (documents.hasNext()) {
                Node second = documents.next();
                int line = second == null ? 0 : second.getStartMark().getLine() + 1;
                problems.add(new Problem(name, line, "", "un fichier ne contient qu'un document YAML : la suite "
                        + "après « --- » serait ignorée (faites-en un autre fichier)"));
                return new Read(null, lines);
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(name, line, "", inFrench(firstLine(e.getProblem()))));
            return new Read(null, lines);
        } catch (YAMLException e) {
            problems.add(new Problem(name, 0, "", inFrench(firstLine(e.getMessage()))));
            return new Read(null, lines);
        }
        if (root == null || root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            problems.add(new Problem(name, 1, "", "le fichier est vide"));
            return new Read(null, lines);
        }
        try {
            return new Read(new Expansion(lines).convert("", root, 0), lines);
        } catch (Refused refused) {
            problems.add(new Problem(name, refused.line, refused.field, refused.getMessage()));
            return new Read(null, lines);
        }
    }

    /** Why a document is refused, where. */
    private static final class Refused extends Exception {
        final int line;
        final String field;

        Refused(Node node, String field, String message) {
            super(message, null, false, false);
            this.line = line(node);
            this.field = field;
        }
    }

    /** One traversal of a document, counting what it expands and remembering the nodes it is inside. */
    private static final class Expansion {
        private final YamlLines lines;
        private final Set<Node> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        private int values;

        Expansion(YamlLines lines) {
            this.lines = lines;
        }

        /** Recursion is bounded: {@code depth} never exceeds {@link Limits#MAX_YAML_DEPTH}. */
        JsonNode convert(String path, Node node, int depth) throws Refused {
            if (++values > Limits.MAX_YAML_NODES) {
                throw new Refused(node, path, "plus de " + Limits.MAX_YAML_NODES + " valeurs une fois les alias "
                        + "développés : fichier refusé (alias en cascade ?)");
            }
            if (depth > Limits.MAX_YAML_DEPTH) {
                throw new Refused(node, path, "plus de " + Limits.MAX_YAML_DEPTH + " niveaux d'imbrication : "
                        + "fichier refusé");
            }
            if (!inside.add(node)) {
                throw new Refused(node, path, "alias récursif : cette valeur se contient elle-même");
            }
            try {
                lines.put(path, line(node));
                if (node instanceof MappingNode mapping) {
                    requireTag(node, path, Tag.MAP);
                    return mapping(path, mapping, depth);
                }
                if (node instanceof SequenceNode sequence) {
                    requireTag(node, path, Tag.SEQ);
                    ArrayNode array = NODES.arrayNode();
                    List<Node> items = sequence.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        array.add(convert(path + "[" + (i + 1) + "]", items.get(i), depth + 1));
                    }
                    return array;
                }
                ScalarNode scalar = (ScalarNode) node;
                if (!SCALAR_TAGS.contains(scalar.getTag())) {
                    throw tagRefused(node, path);
                }
                // Kept as written (a phone "0470025553" is not an octal number); Jackson converts numbers it needs.
                return scalar.getTag().equals(Tag.NULL) ? NODES.nullNode() : NODES.textNode(scalar.getValue());
            } finally {
                inside.remove(node);
            }
        }

        private ObjectNode mapping(String path, MappingNode mapping, int depth) throws Refused {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key) || !SCALAR_TAGS.contains(key.getTag())) {
                    throw new Refused(tuple.getKeyNode(), path, "un nom de champ doit être un simple texte");
                }
                String name = key.getValue();
                String child = path.isEmpty() ? name : path + "." + name;
                if (object.has(name)) {
                    throw new Refused(key, child, "le champ « " + name + " » est écrit deux fois");
                }
                object.set(name, convert(child, tuple.getValueNode(), depth + 1));
                lines.replace(child, line(key));
            }
            return object;
        }

        private static void requireTag(Node node, String path, Tag expected) throws Refused {
            if (!node.getTag().equals(expected)) {
                throw tagRefused(node, path);
            }
        }

        private static Refused tagRefused(Node node, String path) {
            return new Refused(node, path, TAG_REFUSED);
        }
    }

    /** SnakeYAML's refusals that come from our limits, said in French; syntax errors keep their own wording. */
    private static String inFrench(String problem) {
        if (problem.startsWith("Nesting Depth exceeded")) {
            return "plus de " + Limits.MAX_YAML_DEPTH + " niveaux d'imbrication : fichier refusé";
        }
        if (problem.startsWith("Number of aliases")) {
            return "plus de " + Limits.MAX_YAML_ALIASES + " alias de listes ou de champs : fichier refusé";
        }
        if (problem.startsWith("Global tag is not allowed")) {
            return TAG_REFUSED;
        }
        if (problem.startsWith("The incoming YAML document exceeds the limit")) {
            return "plus de " + Limits.megabytes(Limits.MAX_YAML_BYTES) + " : fichier refusé";
        }
        for (String[] hint : SYNTAX_HINTS) {
            if (problem.contains(hint[0])) {
                return "YAML invalide : " + hint[1] + " (" + problem + ")";
            }
        }
        return "YAML invalide : " + problem;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "illisible";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
