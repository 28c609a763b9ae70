package fr.clsbot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.clsbot.entity.EntityType;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.text.Folding;
import fr.clsbot.text.Typo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The answer types of {@code question-types.yaml} and how a question announces them: its cues ("quand",
 * "combien de temps"), the roles it asks for ("coordinatrice"), and the phrases of yes/no questions.
 */
final class QuestionTypes {
    /** The file as written. */
    record Data(List<TypeData> types, Map<String, List<String>> roles, @JsonProperty("yes-no") List<String> yesNo,
                Map<String, String> shorthands) {
    }

    /** One type as written. */
    record TypeData(String name, List<String> cues, List<String> entities, List<String> weak, List<String> facts,
                    String lead, String missing, List<String> outranks, List<String> hints,
                    @JsonProperty("joins-before") List<String> joinsBefore,
                    @JsonProperty("joins-after") List<String> joinsAfter) {
    }

    /** A cue found in a question: the type it announces and the words it covers. */
    record Cue(AnswerType type, int start, int end) {
    }

    /**
     * A cue as looked for: apostrophes read as spaces ("jusqu a quand" typed for "jusqu'à quand"); a cue written with
     * a final "$" only ends a question ("signature ou" for "où"), one with a leading "^" only starts it ("part des
     * moins de 30 ans", not "de la part des partenaires").
     */
    private record CueForm(AnswerType type, String form, boolean accented, boolean last, boolean first) {
    }

    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s?!.…]+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The shortest question word a typo is forgiven in: "conbien" is "combien", "quan" is no "quand". */
    private static final int MIN_RESPELLED = 6;

    private final Map<String, AnswerType> byName = new LinkedHashMap<>();
    private final List<CueForm> cues = new ArrayList<>();
    /** Each cue's place in {@link #cues} by its first word: a question is looked at only for the cues it may hold. */
    private final Map<String, List<Integer>> cuesByFirstWord = new HashMap<>();
    private final Map<String, String> roleOfWord = new LinkedHashMap<>();
    /** Question words as typed on a phone, folded ("cbien", "qd"), and the word each stands for. */
    private final Map<String, String> shorthands = new HashMap<>();
    /** The question words of the cues ("combien", "pourquoi"), long enough to be recognised when mistyped. */
    private final Set<String> cueWords = new TreeSet<>();
    private final Map<String, Set<String>> outranks = new LinkedHashMap<>();
    private final List<String> yesNo;
    /** The same phrases as looked for in a question, built once: " a-t-il " as a whole, " qu'" as a start. */
    private final List<String> yesNoPadded;
    private final List<String> yesNoStarting;

    QuestionTypes(Data data) {
        for (TypeData type : data.types()) {
            AnswerType parsed = new AnswerType(type.name(), orEmpty(type.cues()), entityTypes(type.entities()),
                    entityTypes(type.weak()), orEmpty(type.facts()).stream().map(EvidenceKind::parse)
                    .collect(Collectors.toSet()), AnswerType.Lead.valueOf((type.lead() == null ? "quote"
                    : type.lead()).toUpperCase(Locale.ROOT)), type.missing(), orEmpty(type.hints()),
                    orEmpty(type.joinsBefore()), orEmpty(type.joinsAfter()));
            byName.put(parsed.name(), parsed);
            outranks.put(parsed.name(), Set.copyOf(orEmpty(type.outranks())));
            for (String cue : parsed.cues()) {
                boolean last = cue.endsWith("$");
                boolean first = cue.startsWith("^");
                String lower = cue.substring(first ? 1 : 0, last ? cue.length() - 1 : cue.length())
                        .toLowerCase(Locale.ROOT).replace('’', ' ').replace('\'', ' ');
                boolean accented = !Folding.fold(lower).equals(lower);
                cues.add(new CueForm(parsed, accented ? lower : Folding.fold(lower), accented, last, first));
            }
        }
        for (CueForm cue : cues) {
            String first = Folding.fold(cue.form().split(" ")[0]);
            if (first.length() >= MIN_RESPELLED && first.chars().allMatch(Character::isLetter)) {
                cueWords.add(first);
            }
        }
        cues.sort(Comparator.comparingInt((CueForm c) -> c.form().length()).reversed());
        for (int i = 0; i < cues.size(); i++) {
            cuesByFirstWord.computeIfAbsent(firstWord(cues.get(i).form(), 0), w -> new ArrayList<>()).add(i);
        }
        if (data.roles() != null) {
            data.roles().forEach((role, words) -> words.forEach(word -> roleOfWord.put(Folding.fold(word), role)));
        }
        if (data.shorthands() != null) {
            data.shorthands().forEach((typed, word) -> shorthands.put(Folding.fold(typed), word));
        }
        yesNo = orEmpty(data.yesNo()).stream().map(Folding::fold).toList();
        yesNoPadded = yesNo.stream().map(phrase -> " " + phrase + " ").toList();
        yesNoStarting = yesNo.stream().map(phrase -> " " + phrase).toList();
        named("description");
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static Set<EntityType> entityTypes(List<String> names) {
        return orEmpty(names).stream().map(n -> EntityType.valueOf(n.strip().toUpperCase(Locale.ROOT)))
                .collect(Collectors.toSet());
    }

    AnswerType named(String name) {
        AnswerType type = byName.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no answer type " + name + " in question-types.yaml");
        }
        return type;
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /**
     * The question with its question words written out ("cbien de temps", "qd") and its mistyped ones put right
     * ("conbien de signataires", "pourqoui"): a word no page nor vocabulary knows, one letter away from a cue's word
     * (one changed, added, dropped or two swapped).
     */
    String respelled(String question, Predicate<String> known) {
        Matcher word = WORD.matcher(question);
        StringBuilder respelled = null;
        int last = 0;
        while (word.find()) {
            String folded = Folding.fold(word.group());
            String meant = shorthands.get(folded);
            if (meant == null && folded.length() >= MIN_RESPELLED && !cueWords.contains(folded)
                    && !known.test(folded)) {
                // "s'adresser" is no mistyped « adresse »: a letter added at the end inflects a word.
                meant = cueWords.stream().filter(cue -> Typo.oneEditApart(folded, cue) && !folded.startsWith(cue))
                        .findFirst().orElse(null);
            }
            if (meant != null) {
                respelled = respelled == null ? new StringBuilder(question.length()) : respelled;
                respelled.append(question, last, word.start()).append(meant);
                last = word.end();
            }
        }
        return respelled == null ? question : respelled.append(question, last, question.length()).toString();
    }


    /**
     * The cues of {@code question}, longest first and none overlapping another: the first one decides the answer
     * type, the others may add to it ("mis en place quand, et ça dure combien de temps ?").
     */
    List<Cue> cues(String question) {
        String asked = END_PUNCTUATION.matcher(question).replaceFirst("");
        String lower = " " + asked.toLowerCase(Locale.ROOT).replace('’', ' ').replace('\'', ' ') + " ";
        String folded = " " + Folding.foldKeepingOffsets(asked).replace('’', ' ').replace('\'', ' ') + " ";
        List<Cue> found = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        boolean[] candidates = candidates(lower, folded);
        for (int index = 0; index < cues.size(); index++) {
            if (!candidates[index]) {
                continue;
            }
            CueForm cue = cues.get(index);
            String haystack = cue.accented() ? lower : folded;
            int from = 0;
            int at;
            while ((at = haystack.indexOf(cue.form(), from)) >= 0) {
                int end = at + cue.form().length();
                from = at + 1;
                boolean whole = !Character.isLetterOrDigit(haystack.charAt(at - 1))
                        && (end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end))
                        || cue.form().endsWith(" ")) && (!cue.last() || end == haystack.length() - 1)
                        && (!cue.first() || haystack.substring(0, at).isBlank());
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !used.contains(i);
                }
                if (whole && free) {
                    for (int i = at; i < end; i++) {
                        used.add(i);
                    }
                    found.add(new Cue(cue.type(), at - 1, end - 1));
                }
            }
        }
        found.sort(Comparator.comparingInt((Cue c) -> -(c.end() - c.start())));
        // "se termine en quelle année": the end of a period outranks the plain date, however long its cue.
        found.sort(Comparator.comparingInt((Cue c) -> outranked(c, found) ? 1 : 0));
        return found;
    }

    /** Whether each cue of {@link #cues} may be in the question: its first word is. */
    private boolean[] candidates(String lower, String folded) {
        boolean[] candidates = new boolean[cues.size()];
        mark(lower, candidates);
        mark(folded, candidates);
        return candidates;
    }

    private void mark(String haystack, boolean[] candidates) {
        for (int at = 1; at < haystack.length(); at++) {
            boolean wordStart = Character.isLetterOrDigit(haystack.charAt(at))
                    && !Character.isLetterOrDigit(haystack.charAt(at - 1));
            if (wordStart) {
                List<Integer> starting = cuesByFirstWord.get(firstWord(haystack, at));
                if (starting != null) {
                    starting.forEach(index -> candidates[index] = true);
                }
            }
        }
    }

    /** The letters and digits of {@code text} from {@code start} on. */
    private static String firstWord(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private boolean outranked(Cue cue, List<Cue> found) {
        return found.stream().anyMatch(other -> outranks.get(other.type().name()).contains(cue.type().name()));
    }

    /** The role a folded question word asks for ("coordinatrice" → "coordinateur"), or null. */
    String role(String folded) {
        return roleOfWord.get(folded);
    }

    /** True when {@code question} holds a yes/no phrase ("est-ce que", "a-t-il"). */
    boolean yesNo(String question) {
        String folded = " " + Folding.fold(question).replace('’', '\'') + " ";
        for (int i = 0; i < yesNo.size(); i++) {
            if (folded.contains(yesNoPadded.get(i))
                    || yesNo.get(i).endsWith("'") && folded.contains(yesNoStarting.get(i))) {
                return true;
            }
        }
        return false;
    }
}
