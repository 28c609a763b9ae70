package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.search.Concept;
import fr.clsbot.search.FactIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front door of the engine: every channel (console, Telegram, command line) asks its questions here.
 * Thread-safe; each chat passes its own {@link Conversation}.
 *
 * <pre>{@code
 * Assistant assistant = Assistant.create(new KnowledgeBaseLoader().load(dir));
 * Answer answer = assistant.answer("Quels sont les axes du CLS de Montluçon ?", new Conversation());
 * }</pre>
 */
public final class Assistant implements AutoCloseable {
    /** Below this confidence the assistant says it does not know rather than risk a wrong answer. */
    public static final double THRESHOLD = 0.5;
    /** Longer questions are cut: nobody asks a real question in more. */
    public static final int MAX_QUESTION_CHARS = 500;
    private static final String TOPIC = "topic";

    private final KnowledgeBase base;
    private final FactIndex index;
    private final IntentCatalog catalog;
    private final QuestionReader reader;
    private final AnswerComposer composer;
    private final Clock clock;

    private Assistant(KnowledgeBase base, Clock clock, Path indexRoot) throws IOException {
        FrenchAnalysis analysis = new FrenchAnalysis();
        Synonyms synonyms = Synonyms.bundled(analysis);
        this.catalog = IntentCatalog.bundled();
        this.base = base;
        this.clock = clock;
        IntentClassifier classifier = new IntentClassifier(catalog, analysis);
        Set<String> vocabulary = new HashSet<>(classifier.words());
        vocabulary.addAll(synonyms.words());
        for (GlossaryTerm term : base.glossary().terms()) {
            vocabulary.addAll(analysis.words(term.term() + " " + term.expansion()));
        }
        this.index = indexRoot == null ? FactIndex.build(base, analysis, vocabulary)
                : FactIndex.open(base, analysis, vocabulary, indexRoot);
        TerritoryMatcher territories = new TerritoryMatcher(base, index, analysis);
        Set<String> generic = new HashSet<>();
        catalog.generic().forEach(word -> generic.addAll(analysis.words(word)));
        this.reader = new QuestionReader(analysis, index, synonyms, territories, classifier, generic);
        this.composer = new AnswerComposer(base, index, classifier, analysis);
    }

    /** An assistant answering from {@code base}, indexed now in memory. */
    public static Assistant create(KnowledgeBase base) {
        return create(base, Clock.systemUTC());
    }

    /** The same, with the clock that ages conversations (for tests). */
    public static Assistant create(KnowledgeBase base, Clock clock) {
        try {
            return new Assistant(base, clock, null);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail", e);
        }
    }

    /**
     * An assistant whose index is persisted under {@code indexRoot}: reopened when the base is unchanged since it
     * was written, rebuilt there otherwise.
     */
    public static Assistant create(KnowledgeBase base, Path indexRoot) throws IOException {
        return new Assistant(base, Clock.systemUTC(), indexRoot);
    }

    /** How many facts and passages the index holds. */
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
        Instant now = clock.instant();
        String raw = question == null ? "" : question;
        String cleaned = clean(raw);
        boolean truncated = cleaned.length() > MAX_QUESTION_CHARS;
        if (truncated) {
            int cut = cleaned.lastIndexOf(' ', MAX_QUESTION_CHARS);
            cleaned = cleaned.substring(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS);
        }
        Answer answer;
        if (cleaned.isBlank()) {
            answer = Draft.refusal(Phrases.EMPTY).suggest(Phrases.territoryNames(base))
                    .toAnswer(cleaned, null, THRESHOLD);
        } else {
            answer = understandAndAnswer(cleaned, conversation, now);
            if (truncated) {
                answer = new Answer(answer.question(), answer.answered(), Phrases.TOO_LONG + "\n" + answer.text(),
                        answer.territory(), answer.intent(), answer.confidence(), answer.sources(),
                        answer.suggestions(), 0);
            }
        }
        return answer.withMillis((System.nanoTime() - start) / 1_000_000);
    }

    private Answer understandAndAnswer(String text, Conversation conversation, Instant now) {
        Question question = reader.read(text);
        List<Concept> concepts = question.concepts();
        Intent intent = plausibleIntent(question);
        List<Contract> scope = new ArrayList<>(question.territories().stream().map(TerritoryMention::contract)
                .toList());

        if (scope.isEmpty() && !question.unknownPlaces().isEmpty() && (intent == null || !intent.global())) {
            String places = String.join(", ", question.unknownPlaces());
            return Draft.refusal("Je ne connais pas de contrat local de santé pour « " + places + " ». "
                            + Phrases.known(base)).suggest(Phrases.territoryNames(base))
                    .toAnswer(text, intent == null ? null : intent.name(), THRESHOLD);
        }
        if (scope.isEmpty() && (intent == null || !intent.global())) {
            Map<String, Contract> byId = base.contractsById();
            conversation.territoryIds(now).stream().map(byId::get).filter(c -> c != null).forEach(scope::add);
        }
        if (question.onlyNamesTerritory()) {
            String previous = conversation.intent(now);
            if (previous == null) {
                intent = catalog.named("axes");
            } else if (previous.equals(TOPIC)) {
                concepts = conversation.concepts(now);
            } else {
                intent = catalog.named(previous);
                concepts = conversation.concepts(now);
            }
        }
        Draft draft = composer.compose(question, scope, intent, concepts);
        String intentName = intent == null ? (concepts.isEmpty() ? null : TOPIC) : intent.name();
        Answer answer = draft.toAnswer(text, intentName, THRESHOLD);
        if (answer.answered()) {
            conversation.remember(scope.stream().map(Contract::id).toList(), intentName, concepts, now);
        }
        return answer;
    }

    /**
     * The best intent that fits the rest of the question: a definition only when all it asks about are glossary
     * terms ("c'est quoi les priorités du CLS" asks for axes), the list of territories only when no single territory
     * is named ("quels partenaires pour le CLS de Montluçon" is about Montluçon).
     */
    private Intent plausibleIntent(Question question) {
        for (IntentMatch match : question.intents()) {
            AnswerStyle style = match.intent().style();
            if (style == AnswerStyle.DEFINITION && !onlyGlossaryTerms(question)) {
                continue;
            }
            if (style == AnswerStyle.TERRITORIES && question.territories().size() == 1) {
                continue;
            }
            return match.intent();
        }
        return null;
    }

    private boolean onlyGlossaryTerms(Question question) {
        Set<String> vocabulary = reader.intentVocabulary(catalog.named("definition"));
        return question.concepts().stream().allMatch(concept -> vocabulary.containsAll(concept.ownStems())
                || concept.words().stream().allMatch(word -> base.glossary().find(word).isPresent()));
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
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
