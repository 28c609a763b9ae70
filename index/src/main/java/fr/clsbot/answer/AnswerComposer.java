package fr.clsbot.answer;

import fr.clsbot.entity.EntityType;
import fr.clsbot.evidence.Evidence;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.knowledge.Party;
import fr.clsbot.knowledge.Passage;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.search.Concept;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.text.Folding;
import fr.clsbot.text.FrenchNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Step 4 of answering: writes the answer from the best evidence. A typed fact of a list intent brings its whole
 * list (axes, signatories…); a date, figure or name found in a sentence is given first, then the sentence quoted;
 * a sentence of a list brings its list. When several contracts are asked about, each gets its best evidence.
 * Returns null when there is nothing good enough to say: {@link RefusalPolicy} then says what is known.
 */
final class AnswerComposer {
    /** Words that follow an ordinal standing alone for an item: "Le premier, autour de…" (the comma is dropped). */
    private static final Set<String> LONE_ORDINAL_NEXT = Set.of("autour", "porte", "concerne", "vise", "est", "traite",
            "s", "consiste", "sera", "a", "cible", "regroupe", "touche", "aborde");
    /** How many sentences back the count of the items may stand. */
    private static final int COUNT_REACH = 10;
    /** "… autour de quatre thématiques clés : la prévention, …": a count announcing the items after a colon. */
    private static final Pattern COUNTED_LIST_AFTER_COLON = Pattern.compile("(?iu)(?:\\b\\d{1,2}|\\b(?:deux|trois"
            + "|quatre|cinq|six|sept|huit|neuf|dix))\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+[^:.;]{0,40}:\\s*\\p{L}[^:]*$");
    /** A sentence that opens on a noun made from a verb: "L'amélioration de …", "La mise en place …". */
    private static final Pattern NOMINAL_ITEMS = Pattern.compile("(?u)(?:L['’]|La |Le |Les |Un |Une |Des )"
            + "(?:mise en place|\\p{L}+(?:tion|ment|ité|ance|ence|age|ure|ise)s?)\\b");
    /** The elided article or preposition glued to a word ("d'étapes"). */
    private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,3}['’]");
    private static final Pattern ENUMERATION = Pattern.compile(",|\\set\\s");
    private static final Pattern FINITE_VERB = Pattern.compile("(?iu)\\b(?:est|sont|a|ont|sera|seront|était|étaient"
            + "|fut|doit|doivent|peut|peuvent|permet|permettent|vise|visent|reste|restent)\\b");
    private static final int MAX_ITEMS = 20;
    /** Besides the best one, evidence this close to it is added to descriptive answers. */
    private static final double CLOSE = 0.03;
    private static final int MAX_EXTRA = 2;
    /** Other figures of the same kind this close to the best are given too ("l'ARS finance 15 000 € et 50 %"). */
    private static final double FIGURES_CLOSE = 0.2;
    private static final int MAX_TERRITORIES = 10;

    private final KnowledgeBase base;
    private final EvidenceIndex index;
    /** The kinds of typed fact that make lists (axes, signatories, partners…), from the list intents. */
    private final java.util.Set<EvidenceKind> listKinds;
    /** A plural article opening a list item (folded): "les CPTS", "des associations". */
    private static final Pattern SEVERAL = Pattern.compile("(?:les|des|aux|plusieurs|divers(?:es)?)\\s");
    /** Words naming the contract itself ("cls"): its own definition is never traded for a sentence. */
    private final java.util.Set<String> generic;

    AnswerComposer(KnowledgeBase base, EvidenceIndex index, IntentCatalog intents) {
        this.base = base;
        this.index = index;
        this.generic = java.util.Set.copyOf(intents.generic());
        this.listKinds = intents.intents().stream().filter(i -> i.style() == Intent.Style.LIST)
                .flatMap(i -> i.kinds().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    Draft compose(Question question, List<Contract> scope, List<Candidate> ranked, double threshold) {
        Intent intent = question.intent();
        if (intent != null && intent.style() == Intent.Style.HELP) {
            return Draft.answer(1).line(Phrases.help(base));
        }
        if (intent != null && intent.style() == Intent.Style.DEFINITION && definitionAnswers(question, ranked,
                threshold)) {
            Draft definition = definition(question);
            if (definition != null) {
                return definition;
            }
        }
        if (intent != null && intent.style() == Intent.Style.TERRITORIES) {
            return territories(question, ranked, threshold);
        }
        Map<String, Candidate> bestByContract = new LinkedHashMap<>();
        for (Candidate candidate : ranked) {
            bestByContract.putIfAbsent(candidate.evidence().contract().id(), candidate);
        }
        List<Candidate> chosen = bestByContract.values().stream().filter(c -> c.score() >= threshold).toList();
        if (chosen.isEmpty()) {
            return null;
        }
        // "c quand la signature" asked of no territory and answered by one contract of several says which.
        boolean several = chosen.size() > 1 || question.territories().isEmpty() && scope.size() > 1;
        Draft draft = Draft.answer(chosen.get(0).score());
        for (Candidate candidate : chosen) {
            if (several) {
                draft.line(candidate.evidence().contract().territoryName() + " —");
            }
            if (answersInsteadOfMissingList(question, candidate)) {
                otherList(question, candidate, draft);
            } else if (answersWithList(question, candidate) && !picksItsItemBySubject(question, candidate)) {
                if (!typedList(question, candidate, draft)) {
                    return null;
                }
            } else if (asksANarrowedList(question, candidate)) {
                narrowedList(candidate, ranked, threshold, draft);
            } else if (question.filters().item() != null) {
                // "le quatrième axe": the item of the list the best evidence belongs to, if the list has one, or
                // the sentence that names that item itself ("Le premier axe est de renforcer l'accès aux soins").
                if (!listItem(question.filters().item(), candidate, draft)) {
                    Candidate naming = ranked.stream().filter(c -> c.score() >= threshold && c.evidence().contract()
                            .id().equals(candidate.evidence().contract().id()) && namesItem(question, c.evidence()))
                            .findFirst().orElse(null);
                    if (naming == null) {
                        return null;
                    }
                    evidence(question, naming, draft);
                }
            } else {
                evidence(question, candidate, draft);
                extras(question, candidate, ranked, draft);
            }
        }
        if (several && question.territories().isEmpty()) {
            // "les 2 cls ont commencé quand ?": each contract asked about is answered, or said to be unanswered.
            scope.stream().filter(contract -> chosen.stream().noneMatch(c -> c.evidence().contract().id()
                    .equals(contract.id()))).forEach(contract -> draft.line(contract.territoryName()
                    + " — je ne trouve pas la réponse dans ses sources."));
        }
        draft.confidence(chosen.stream().mapToDouble(Candidate::score).min().orElse(0));
        return draft;
    }

    /**
     * A list asked for that the sources do not give ("Qui a signé ?" when only partners are named), answered by
     * another typed list.
     */
    private boolean answersInsteadOfMissingList(Question question, Candidate candidate) {
        Intent intent = question.intent();
        Evidence evidence = candidate.evidence();
        return intent != null && intent.style() == Intent.Style.LIST && listKinds.contains(evidence.kind())
                && !intent.kinds().contains(evidence.kind()) && !question.yesNo()
                && intent.kinds().stream().allMatch(kind -> index.of(evidence.contract().id(), kind).isEmpty());
    }

    private void otherList(Question question, Candidate candidate, Draft draft) {
        Contract contract = candidate.evidence().contract();
        draft.line("Les sources ne donnent pas " + question.intent().missing() + " " + Phrases.ofContract(contract)
                + ". Elles citent :");
        for (Evidence item : index.of(contract.id(), candidate.evidence().kind())) {
            draft.line(listItem(item)).cite(item);
        }
        draft.confidence(Math.min(0.7, candidate.score()));
    }

    /** A typed fact of a list intent answers with the whole list, unless the question picks one of its items. */
    private static boolean answersWithList(Question question, Candidate candidate) {
        Intent intent = question.intent();
        return intent != null && intent.style() == Intent.Style.LIST && candidate.evidence().typed()
                && intent.kinds().contains(candidate.evidence().kind()) && question.filters().families().isEmpty()
                && question.filters().ordinal() == null && !question.yesNo();
    }

    /**
     * "quel axe parle de la jeunesse ?", "la santé mentale c dans quel axe ?": one item asked, picked by a subject
     * that this item says and not every item of its list does. It is answered alone.
     */
    private boolean picksItsItemBySubject(Question question, Candidate candidate) {
        if (!question.filters().oneAsked()) {
            return false;
        }
        Evidence item = candidate.evidence();
        List<Evidence> list = index.of(item.contract().id(), item.kind());
        return question.concepts().stream().anyMatch(concept -> !concept.weak() && !concept.number()
                && index.mentionsItself(item, concept) && !list.stream().allMatch(other -> index.mentions(other,
                concept)));
    }

    /**
     * "Quelles communautés de communes sont signataires ?": the items of a typed list that are of the kind asked, every
     * one of them, not only the first.
     */
    private static boolean asksANarrowedList(Question question, Candidate candidate) {
        Intent intent = question.intent();
        return intent != null && intent.style() == Intent.Style.LIST && candidate.evidence().typed()
                && intent.kinds().contains(candidate.evidence().kind()) && !question.yesNo()
                && question.filters().ordinal() == null && question.filters().item() == null
                && !question.filters().families().isEmpty()
                && question.types().stream().anyMatch(t -> t.lead() == AnswerType.Lead.LIST);
    }

    private static void narrowedList(Candidate best, List<Candidate> ranked, double threshold, Draft draft) {
        for (Candidate other : ranked) {
            Evidence evidence = other.evidence();
            if (evidence.contract().id().equals(best.evidence().contract().id()) && evidence.typed()
                    && evidence.kind() == best.evidence().kind() && other.score() >= Math.max(threshold,
                    best.score() - CLOSE) && other.lead() != null) {
                draft.line("- " + evidence.text()).cite(evidence);
            }
        }
    }

    /**
     * "les hôpitaux de proximité et le CHU", "les CPTS": an item that stands for several, so that the list's length
     * is no count of what it holds.
     */
    private static boolean namesSeveral(Evidence item) {
        return SEVERAL.matcher(Folding.fold(item.text())).lookingAt();
    }

    /** Writes the whole typed list, or its item of the rank asked; false when the list has no such item. */
    private boolean typedList(Question question, Candidate candidate, Draft draft) {
        Contract contract = candidate.evidence().contract();
        List<Evidence> items = new ArrayList<>();
        question.intent().kinds().forEach(kind -> items.addAll(index.of(contract.id(), kind)));
        if (!items.isEmpty()) {
            question.intent().kindsAlongside().forEach(kind -> items.addAll(withoutPartiesListed(items,
                    index.of(contract.id(), kind))));
        }
        Integer asked = question.filters().item();
        if (asked != null) {
            int rank = position(asked, items.size());
            if (rank == 0) {
                return false;
            }
            Evidence item = items.get(rank - 1);
            draft.line(Phrases.capitalize(Phrases.fill(question.intent().heading() == null ? "{The} :"
                    : question.intent().heading(), contract, items.size()))).line(listItem(item)).cite(item);
            return true;
        }
        if (question.type().name().equals("count") && question.filters().counted() != null && items.size() > 1
                && items.stream().noneMatch(AnswerComposer::namesSeveral)) {
            // A list of one is what ingest read, seldom the whole (a CLS has two parties at least): no figure.
            draft.line(items.size() + " " + countedAsTyped(question) + ".");
        }
        String heading = question.intent().heading();
        draft.line(heading == null ? Phrases.capitalize(Phrases.contract(contract)) + " :"
                : Phrases.fill(heading, contract, items.size()));
        for (Evidence item : items) {
            draft.line(listItem(item)).cite(item);
        }
        return true;
    }

    /**
     * The parties of {@code more} that {@code listed} does not already name: partners and members of the governance
     * (listed alongside them) are often the same organisations, written longer or shorter ("l'Agence Régionale de Santé (ARS)
     * Auvergne-Rhône-Alpes", "l'Agence Régionale de Santé").
     */
    private static List<Evidence> withoutPartiesListed(List<Evidence> listed, List<Evidence> more) {
        List<String> names = listed.stream().map(AnswerComposer::partyName).filter(Objects::nonNull).toList();
        return more.stream().filter(item -> {
            String name = partyName(item);
            return name == null || names.stream().noneMatch(other -> other.startsWith(name) || name.startsWith(other));
        }).toList();
    }

    private static String partyName(Evidence item) {
        return item.origin() instanceof Party party ? Folding.fold(party.name()) : null;
    }

    /** The item of rank {@code rank} of the source list {@code candidate} belongs to; false when there is none. */
    private boolean listItem(int rank, Candidate candidate, Draft draft) {
        Evidence evidence = candidate.evidence();
        Evidence list = evidence.kind() == EvidenceKind.LIST ? evidence
                : evidence.list() >= 0 ? index.evidence().get(evidence.list())
                : evidence.typed() ? listIntroducedBy(evidence) : null;
        List<String> items = list == null ? List.of() : itemsOf(list);
        int position = position(rank, items.size());
        if (position == 0) {
            return false;
        }
        draft.line(items.get(position - 1)).line("(d'après " + sourceName(list) + ")").cite(list);
        return true;
    }

    /** Where the item asked stands among {@code size}, from 1 ("le dernier" is the last), or 0 when there is none. */
    private static int position(int asked, int size) {
        int rank = asked == QuestionFilters.LAST_ITEM ? size : asked;
        return rank >= 1 && rank <= size ? rank : 0;
    }

    /**
     * "le préfet a-t-il signé ?" is no « Oui » from a typed fact of another kind than the intent asks (a partner of
     * the signing): its quote is given, and the reader judges.
     */
    private static boolean ofAnotherKind(Question question, Evidence evidence) {
        return evidence.typed() && question.intent() != null && !question.intent().kinds().isEmpty()
                && !question.intent().kinds().contains(evidence.kind());
    }

    /** The noun counted as the question writes it ("étapes", where the filter keeps "etapes"). */
    private static String countedAsTyped(Question question) {
        String counted = question.filters().counted();
        return question.tokens().stream().filter(t -> t.text().equals(counted) || t.text().endsWith("'" + counted))
                .map(t -> ELIDED.matcher(t.original()).replaceFirst("").toLowerCase(java.util.Locale.ROOT))
                .findFirst().orElse(counted);
    }

    /** The texts of the items of a source list, in order (its introducing sentence left out). */
    private static List<String> itemsOf(Evidence list) {
        List<String> items = new ArrayList<>();
        if (list.origin() instanceof List<?> members) {
            for (Object member : members) {
                if (member instanceof Passage passage && passage.line().role() == SourceLine.Role.LIST_ITEM) {
                    items.add(passage.text());
                }
            }
        }
        return items;
    }

    /**
     * True when the sentence names the item of the rank asked: "le premier axe", "la deuxième priorité", or "Le
     * premier, autour de la nutrition, …" after a sentence that counts the items ("quatre axes stratégiques").
     */
    private boolean namesItem(Question question, Evidence evidence) {
        if (evidence.typed()) {
            return false;
        }
        String[] words = Folding.fold(evidence.text()).split("[^a-z0-9]+");
        int asked = question.filters().item();
        // A sentence opening on a quote mark or a bullet splits to an empty first word.
        if (startsWithLoneOrdinal(words, words.length > 0 && words[0].isEmpty() ? 1 : 0, asked)) {
            return countedBefore(question, evidence, asked);
        }
        for (int i = 0; i + 1 < words.length; i++) {
            // "le premier axe", or "Axe 1 : …"
            OptionalInt rank = FrenchNumbers.ordinal(words[i]);
            boolean before = rank.isPresent() && rank.getAsInt() == asked && asks(question, words[i + 1]);
            boolean after = words[i + 1].equals(String.valueOf(asked)) && asks(question, words[i]);
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** "Le premier, …", "La deuxième porte sur …": an article and the ordinal asked, then no noun. */
    private static boolean startsWithLoneOrdinal(String[] words, int from, int asked) {
        if (words.length < from + 3 || !(words[from].equals("le") || words[from].equals("la"))) {
            return false;
        }
        OptionalInt rank = FrenchNumbers.ordinal(words[from + 1]);
        return rank.isPresent() && rank.getAsInt() == asked && !FrenchNumbers.ordinal(words[from + 2]).isPresent()
                && LONE_ORDINAL_NEXT.contains(words[from + 2]);
    }

    /** True when one of the few sentences before counts at least {@code asked} of the noun asked ("quatre axes"). */
    private boolean countedBefore(Question question, Evidence evidence, int asked) {
        List<Evidence> sentences = index.of(evidence.contract().id(), EvidenceKind.SENTENCE);
        int at = sentences.indexOf(evidence);
        for (int i = at - 1; i >= 0 && i >= at - COUNT_REACH; i--) {
            Evidence before = sentences.get(i);
            if (before.source() != evidence.source()) {
                return false;
            }
            String[] words = Folding.fold(before.text()).split("[^a-z0-9]+");
            for (int w = 0; w + 1 < words.length; w++) {
                OptionalInt count = FrenchNumbers.parse(words[w]);
                if (count.isPresent() && count.getAsInt() >= asked && count.getAsInt() <= MAX_ITEMS
                        && (asks(question, singular(words[w + 1]))
                        || w + 2 < words.length && asks(question, singular(words[w + 2])))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String singular(String word) {
        return word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) ? word.substring(0, word.length() - 1)
                : word;
    }

    private static boolean asks(Question question, String noun) {
        return question.concepts().stream().anyMatch(c -> c.words().stream().anyMatch(w -> Folding.fold(w)
                .equals(noun)));
    }

    private static String listItem(Evidence item) {
        if (item.kind() == EvidenceKind.AXIS) {
            return item.text().replaceFirst("^Axe (\\d+) : ", "$1. ");
        }
        return "- " + item.text();
    }

    private void evidence(Question question, Candidate candidate, Draft draft) {
        Evidence evidence = candidate.evidence();
        AnswerType.Lead lead = question.type().lead();
        // "la MSA elle est dedans ?": every word that says what is asked is in the evidence, if not every filler.
        String yes = question.yesNo() && (candidate.coverage() >= 0.999 || question.concepts().stream()
                .allMatch(c -> c.weak() || index.mentions(evidence, c)))
                && question.concepts().stream().anyMatch(c -> !c.weak()) && !ofAnotherKind(question, evidence)
                ? "Oui. " : "";
        if (asksTheWholeList(question) && !question.type().entities().contains(EntityType.PLACE)) {
            // "Avec quels partenaires X a-t-il signé ?" asks for the list, though "quels partenaires" reads as "qui";
            // "Où a été signé … ?" still asks where.
            lead = AnswerType.Lead.LIST;
        }
        if (lead == AnswerType.Lead.LIST && evidence.kind() == EvidenceKind.LIST) {
            draft.line(yes + evidence.text()).cite(evidence);
            return;
        }
        String counted = question.filters().counted();
        if (question.type().name().equals("count") && counted != null && candidate.lead() == null
                && evidence.kind() == EvidenceKind.LIST) {
            // "Combien de phases ?" counted by the list its sentence announces: the count, then the list.
            draft.line(yes + itemsOf(evidence).size() + " " + countedAsTyped(question) + " :").line(evidence.text())
                    .cite(evidence);
            return;
        }
        if (lead == AnswerType.Lead.LIST && evidence.list() >= 0 && (introducesList(evidence)
                || (question.intent() != null && question.intent().style() == Intent.Style.LIST))) {
            Evidence list = index.evidence().get(evidence.list());
            draft.line(yes + list.text()).cite(list);
            return;
        }
        Evidence introduced = lead == AnswerType.Lead.LIST && evidence.typed() ? listIntroducedBy(evidence) : null;
        if (introduced != null) {
            // "quatre axes" quoted from "… autour de quatre axes stratégiques :": the list asked for follows it.
            draft.line(yes + introduced.text()).cite(evidence).cite(introduced);
            return;
        }
        // "24 fiches" found in the quote of the fact "quatre axes": the answer is what was found, with its sentence.
        boolean foundInItsSentence = lead == AnswerType.Lead.ENTITY && candidate.lead() != null && evidence.typed()
                && (!question.type().kinds().contains(evidence.kind())
                || !evidence.text().contains(candidate.lead().text())
                || evidence.origin() instanceof Figure figure
                && !Folding.fold(figure.value()).equals(Folding.fold(candidate.lead().text())))
                && evidence.quote() != null && !evidence.quote().isBlank() && yes.isEmpty();
        if (evidence.typed() && !foundInItsSentence) {
            Intent intent = question.intent();
            if (!yes.isEmpty() && intent != null && intent.yes() != null && intent.kinds().contains(evidence.kind())) {
                draft.line(Phrases.fill(intent.yes(), evidence.contract(), 1).replace("{item}", evidence.text()))
                        .cite(evidence);
            } else if ((question.yesNo() || lead != AnswerType.Lead.ENTITY
                    && !question.type().kinds().contains(evidence.kind())) && evidence.quote() != null
                    && !evidence.quote().isBlank() && (intent == null || !intent.kinds().contains(evidence.kind()))) {
                // "Est-ce le premier CLS de Mayotte ?": the sentence says yes, not the fact drawn from it; "Quel est
                // l'objectif ?" is said by the sentence, not by the "37 communes" drawn from it.
                draft.line(yes + "D'après " + sourceName(evidence) + " :").line("« " + Phrases.shortQuote(
                        withJoinedSentences(question.type(), evidence), -1, Phrases.MAX_ANSWER_QUOTE) + " »")
                        .cite(evidence);
            } else {
                draft.line(yes + evidence.text()).cite(evidence);
            }
            return;
        }
        // A fact's own entities are found in its quote: "CPTS du Sud Angoumois" asked, the signing date's sentence.
        String said = foundInItsSentence ? evidence.quote() : withJoinedSentences(question.type(), evidence);
        int from = candidate.lead() == null || foundInItsSentence ? -1 : candidate.lead().start();
        Evidence context = candidate.context();
        if (context != null) {
            // The answer is in the sentence next door: both are quoted, in the order of the page.
            boolean before = context.id() < evidence.id();
            from = before ? from : said.length() + 1 + from;
            said = before ? context.text() + " " + said : said + " " + context.text();
        }
        String quote = "« " + Phrases.shortQuote(said, from, Phrases.MAX_ANSWER_QUOTE) + " »";
        if (lead == AnswerType.Lead.ENTITY && candidate.lead() != null && yes.isEmpty()) {
            draft.line(Phrases.capitalize(candidate.lead().text()) + ", d'après " + sourceName(evidence) + " :");
        } else {
            draft.line(yes + "D'après " + sourceName(evidence) + " :");
        }
        draft.line(quote).cite(evidence);
        if (context != null) {
            draft.cite(context);
        }
        if (lead == AnswerType.Lead.ENTITY && question.filters().counted() != null && yes.isEmpty()) {
            countsOfTheSameList(question.filters().counted(), said, evidence, draft);
        }
    }

    /**
     * "combien de fiches actions ?" answered from a list item (« … (10 fiches actions) ») when the other items of its
     * list count the same noun (« … (6 fiches actions) »): those items are quoted too, as the count is spread over
     * them.
     */
    private void countsOfTheSameList(String counted, String said, Evidence evidence, Draft draft) {
        List<Evidence> sentences = index.of(evidence.contract().id(), EvidenceKind.SENTENCE);
        int at = sentenceSaying(sentences, evidence, said);
        if (at < 0 || sentences.get(at).list() < 0) {
            return;
        }
        Pattern counts = Pattern.compile("\\b\\d+\\s+" + Pattern.quote(singular(counted)) + "s?\\b");
        List<String> others = itemsOf(index.evidence().get(sentences.get(at).list())).stream()
                .filter(item -> !item.equals(said) && counts.matcher(Folding.fold(item)).find())
                .map(item -> "« " + Phrases.shortQuote(item, -1, Phrases.MAX_ANSWER_QUOTE) + " »").toList();
        if (!others.isEmpty()) {
            draft.line("Les autres points de la même liste en comptent aussi :");
            others.forEach(draft::line);
        }
    }

    /**
     * Where {@code text} stands among a contract's {@code sentences}: {@code evidence} itself when it is that
     * sentence, else the sentence a typed fact quotes; -1 when none says it.
     */
    private static int sentenceSaying(List<Evidence> sentences, Evidence evidence, String text) {
        if (evidence.kind() == EvidenceKind.SENTENCE && evidence.text().equals(text)) {
            return sentences.indexOf(evidence);
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A source sentence with the sentence before it when it starts as the answer type says a sentence answers only
     * with that one ("En ce sens, …"), and with the sentence after it when that one goes on ("Cela …"); the sentence
     * alone otherwise. Only sentences of the same source and section are joined.
     */
    private String withJoinedSentences(AnswerType type, Evidence evidence) {
        boolean sentence = evidence.kind() == EvidenceKind.SENTENCE;
        String text = sentence ? evidence.text() : evidence.quote();
        boolean announcesAList = sentence && COUNTED_LIST_AFTER_COLON.matcher(text).find();
        if (type.joinsBefore().isEmpty() && type.joinsAfter().isEmpty() && !announcesAList) {
            return text;
        }
        List<Evidence> sentences = index.of(evidence.contract().id(), EvidenceKind.SENTENCE);
        // A typed fact quotes the sentence it was drawn from.
        int at = sentenceSaying(sentences, evidence, text);
        if (at < 0) {
            return text;
        }
        evidence = sentences.get(at);
        if (at > 0 && startsWithAny(text, type.joinsBefore())
                && sameSection(sentences.get(at - 1), evidence)) {
            text = sentences.get(at - 1).text() + " " + text;
        }
        if (at + 1 < sentences.size() && (startsWithAny(sentences.get(at + 1).text(), type.joinsAfter())
                || announcesAList && goesOnWithItems(sentences.get(at + 1).text()))
                && sameSection(evidence, sentences.get(at + 1))) {
            text = text + " " + sentences.get(at + 1).text();
        }
        return text;
    }

    /**
     * "L'amélioration de l'accès aux soins, la réduction des impacts … et la mise en place d'un conseil …": a sentence
     * of nouns joined by commas, with no verb, goes on with the items of the list announced before it.
     */
    private static boolean goesOnWithItems(String sentence) {
        return NOMINAL_ITEMS.matcher(sentence).lookingAt() && ENUMERATION.matcher(sentence).find()
                && !FINITE_VERB.matcher(sentence).find();
    }

    private static boolean startsWithAny(String sentence, List<String> starts) {
        String folded = Folding.fold(sentence);
        for (String start : starts) {
            String word = Folding.fold(start);
            if (folded.startsWith(word) && (folded.length() == word.length()
                    || !Character.isLetter(folded.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSection(Evidence one, Evidence other) {
        return one.source() == other.source() && Objects.equals(one.heading(), other.heading())
                && one.list() < 0 && other.list() < 0;
    }

    /** A question of a list intent that narrows nothing: the list is the answer, whatever its question word. */
    private static boolean asksTheWholeList(Question question) {
        QuestionFilters filters = question.filters();
        return question.intent() != null && question.intent().style() == Intent.Style.LIST && !question.yesNo()
                && filters.families().isEmpty() && filters.roles().isEmpty() && !filters.personNamed()
                && filters.item() == null;
    }

    /** The source list whose introducing sentence a typed fact quotes, or null. */
    private Evidence listIntroducedBy(Evidence fact) {
        if (fact.quote() == null || fact.quote().isBlank()) {
            return null;
        }
        for (Evidence sentence : index.of(fact.contract().id(), EvidenceKind.SENTENCE)) {
            if (sentence.list() >= 0 && introducesList(sentence) && fact.quote().contains(sentence.text())) {
                return index.evidence().get(sentence.list());
            }
        }
        return null;
    }

    private static boolean introducesList(Evidence evidence) {
        return evidence.origin() instanceof SourceLine line && line.role() == SourceLine.Role.LIST_INTRO;
    }

    /** Other evidence nearly as good, for answers that describe rather than give one fact, and other contacts. */
    private void extras(Question question, Candidate best, List<Candidate> ranked, Draft draft) {
        String type = question.type().name();
        boolean figures = (type.equals("amount") || type.equals("figure")) && best.evidence().typed()
                && question.filters().counted() == null;
        // Types answered by a quote or a list (description, reason, contact, items…), not by one entity found.
        if (question.type().lead() == AnswerType.Lead.ENTITY && !figures || question.yesNo()) {
            return;
        }
        int added = 0;
        for (Candidate other : ranked) {
            if (added >= MAX_EXTRA) {
                break;
            }
            Evidence evidence = other.evidence();
            boolean sameContract = evidence.contract().id().equals(best.evidence().contract().id());
            boolean sameList = evidence.list() >= 0 && evidence.list() == best.evidence().list();
            if (figures && (other.evidence().kind() != best.evidence().kind()
                    || other.score() < best.score() - FIGURES_CLOSE)) {
                continue;
            }
            if (other == best || !sameContract || sameList || (!figures && other.score() < best.score() - CLOSE)
                    || other.coverage() < best.coverage() || best.evidence().text().contains(evidence.text())
                    || evidence.text().contains(best.evidence().text())) {
                continue;
            }
            draft.line(evidence.typed() ? evidence.text() : "« " + Phrases.shortQuote(evidence.text(), -1,
                    Phrases.MAX_ANSWER_QUOTE) + " »").cite(evidence);
            added++;
        }
    }

    private static String sourceName(Evidence evidence) {
        String title = evidence.source() == null ? null : evidence.source().title();
        if (title == null || title.isBlank()) {
            return "la source " + Phrases.ofContract(evidence.contract());
        }
        String shortTitle = title.length() <= 90 ? title : title.substring(0, title.lastIndexOf(' ', 90)) + "…";
        return "« " + shortTitle + " »";
    }

    /** The contracts that treat the question's subject, or every contract when it names none. */
    private Draft territories(Question question, List<Candidate> ranked, double threshold) {
        boolean subject = question.concepts().stream().anyMatch(c -> !c.weak());
        if (!subject) {
            int count = base.contracts().size();
            Draft draft = Draft.answer(0.95);
            draft.line(count == 1 ? "Je connais 1 contrat local de santé :"
                    : "Je connais " + count + " contrats locaux de santé :");
            base.contracts().stream().limit(30).forEach(contract -> {
                List<Evidence> territory = index.of(contract.id(), EvidenceKind.TERRITORY);
                draft.line("- " + (territory.isEmpty() ? contract.territoryName() : territory.get(0).text()));
                territory.forEach(draft::cite);
            });
            if (count > 30) {
                draft.line("… et " + (count - 30) + " autres : demandez-moi un territoire par son nom.");
            }
            return draft;
        }
        Map<String, Candidate> bestByContract = new LinkedHashMap<>();
        for (Candidate candidate : ranked) {
            if (candidate.coverage() >= 0.6) {
                bestByContract.putIfAbsent(candidate.evidence().contract().id(), candidate);
            }
        }
        if (bestByContract.isEmpty()) {
            return null;
        }
        Draft draft = Draft.answer(Math.max(threshold, bestByContract.values().iterator().next().score()));
        draft.line(bestByContract.size() == 1 ? "Un CLS en parle :" : bestByContract.size() + " CLS en parlent :");
        bestByContract.values().stream().limit(MAX_TERRITORIES).forEach(c -> draft.line("- "
                + c.evidence().contract().territoryName() + " : " + Phrases.shortQuote(c.evidence().text(), -1,
                Phrases.MAX_SOURCE_QUOTE)).cite(c.evidence()));
        return draft;
    }

    /**
     * "Quel rôle pour les CPTS dans le CLS de X ?" asks what X's contract says of them, when it says something: the
     * glossary's definition answers only questions naming no contract, or that the contract leaves unanswered. "À quoi
     * sert le CLS de X ?" asks about X's contract, never what a CLS is.
     */
    private boolean definitionAnswers(Question question, List<Candidate> ranked, double threshold) {
        return question.territories().isEmpty()
                || termsAsked(question).anyMatch(term -> !generic.contains(Folding.fold(term.term())))
                && (ranked.isEmpty() || ranked.get(0).score() < threshold);
    }

    private Draft definition(Question question) {
        return termsAsked(question).findFirst().map(found -> {
            String definition = found.term() + " : " + found.expansion()
                    + (found.definition() == null ? "." : ". " + found.definition());
            return Draft.answer(0.9).line(definition).cite(new SourceRef("Glossaire des CLS",
                    KnowledgeBaseLoader.GLOSSARY_FILE, definition));
        }).orElse(null);
    }

    /** The glossary's terms the question's words name, in their order, then those it writes out in full. */
    private Stream<GlossaryTerm> termsAsked(Question question) {
        String folded = Folding.fold(question.text());
        return Stream.concat(question.tokens().stream().map(t -> base.glossary().find(t.text()))
                        .flatMap(Optional::stream),
                base.glossary().writtenOutIn(folded))
                .distinct();
    }

    /** The concepts of a question, as typed, for messages. */
    static String subject(Question question) {
        return String.join(" ", question.concepts().stream().filter(c -> !c.weak()).map(Concept::label).toList());
    }
}
