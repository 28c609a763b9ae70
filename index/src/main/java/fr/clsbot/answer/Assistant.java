package fr.clsbot.answer;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.evidence.EvidenceEntities;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.search.Concept;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.Token;
import fr.clsbot.territory.ContractTerritories;
import fr.clsbot.territory.Gazetteer;
import fr.clsbot.text.Folding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The front door of the engine: every channel (console, Telegram, command line) asks its questions here.
 * Thread-safe; each chat passes its own {@link Conversation}. A question goes through five steps, each a class:
 * {@link QuestionReader} reads it, {@link EvidenceGatherer} gathers the evidence of the contracts in scope,
 * {@link EvidenceRanker} ranks it once, {@link AnswerComposer} writes the answer from the best of it, and
 * {@link RefusalPolicy} refuses, saying what is known, when nothing is good enough.
 *
 * <pre>{@code
 * Assistant assistant = Assistant.create(new KnowledgeBaseLoader().load(dir));
 * Answer answer = assistant.answer("Quels sont les axes du CLS de Montluçon ?", new Conversation());
 * }</pre>
 */
public final class Assistant implements AutoCloseable {
    /** Below this confidence the assistant says it does not know rather than risk a wrong answer. */
    public static final double THRESHOLD = RefusalPolicy.THRESHOLD;
    /** Longer questions are cut: nobody asks a real question in more. */
    public static final int MAX_QUESTION_CHARS = 500;
    /** Up to this many contracts, a question naming none is answered for each. */
    private static final int MAX_CONTRACTS_UNASKED = 3;

    private final KnowledgeBase base;
    /** Built once: a national base holds a thousand contracts, and most questions look one up. */
    private final Map<String, Contract> contractsById;
    private final EvidenceIndex index;
    private final QuestionReader reader;
    private final EvidenceGatherer gatherer;
    private final EvidenceRanker ranker;
    private final AnswerComposer composer;
    private final RefusalPolicy refusals;
    private final CacheWarmer warmer;
    private final GazetteerAnswers places;
    /** Words that ask for a contact's number or address rather than for whom to contact. */
    private static final Pattern CONTACT_DETAIL = Pattern.compile("\\b(?:numero|telephone|tel|portable|mail|email"
            + "|e-mail|courriel|adresse)\\b");
    /** "les deux CLS", "tous les contrats", "chaque CLS": a question about every contract. */
    private static final Pattern EVERY_CONTRACT = Pattern.compile("(?iu)\\b(?:(?:les|ces|aux|des) (?:deux|2|trois|3)"
            + "|tous les|toutes les|chaque|chacun des) (?:cls|contrats?)\\b");
    /** An HTML or XML tag. */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]{0,200})?/?>");
    /** "Qui contacter …": a question asking who, not how. */
    private static final Pattern WHO = Pattern.compile("\\s*qui\\b");
    /** How a follow-up opens: "et à Domérat ?", "pour Maringues", "idem à Riom". */
    private static final Pattern FOLLOW_UP = Pattern.compile("(?iu)\\s*(?:et|pour|à|a|au|sur|dans|idem|pareil|même"
            + "|meme|aussi)\\b");
    /** The role of whom to contact about a contract when no role is asked. */
    private static final String CONTACT_ROLE = "coordinateur";
    /** The answer type of "qui est la coordinatrice ?", for a contact asked of a person whose page gives none. */
    private final AnswerType person;
    private final SmallTalk smallTalk = SmallTalk.bundled();
    private final Clock clock;

    private Assistant(KnowledgeBase base, EngineVocabulary vocabulary, Clock clock, Path indexRoot)
            throws IOException {
        this.base = base;
        this.contractsById = base.contractsById();
        this.clock = clock;
        IntentClassifier classifier = new IntentClassifier(vocabulary.intents(), vocabulary.analysis());
        Set<String> words = new HashSet<>(classifier.words());
        words.addAll(vocabulary.synonyms().words());
        // Generic and weak question words are words, not typos of the vocabulary ("page" is not "paie").
        vocabulary.intents().generic().forEach(w -> words.addAll(vocabulary.analysis().words(w)));
        vocabulary.intents().weak().forEach(w -> words.addAll(vocabulary.analysis().words(w)));
        for (GlossaryTerm term : base.glossary().terms()) {
            words.addAll(vocabulary.analysis().words(term.term() + " " + term.expansion()));
        }
        this.index = indexRoot == null ? EvidenceIndex.build(base, vocabulary.analysis(), words)
                : EvidenceIndex.open(base, vocabulary.analysis(), words, indexRoot);
        EntityRecognizer recognizer = new EntityRecognizer();
        TerritoryMatcher territories = new TerritoryMatcher(base, index, vocabulary.analysis(), words);
        TerritoryScope scope = new TerritoryScope(CompletableFuture.supplyAsync(() -> new ContractTerritories(base,
                Gazetteer.bundled())), vocabulary.analysis(), index);
        this.reader = new QuestionReader(vocabulary, index, territories, scope, classifier, recognizer);
        this.places = new GazetteerAnswers(base, scope);
        this.gatherer = new EvidenceGatherer(index);
        this.ranker = new EvidenceRanker(index, new EvidenceEntities(recognizer, index.size()), recognizer,
                vocabulary, classifier);
        this.composer = new AnswerComposer(base, index, vocabulary.intents());
        this.person = vocabulary.types().has("person") ? vocabulary.types().named("person") : null;
        this.refusals = new RefusalPolicy(base, index);
        this.warmer = new CacheWarmer(base.contracts(), index, ranker);
    }

    /** An assistant answering from {@code base} with the bundled vocabulary, indexed now in memory. */
    public static Assistant create(KnowledgeBase base) {
        return create(base, Clock.systemUTC());
    }

    /** The same, with the clock that ages conversations (for tests). */
    public static Assistant create(KnowledgeBase base, Clock clock) {
        try {
            return new Assistant(base, EngineVocabulary.bundled(), clock, null);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail", e);
        }
    }

    /**
     * An assistant whose index is persisted under {@code indexRoot}: reopened when the base is unchanged since it
     * was written, rebuilt there otherwise.
     */
    public static Assistant create(KnowledgeBase base, Path indexRoot) throws IOException {
        return create(base, EngineVocabulary.bundled(), indexRoot);
    }

    /** An assistant with its own vocabulary (e.g. extended from the knowledge base), persisted when a root is given. */
    public static Assistant create(KnowledgeBase base, EngineVocabulary vocabulary, Path indexRoot)
            throws IOException {
        return new Assistant(base, vocabulary, Clock.systemUTC(), indexRoot);
    }

    /** How many pieces of evidence (typed facts and source sentences) the index holds. */
    public int factCount() {
        return index.size();
    }

    public KnowledgeBase knowledgeBase() {
        return base;
    }

    /** Answers a question that stands alone. */
    public Answer answer(String question) {
        return answer(question, Conversation.none());
    }

    /**
     * Answers {@code question} in the context of {@code conversation}, which it updates. Never throws on any input:
     * empty, huge, binary or hostile text gets a polite French reply.
     */
    public Answer answer(String question, Conversation conversation) {
        long start = System.nanoTime();
        String cleaned = clean(question == null ? "" : question);
        boolean truncated = cleaned.length() > MAX_QUESTION_CHARS;
        if (truncated) {
            int cut = cleaned.lastIndexOf(' ', MAX_QUESTION_CHARS);
            cleaned = cleaned.substring(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS);
        }
        Answer answer = reply(cleaned, conversation);
        warmer.start();
        if (truncated) {
            answer = answer.prefixed(Phrases.TOO_LONG);
        }
        return answer.withMillis((System.nanoTime() - start) / 1_000_000);
    }

    private Answer reply(String text, Conversation conversation) {
        if (text.isBlank()) {
            return Draft.refusal(Phrases.EMPTY).suggest(Phrases.territoryNames(base))
                    .toAnswer(text, null, null, THRESHOLD);
        }
        SmallTalk.Reading talk = smallTalk.read(text);
        if (talk.kind() != null && (talk.alone() || talk.kind().name().equals("insult"))) {
            String reply = talk.kind().reply().equals("help") ? Phrases.help(base) : talk.kind().reply();
            return Draft.answer(1).line(reply).suggest(Phrases.territoryNames(base))
                    .toAnswer(text, talk.kind().name(), null, THRESHOLD);
        }
        String asked = talk.kind() == null ? text : smallTalk.withoutLeadingCourtesy(text);
        asked = asked.isBlank() ? text : asked;
        List<String> parts = QuestionSplitter.split(asked);
        return parts.size() == 2 ? answerBoth(asked, parts.get(0), parts.get(1), conversation)
                : answerQuestion(asked, conversation, clock.instant());
    }

    /**
     * « signé quand et où ? »: each question answered, made whole with what the other says (its territory, or its
     * subject when it is only a question word), one after the other.
     */
    private Answer answerBoth(String text, String first, String second, Conversation conversation) {
        Question one = reader.read(first);
        Question two = reader.read(second);
        Answer a = answerQuestion(completed(first, one, second, two), conversation, clock.instant());
        Answer b = answerQuestion(completed(second, two, first, one), conversation, clock.instant());
        return Answer.both(text, a, b);
    }

    private static String completed(String part, Question read, String other, Question otherRead) {
        if (QuestionSplitter.bare(part)) {
            // "où" after "signé quand": where it was signed.
            return part + " " + QuestionSplitter.subjectOf(other);
        }
        String completed = part;
        if (read.asksNoSubject() && read.intent() == null && !otherRead.asksNoSubject()) {
            // "combien à Montluçon ?" after "l'ARS a donné combien à Plaine Limagne", "dans quelle salle ?" after
            // "signé où ?": what the other asks, of its own territory if it names one.
            completed += " " + subjectOutsideTerritories(otherRead);
        }
        if (read.territories().isEmpty() && !otherRead.territories().isEmpty()) {
            completed += " " + String.join(" ", otherRead.territories().stream()
                    .map(t -> "CLS de " + t.contract().territoryName()).toList());
        }
        return completed;
    }

    /** The words of a question that are neither question words nor the names of its territories. */
    private static String subjectOutsideTerritories(Question read) {
        Set<Integer> named = new HashSet<>();
        read.territories().forEach(t -> named.addAll(t.positions()));
        return QuestionSplitter.subjectOf(String.join(" ", read.tokens().stream()
                .filter(t -> !named.contains(t.position())).map(Token::original).toList()));
    }

    private Answer answerQuestion(String text, Conversation conversation, Instant now) {
        Question last = conversation.lastQuestion(now);
        Question question = ofTheLastSubject(text, followUp(reader.read(text), last), last);
        List<Contract> scope = scope(question, conversation, now);
        Draft draft = places.aboutPlaces(question);
        if (draft == null) {
            draft = places.aboutExistence(question);
        }
        Draft fromMap = draft == null ? places.aboutTerritory(question, scope) : null;
        if (fromMap != null && question.territories().isEmpty() && !question.unknownPlaces().isEmpty()) {
            // "combien de communes dans le cls de vierzonville": a place the bot does not know is no question about
            // every contract it knows.
            fromMap = null;
            draft = refusals.unknownPlace(question.unknownPlaces());
        }
        boolean understood = false;
        if (fromMap != null && places.asksMoreThanTheMap(question)) {
            // "combien d'habitants sans médecin traitant ?": the sources' figure, if they give one, before the map's,
            // which says what it counts.
            Draft fromSources = composer.compose(question, scope, ranker.rank(question, gatherer.gather(question,
                    scope)), THRESHOLD);
            fromMap = fromSources == null ? fromMap : fromSources;
        }
        if (draft != null || fromMap != null) {
            draft = draft != null ? draft : fromMap;
        } else if (scope == null) {
            draft = question.unknownPlaces().isEmpty() ? refusals.whichTerritory()
                    : refusals.unknownPlace(question.unknownPlaces());
        } else if (question.concepts().stream().allMatch(Concept::number) && question.intent() == null
                && question.type().name().equals("description") && question.filters().ordinal() == null
                && question.filters().years().isEmpty()) {
            draft = refusals.notUnderstood(scope);
        } else {
            understood = true;
            List<Candidate> ranked = ranker.rank(question, gatherer.gather(question, scope));
            draft = composer.compose(question, scope, ranked, THRESHOLD);
            if (draft == null) {
                draft = whoInstead(question, scope);
            }
            if (draft == null) {
                draft = refusals.refuse(question, scope);
            }
        }
        String intent = question.intent() == null ? null : question.intent().name();
        Answer answer = draft.toAnswer(text, intent, question.type().name(), THRESHOLD);
        if (answer.answered()) {
            List<String> answeredIds = scope == null ? List.of() : scope.stream().map(Contract::id).toList();
            conversation.remember(answeredIds, question, now);
        } else if (scope != null && !question.territories().isEmpty() && understood) {
            // "Quand a été signé le CLS de Montluçon ?" refused, then "Et à Plaine Limagne ?" follows that question.
            conversation.remember(question.territories().stream().map(t -> t.contract().id()).toList(), question, now);
        }
        return answer;
    }

    /**
     * "contact coordinatrice", "qui contacter": when the sources give no telephone nor mail but name the person asked
     * for, who she is, said as such; null otherwise, and always when the number or the address itself is asked ("le
     * numéro de la coordinatrice" is refused).
     */
    private Draft whoInstead(Question question, List<Contract> scope) {
        if (person == null || !question.type().name().equals("contact")) {
            return null;
        }
        String folded = Folding.fold(question.text());
        if (!question.filters().personNamed() && !WHO.matcher(folded).lookingAt()
                || CONTACT_DETAIL.matcher(folded).find()) {
            return null;
        }
        // "Qui contacter ?" names no role: the one to contact is who coordinates the contract, not any person its
        // pages name (the ARS's director who signed it).
        QuestionFilters filters = question.filters().personNamed() ? question.filters()
                : question.filters().withRoles(Set.of(CONTACT_ROLE));
        Question who = question.with(question.territories(), List.of(person), null, question.concepts(), filters);
        Draft draft = composer.compose(who, scope, ranker.rank(who, gatherer.gather(who, scope)), THRESHOLD);
        return draft == null ? null
                : draft.first("Les sources ne donnent ni téléphone ni adresse pour cette personne.");
    }

    /**
     * "en quelle année ?" after "quand a été signé le CLS de Plaine Limagne ?", "le 3ème" after its axes: question
     * words or a rank alone ask about the last question's subject, read again with them; any other question stands
     * as read.
     */
    private Question ofTheLastSubject(String text, Question question, Question last) {
        if (last == null) {
            return question;
        }
        boolean rankOfTheList = question.asksOnlyARank() && last.intent() != null
                && last.intent().style() == Intent.Style.LIST;
        if (!rankOfTheList && (!question.asksOnlyItsType() || last.asksNoSubject() || question.intent() != null
                && (last.intent() == null || !question.type().name().equals(last.intent().type())))) {
            return question;
        }
        // The subject loses its article: "combien ?" after "quels sont les axes" asks "combien axes".
        String subject = QuestionSplitter.subjectOf(reader.spelledOut(last.text()))
                .replaceFirst("(?iu)^(?:les|le|la|l'|l’)\\s*", "");
        if (rankOfTheList) {
            // "et le dernier ?" after "le 3ème": the rank asked replaces the last one.
            subject = String.join(" ", Arrays.stream(subject.split(" "))
                    .filter(word -> !QuestionReader.isRank(Folding.fold(word))).toList());
        }
        return reader.read(text.replaceFirst("[\\s?!.]+$", "") + " " + subject);
    }

    /**
     * A message that only names a territory ("Et à Montluçon ?") asks the last question again about it; every other
     * message stands as read. A commune named alone ("Domérat") asks which contract covers it, unless it is written
     * as a follow-up ("et à Domérat ?").
     */
    private static Question followUp(Question question, Question last) {
        if (last == null || !question.onlyNamesTerritory()
                || !question.places().isEmpty() && !FOLLOW_UP.matcher(question.text()).lookingAt()) {
            return question;
        }
        return last.with(question.territories(), last.types(), last.intent(), last.concepts(), last.filters())
                .withPlaces(question.places());
    }

    /**
     * The contracts a question is about: those it names; all of them for questions across territories; else the
     * conversation's; else all when there are few. Null when it cannot be told (an unknown place, or too many
     * contracts to choose from).
     */
    private List<Contract> scope(Question question, Conversation conversation, Instant now) {
        if (!question.territories().isEmpty()) {
            return question.territories().stream().map(TerritoryMention::contract).toList();
        }
        boolean global = question.intent() != null && question.intent().global();
        if (global) {
            return base.contracts();
        }
        if (base.contracts().size() <= MAX_CONTRACTS_UNASKED && EVERY_CONTRACT.matcher(question.text()).find()) {
            // "les 2 cls ont commencé quand ?" after a question about one of them asks about both.
            return base.contracts();
        }
        if (!question.unknownPlaces().isEmpty()) {
            return null;
        }
        List<Contract> remembered = new ArrayList<>(conversation.territoryIds(now).stream().map(contractsById::get)
                .filter(Objects::nonNull).toList());
        if (!remembered.isEmpty()) {
            return remembered;
        }
        return base.contracts().size() <= MAX_CONTRACTS_UNASKED ? base.contracts() : null;
    }

    /**
     * How the engine reads {@code question} and ranks its evidence, for maintainers: the reading, then the best
     * candidates with their scores.
     */
    public List<String> explain(String question) {
        Question read = reader.read(clean(question == null ? "" : question));
        List<String> lines = new ArrayList<>();
        lines.add("types=" + read.types().stream().map(AnswerType::name).toList() + " intent="
                + (read.intent() == null ? null : read.intent().name()) + " territories="
                + read.territories().stream().map(t -> t.contract().id()).toList() + " concepts="
                + read.concepts().stream().map(c -> c.label() + (c.weak() ? "(weak)" : "")).toList() + " filters="
                + read.filters() + " yesNo=" + read.yesNo() + " unknownPlaces=" + read.unknownPlaces());
        List<Contract> scope = read.territories().isEmpty() ? base.contracts()
                : read.territories().stream().map(TerritoryMention::contract).toList();
        ranker.rank(read, gatherer.gather(read, scope)).stream().limit(8).forEach(c -> lines.add(String.format(
                java.util.Locale.ROOT, "%.3f cov=%.2f fit=%.2f %s %s lead=%s | %s", c.score(), c.coverage(), c.fit(),
                c.evidence().kind(), c.evidence().contract().id(), c.lead() == null ? null : c.lead().text(),
                Phrases.shortQuote(c.evidence().text(), -1, 140))));
        return lines;
    }

    /** Drops control and invisible characters and folds white space; keeps letters of every script and emoji. */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_QUESTION_CHARS * 2 + 16));
        boolean space = false;
        for (int i = 0; i < raw.length() && out.length() <= MAX_QUESTION_CHARS * 2; ) {
            int codePoint = raw.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || invisible) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(codePoint);
        }
        String cleaned = out.toString();
        // "<b>axes</b>", "<script>alert(1)</script>": markup pasted from a page, or typed to try the bot, asks nothing.
        return cleaned.indexOf('<') < 0 ? cleaned
                : MARKUP.matcher(cleaned).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }

    @Override
    public void close() throws IOException {
        warmer.close();
        index.close();
    }
}
