package fr.clsbot.knowledge;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each field of a YAML document stands, so that validation messages can name the line to fix.
 * Paths look like {@code contacts[1].phone}; list items are numbered from 1, as a coordinator counts them.
 */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    YamlLines(Node root) {
        if (root != null) {
            walk("", root);
        }
    }

    private void walk(String path, Node node) {
        lines.put(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    walk(child, tuple.getValueNode());
                    lines.put(child, key.getStartMark().getLine() + 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                walk(path + "[" + (i + 1) + "]", sequence.getValue().get(i));
            }
        }
    }

    /** The line of {@code path}, or of its nearest enclosing field when it is absent (a missing field). */
    int lineOf(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 0;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }
}
