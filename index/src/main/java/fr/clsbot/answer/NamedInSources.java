package fr.clsbot.answer;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.evidence.Evidence;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Token;
import fr.clsbot.text.Folding;
import fr.clsbot.text.WordMemo;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract a question names by a word that only its pages write, and write as a proper noun, when the question
 * names no territory the base knows by name: « cls sud toulousain signé quand » is about the contract whose page says
 * « le PETR du Pays Sud Toulousain », « pantin cls axes » about a page that writes « la ville de Pantin » though its
 * territory could not be read from it. A word that some page writes in lower case is a common word, and a word the
 * pages of several contracts write names none of them.
 */
final class NamedInSources {
    /** How many pieces holding a word are read to tell how it is written: enough to meet a lower-case use. */
    private static final int READ = 60;
    private static final int MIN_LETTERS = 3;
    private static final int REMEMBERED = 4096;
    /** The id remembered for a word that names no contract. */
    private static final String NONE = "";
    /** A town's name shorter than this is no stem to find its people's name by. */
    private static final int MIN_STEM = 4;
    /** The name of a town's people: "Livryens", "Blésois", "Sétoises" (capitalised, with a people's ending). */
    private static final Pattern PEOPLE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ens|ennes|iens|iennes|ois|oises|ais"
            + "|aises|ains|aines|ins|ines)(?!\\p{L})");
    /** Nouns that stand beside a territory's name as part of it: "île d'Yeu", "pays de Retz" (folded). */
    private static final Set<String> GEOGRAPHIC_NOUNS = Set.of("ile", "iles", "pays", "val", "vallee", "vallees",
            "bassin", "plaine", "monts", "terres", "portes", "rives", "coteaux", "gorges", "causses");

    /** A contract and the positions of the question's words that name it. */
    record Found(Contract contract, Set<Integer> positions) {
    }

    private final EvidenceIndex index;
    private final FrenchAnalysis analysis;
    private final EntityRecognizer recognizer;
    private final Set<String> vocabulary;
    private final WordMemo<String> namedBy = new WordMemo<>(REMEMBERED);
    private final WordMemo<String> peopleOf = new WordMemo<>(REMEMBERED);

    NamedInSources(EvidenceIndex index, FrenchAnalysis analysis, EntityRecognizer recognizer,
                   Set<String> vocabulary) {
        this.index = index;
        this.analysis = analysis;
        this.recognizer = recognizer;
        this.vocabulary = vocabulary;
    }

    /**
     * The one contract the question's free words name, with their positions; empty when none does or when they name
     * several. A word that is a place of the map ({@code ofTheMap}) names only a contract whose territory was not
     * read for sure: a page about Vénissieux that mentions Lyon is no contract of Lyon.
     */
    Optional<Found> find(List<Token> tokens, Set<Integer> taken, Predicate<Token> ofTheMap) {
        Contract named = null;
        Set<Integer> positions = new HashSet<>();
        for (Token token : tokens) {
            if (!free(token, taken)) {
                continue;
            }
            String id = namedBy.get(token.text(), this::onlyContractNaming);
            if (id.equals(NONE)) {
                continue;
            }
            Contract contract = index.base().contractsById().get(id);
            if (ofTheMap.test(token) && !territoryUnsure(contract)) {
                continue;
            }
            if (named != null && named != contract) {
                return Optional.empty();
            }
            named = contract;
            positions.add(token.position());
        }
        if (named == null) {
            // "livry gargan": a page that never names its town may still name its people ("les Livryens").
            for (Token token : tokens) {
                if (free(token, taken) && ofTheMap.test(token) && token.text().length() >= MIN_STEM) {
                    String id = peopleOf.get(token.text(), this::onlyUnsureContractNamingItsPeople);
                    if (!id.equals(NONE)) {
                        Contract contract = index.base().contractsById().get(id);
                        if (named != null && named != contract) {
                            return Optional.empty();
                        }
                        named = contract;
                        positions.add(token.position());
                    }
                }
            }
        }
        if (named == null) {
            return Optional.empty();
        }
        // "ile d'yeu": the geographic noun beside the name is part of it.
        for (Token token : tokens) {
            if (GEOGRAPHIC_NOUNS.contains(token.text()) && !taken.contains(token.position())
                    && (positions.contains(token.position() + 1) || positions.contains(token.position() - 1)
                    || positions.contains(token.position() + 2) && analysis.isStopWord(
                    tokens.get(token.position() + 1).text()))) {
                positions.add(token.position());
            }
        }
        return Optional.of(new Found(named, positions));
    }

    private boolean free(Token token, Set<Integer> taken) {
        String word = token.text();
        return !taken.contains(token.position()) && !token.number() && word.length() >= MIN_LETTERS
                && !analysis.isStopWord(word) && !vocabulary.contains(word);
    }

    /**
     * The id of the one contract, its territory unsure, whose pages name the people of a town that starts like
     * {@code folded} ("Livryens" for "livry"), or {@link #NONE}.
     */
    private String onlyUnsureContractNamingItsPeople(String folded) {
        String only = null;
        for (Evidence piece : index.holdingWordsStarting(folded, READ)) {
            Matcher people = PEOPLE.matcher(piece.text());
            while (people.find()) {
                if (!Folding.fold(people.group()).startsWith(folded)) {
                    continue;
                }
                if (only != null && !only.equals(piece.contract().id()) || !territoryUnsure(piece.contract())) {
                    return NONE;
                }
                only = piece.contract().id();
            }
        }
        return only == null ? NONE : only;
    }

    /**
     * The id of the one contract whose pages hold {@code folded}, written as a name at least as often as in lower
     * case ("le PETR Pays Sud Toulousain", "les territoires du sud toulousain"), or {@link #NONE}.
     */
    private String onlyContractNaming(String folded) {
        if (!index.knows(folded) || !recognizer.organisationsAsked(folded).isEmpty()) {
            return NONE;
        }
        String only = null;
        int capitalised = 0;
        int lowerCase = 0;
        for (Evidence piece : index.holding(folded, READ)) {
            String text = piece.text();
            String foldedText = Folding.foldKeepingOffsets(text);
            for (int at = foldedText.indexOf(folded); at >= 0; at = foldedText.indexOf(folded, at + 1)) {
                if (!wholeWord(foldedText, at, folded.length())) {
                    continue;
                }
                if (only != null && !only.equals(piece.contract().id())) {
                    return NONE;
                }
                only = piece.contract().id();
                if (!Character.isUpperCase(text.charAt(at))) {
                    lowerCase++;
                } else if (!startsASentence(text, at)) {
                    capitalised++;
                }
            }
        }
        return only == null || capitalised == 0 || capitalised < lowerCase ? NONE : only;
    }

    /** True when the contract's territory was taken from a file name or is flagged for review. */
    private static boolean territoryUnsure(Contract contract) {
        return contract.review().stream().anyMatch(note -> note.field().equals("territory"));
    }

    private static boolean wholeWord(String text, int at, int length) {
        int end = at + length;
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** A capital the word owes to its place: the start of the text or of a sentence, after a quote or a bullet. */
    private static boolean startsASentence(String text, int at) {
        int before = at - 1;
        while (before >= 0 && (Character.isWhitespace(text.charAt(before)) || "«\"“-–•*(".indexOf(
                text.charAt(before)) >= 0)) {
            before--;
        }
        return before < 0 || ".!?:;".indexOf(text.charAt(before)) >= 0;
    }
}
