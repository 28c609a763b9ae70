package fr.clsbot.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the recognisers' data files: {@code key: form, form, …} lines, {@code #} comments. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** The groups of a bundled file, in file order. */
    static Map<String, List<String>> groups(String resource) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(resource + ": line without 'key:' — " + line);
            }
            List<String> forms = new ArrayList<>();
            for (String form : line.substring(colon + 1).split(",")) {
                if (!form.isBlank()) {
                    forms.add(form.strip());
                }
            }
            groups.put(line.substring(0, colon).strip(), List.copyOf(forms));
        }
        return groups;
    }

    /** The non-empty, non-comment lines of a bundled file. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String content = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!content.isEmpty()) {
                    lines.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
