package fr.clsbot.answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.clsbot.text.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What people say besides questions (greetings, thanks, goodbyes, insults), from {@code small-talk.yaml}: a message
 * made only of such phrases gets a short reply, an insult a neutral one that never repeats it, and a greeting
 * before a question is dropped so that the question is answered.
 */
final class SmallTalk {
    private static final String RESOURCE = "/fr/clsbot/answer/small-talk.yaml";

    /** The file as written. */
    record Data(List<Kind> kinds, List<String> fillers) {
    }

    /** One kind of small talk and its reply ({@code help} for the bot's presentation). */
    record Kind(String name, List<String> phrases, String reply) {
    }

    /** What a message is, once small talk is recognised. */
    record Reading(Kind kind, String rest) {
        /** True when the whole message is small talk: it gets {@link Kind#reply()}. */
        boolean alone() {
            return kind != null && rest.isBlank();
        }
    }

    /** A phrase folded, and padded with a space each side to be found as whole words. */
    private record Phrase(Kind kind, String folded, String padded) {
        /** The phrase's first word: a message without it as a word cannot hold the phrase. */
        String firstWord() {
            int space = folded.indexOf(' ');
            return space < 0 ? folded : folded.substring(0, space);
        }
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Phrase> phrases = new ArrayList<>();
    /** The first word of each phrase, in the same order. */
    private final List<String> firstWords;
    private final Set<String> fillers;

    private SmallTalk(Data data) {
        for (Kind kind : data.kinds()) {
            kind.phrases().forEach(p -> phrases.add(new Phrase(kind, Folding.fold(p), " " + Folding.fold(p) + " ")));
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.folded().length()).reversed());
        firstWords = phrases.stream().map(Phrase::firstWord).toList();
        fillers = Set.copyOf(data.fillers().stream().map(Folding::fold).toList());
    }

    static SmallTalk bundled() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = SmallTalk.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new SmallTalk(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads {@code message}: the kind of small talk at its start, and what remains. An insult anywhere makes the
     * kind {@code insult}, whatever else the message holds.
     */
    Reading read(String message) {
        String folded = " " + SPACES.matcher(NOT_WORD.matcher(Folding.fold(message)).replaceAll(" ")).replaceAll(" ")
                .strip() + " ";
        Kind found = null;
        String rest = folded;
        boolean progress = true;
        while (progress) {
            progress = false;
            // Looked for only when their first word is there: a message holds a handful of words, the file
            // a hundred phrases.
            Set<String> words = new HashSet<>(Arrays.asList(rest.strip().split(" ")));
            for (int i = 0; i < phrases.size(); i++) {
                Phrase phrase = phrases.get(i);
                if (!words.contains(firstWords.get(i))) {
                    continue;
                }
                String padded = phrase.padded();
                int at = rest.indexOf(padded);
                if (at < 0) {
                    continue;
                }
                boolean atStart = rest.startsWith(padded) || rest.isBlank();
                boolean insult = phrase.kind().name().equals("insult");
                if (atStart || insult || onlyFillersBefore(rest, at)) {
                    if (found == null || insult) {
                        found = phrase.kind();
                    }
                    rest = rest.substring(0, at) + " " + rest.substring(at + padded.length());
                    rest = " " + rest.strip() + " ";
                    progress = true;
                    break;
                }
            }
        }
        StringBuilder remaining = new StringBuilder();
        for (String word : rest.strip().split(" ")) {
            if (!word.isEmpty() && !fillers.contains(word)) {
                remaining.append(word).append(' ');
            }
        }
        return new Reading(found, remaining.toString().strip());
    }

    /** {@code message} without the greetings or thanks it starts with ("Bonjour, quels sont…" → "quels sont…"). */
    String withoutLeadingCourtesy(String message) {
        String text = message;
        boolean progress = true;
        while (progress) {
            progress = false;
            String folded = Folding.foldKeepingOffsets(text);
            int start = 0;
            while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
                start++;
            }
            for (Phrase phrase : phrases) {
                int end = start + phrase.folded().length();
                if (!phrase.kind().name().equals("insult") && folded.startsWith(phrase.folded(), start)
                        && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                    text = text.substring(end).replaceFirst("^[\\s,;:.!-]+", "");
                    progress = !text.isEmpty();
                    break;
                }
            }
        }
        return text;
    }

    private boolean onlyFillersBefore(String text, int at) {
        for (String word : text.substring(0, at).strip().split(" ")) {
            if (!word.isEmpty() && !fillers.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
