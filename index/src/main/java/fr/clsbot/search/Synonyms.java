package fr.clsbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of words and expressions that mean the same thing to our users ("ARS, agence régionale de santé"),
 * read from a plain text file a maintainer can extend: one group per line, comma-separated, {@code #} comments.
 * Expressions are folded, so accents and case do not matter.
 */
public final class Synonyms {
    /** The bundled groups. */
    public static final String RESOURCE = "/fr/clsbot/search/synonyms.txt";

    private final Map<List<String>, List<List<String>>> groupOf = new HashMap<>();
    private final int longest;

    private Synonyms(List<List<List<String>>> groups) {
        int max = 1;
        for (List<List<String>> group : groups) {
            for (List<String> member : group) {
                groupOf.merge(member, group, Synonyms::union);
                max = Math.max(max, member.size());
            }
        }
        longest = max;
    }

    private static List<List<String>> union(List<List<String>> a, List<List<String>> b) {
        Set<List<String>> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Reads the groups of {@code in}, folding each expression with {@code analysis}. */
    public static Synonyms read(InputStream in, FrenchAnalysis analysis) {
        List<List<List<String>>> groups = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String content = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (content.isEmpty()) {
                    continue;
                }
                List<List<String>> group = new ArrayList<>();
                for (String expression : content.split(",")) {
                    List<String> words = analysis.words(expression);
                    if (!words.isEmpty()) {
                        group.add(words);
                    }
                }
                if (group.size() > 1) {
                    groups.add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms", e);
        }
        return new Synonyms(groups);
    }

    /** The bundled synonyms. */
    public static Synonyms bundled(FrenchAnalysis analysis) {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(in, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These groups and {@code more}'s, a word of both belonging to the union of its groups. */
    public Synonyms extendedWith(Synonyms more) {
        List<List<List<String>>> groups = new ArrayList<>(new LinkedHashSet<>(groupOf.values()));
        groups.addAll(new LinkedHashSet<>(more.groupOf.values()));
        return new Synonyms(groups);
    }

    /** The longest expression, in words. */
    public int longest() {
        return longest;
    }

    /**
     * The expressions equivalent to {@code words} (itself included), or just itself. A plural or a feminine the file
     * does not write ("téléconsultations") finds the group of the form it does ("téléconsultation").
     */
    public List<List<String>> equivalents(List<String> words) {
        List<List<String>> group = groupOf.get(words);
        if (group == null) {
            group = groupOf.get(singular(words, false));
        }
        if (group == null) {
            group = groupOf.get(singular(words, true));
        }
        return group == null ? List.of(words) : group;
    }

    /** True when {@code words}, or its singular or masculine, is an expression of some group. */
    public boolean knows(List<String> words) {
        return groupOf.containsKey(words) || groupOf.containsKey(singular(words, false))
                || groupOf.containsKey(singular(words, true));
    }

    /** The words without their final « s » or « x », and without a final « e » too when {@code masculine}. */
    private static List<String> singular(List<String> words, boolean masculine) {
        List<String> singular = new ArrayList<>(words.size());
        for (String word : words) {
            String w = word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))
                    ? word.substring(0, word.length() - 1) : word;
            singular.add(masculine && w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w);
        }
        return singular;
    }

    /** Every folded word of every expression, for the spelling vocabulary. */
    public Set<String> words() {
        Set<String> words = new LinkedHashSet<>();
        groupOf.keySet().forEach(words::addAll);
        return words;
    }
}
