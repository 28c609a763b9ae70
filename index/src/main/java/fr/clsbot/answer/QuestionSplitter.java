package fr.clsbot.answer;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Two questions in one message: « signé quand et où ? », « Combien de partenaires ont signé le CLS de X, et pour
 * quelle période ? », « dure combien de temps, jusqu'à quand ? », « combientième CLS ? les précédents dataient de
 * quand ? ». Split where "et" (or "puis") opens a second question word; each part is then made whole with
 * what the other says (its territory, or the subject of the first when the second is only a question word).
 */
final class QuestionSplitter {
    private static final String QUESTION_WORD = "(?:pour\\s+|sur\\s+|en\\s+|depuis\\s+|jusqu['’]\\s*(?:à|a)\\s+|à\\s+|a\\s+"
            + "|dans\\s+)?(?:quand|où|ou|qui|combien|quel|quelle|quels|quelles|comment|pourquoi)\\b";
    /**
     * "et quand", "puis où", any question after a question mark, and after a comma a question word that opens no relative clause
     * ("…, jusqu'à quand ?" but not "…, qui vise les jeunes").
     */
    private static final Pattern JOIN = Pattern.compile("(?iu)\\s*,?\\s+(?:et|puis)\\s+(?=" + QUESTION_WORD + ")"
            + "|\\s*\\?\\s+(?=\\p{L})|\\s*,\\s*(?=(?:jusqu['’]\\s*(?:à|a)\\s+|depuis\\s+|pour\\s+)?"
            + "(?:quand|combien|quel|quelle|quels|quelles)\\b)");
    /** The question words of a part, left out when its words complete the other part. */
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?iu)\\b" + QUESTION_WORD
            + "(?:\\s+(?:de|d['’]|est|sont|a|ont|le|la|les)\\b)?|\\?");
    private static final int MIN_PART = 2;
    /** A question word anywhere: the first part is a question of its own. */
    private static final Pattern ASKS = Pattern.compile("(?iu)\\b(?:quand|où|qui|combien|combienti[eè]me|quel|quelle"
            + "|quels|quelles|comment|pourquoi|quoi)\\b");
    /** "ou en est", typed without its accent: « ou » alone is mostly the conjunction. */
    private static final Pattern OU_EN = Pattern.compile("(?iu)\\bou en\\b");

    private QuestionSplitter() {
    }

    /** The two questions of {@code text}, or {@code text} alone. */
    static List<String> split(String text) {
        List<MatchResult> joins = JOIN.matcher(text).results().toList();
        if (joins.size() != 1) {
            // Three questions or more are rare and easily misread: the message is then answered whole.
            return List.of(text);
        }
        MatchResult join = joins.get(0);
        String first = text.substring(0, join.start()).strip();
        String second = text.substring(join.end()).strip();
        if (first.split("\\s+").length < MIN_PART && second.split("\\s+").length < MIN_PART) {
            return List.of(text);
        }
        if (!join.group().contains("?") && !ASKS.matcher(first).find()) {
            // "Selon la page de X, quel territoire …": what comes before the comma is no question of its own.
            return List.of(text);
        }
        return List.of(first, second);
    }

    /** True when {@code text} holds a question word: "où en est le CLS du Gévaudan ?" asks something. */
    static boolean asks(String text) {
        return ASKS.matcher(text).find() || OU_EN.matcher(text).find();
    }

    /** A part that is only a question word or two ("où", "et quand ?"): it asks about the other part's subject. */
    static boolean bare(String part) {
        return subjectOf(part).isEmpty();
    }

    /** The words of {@code part} that are not question words: "cls fleury signé quand" gives "cls fleury signé". */
    static String subjectOf(String part) {
        return QUESTION_WORDS.matcher(part).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
