package fr.clsbot.search;

import fr.clsbot.evidence.Evidence;
import fr.clsbot.evidence.EvidenceBuilder;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.text.WordMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of a knowledge base's evidence (typed facts and source sentences), with the spelling vocabulary
 * it implies. Immutable once built and safe to share between threads: a changed base gets a new index, swapped in
 * whole. A Lucene document id is the evidence id (documents keep the order they were added in), so nothing is read
 * from stored fields at search time.
 */
public final class EvidenceIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceIndex.class);
    private static final String VOCABULARY_KIND = "VOCABULARY";
    /** Words of this many letters or more may have two typos; shorter ones one (and cost far less to correct). */
    private static final int LONG_WORD = 8;
    private static final int MAX_CACHED_CORRECTIONS = 50_000;
    private static final int MAX_CACHED_WEIGHTS = 20_000;
    /** A word of a section heading counts this much, against 1 for a word of the sentence itself. */
    private static final float HEADING_WEIGHT = 0.4f;

    private final KnowledgeBase base;
    private final FrenchAnalysis analysis;
    private final List<Evidence> evidence;
    private final List<String> searchTexts;
    /** The stems of each section heading, shared by the pieces under it. */
    private final Map<String, Set<String>> headingStems = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each piece's stems, worked out the first time it is found: most pieces never are, so start-up is quick. */
    private final AtomicReferenceArray<Set<String>> stems;
    private final Map<String, Map<EvidenceKind, List<Evidence>>> byContract = new HashMap<>();
    /** Each contract's document ids, sorted: the filter of a search in its scope. */
    private final Map<String, int[]> docsOfContract = new HashMap<>();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final DirectSpellChecker speller = new DirectSpellChecker();
    private final DirectSpellChecker longWordSpeller = new DirectSpellChecker();
    private final DirectSpellChecker territorySpeller = new DirectSpellChecker();
    private final DirectSpellChecker shortWordSpeller = new DirectSpellChecker();
    private final WordMemo<Optional<String>> corrections = new WordMemo<>(MAX_CACHED_CORRECTIONS);
    private final WordMemo<Optional<String>> territoryCorrections = new WordMemo<>(MAX_CACHED_CORRECTIONS);
    private final WordMemo<Boolean> knownWords = new WordMemo<>(MAX_CACHED_CORRECTIONS);
    /**
     * The statistics of each term searched, looked up in the terms dictionary once (bounded): the index never
     * changes, and questions share most of their words.
     */
    private final Map<Term, TermStates> termStates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<WeightKey, Weight> conceptWeights = new java.util.concurrent.ConcurrentHashMap<>();
    /** The terms of the spelling fields, read the first time a word needs correcting: start-up does not wait. */
    private final Map<String, TermNeighbours> neighbours = new java.util.concurrent.ConcurrentHashMap<>();

    private EvidenceIndex(KnowledgeBase base, FrenchAnalysis analysis, EvidenceBuilder built, Directory directory)
            throws IOException {
        this.base = base;
        this.analysis = analysis;
        this.evidence = List.copyOf(built.evidence());
        this.searchTexts = built.searchTexts();
        this.stems = new AtomicReferenceArray<>(evidence.size());
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        // The filters change with every question (its contracts), and caching them cost more than it saved: each
        // search went through the cache's shared bookkeeping, which the threads answering at once contend for.
        searcher.setQueryCache(null);
        int expected = evidence.size() + base.contracts().size() + 1;
        if (reader.maxDoc() != expected) {
            reader.close();
            throw new IOException("the index holds " + reader.maxDoc() + " documents, not the " + expected
                    + " of its knowledge base: rebuild it");
        }
        for (Evidence piece : evidence) {
            byContract.computeIfAbsent(piece.contract().id(), id -> new EnumMap<>(EvidenceKind.class))
                    .computeIfAbsent(piece.kind(), kind -> new ArrayList<>()).add(piece);
        }
        byContract.forEach((id, kinds) -> docsOfContract.put(id, kinds.values().stream().flatMap(List::stream)
                .mapToInt(Evidence::id).sorted().toArray()));
        speller.setMinQueryLength(5);
        speller.setAccuracy(0.75f);
        speller.setMaxEdits(1);
        longWordSpeller.setMinQueryLength(LONG_WORD);
        longWordSpeller.setAccuracy(0.75f);
        longWordSpeller.setMaxEdits(2);
        shortWordSpeller.setMinQueryLength(3);
        shortWordSpeller.setMaxEdits(1);
        shortWordSpeller.setMinPrefix(2);
        shortWordSpeller.setAccuracy(0.5f);
        territorySpeller.setMinQueryLength(4);
        territorySpeller.setAccuracy(0.7f);
        territorySpeller.setMaxEdits(2);
    }

    /**
     * Indexes {@code base} in memory.
     *
     * @param extraVocabulary words that are not in the base but that users type and should not be "corrected"
     *                        (question words of the intents, synonyms, glossary)
     */
    public static EvidenceIndex build(KnowledgeBase base, FrenchAnalysis analysis, Collection<String> extraVocabulary) {
        EvidenceBuilder built = EvidenceBuilder.of(base);
        Directory directory = new ByteBuffersDirectory();
        try {
            write(directory, built, base, analysis, extraVocabulary, Map.of());
            return new EvidenceIndex(base, analysis, built, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    /**
     * Opens the index of {@code base} persisted under {@code indexRoot}, building it there first when the base (or
     * the engine's own data) changed since it was written. The evidence itself is rebuilt in memory, in the same
     * order, from the base. A persisted index that cannot be read (a truncated file, another engine's format) is
     * replaced by a fresh one, with one warning; if even that fails, this process answers from memory.
     */
    public static EvidenceIndex open(KnowledgeBase base, FrenchAnalysis analysis, Collection<String> extraVocabulary,
                                     Path indexRoot) throws IOException {
        EvidenceBuilder built = EvidenceBuilder.of(base);
        String key = PersistedIndex.key(base, extraVocabulary);
        Path target = PersistedIndex.locate(indexRoot, key);
        if (!PersistedIndex.isComplete(target, key)) {
            // Published whole by a rename, an index is either absent or complete: one that is there but unreadable
            // was damaged on disk.
            if (Files.exists(target)) {
                warnRebuilt(target, "its commit cannot be read");
            }
            persist(built, base, analysis, extraVocabulary, indexRoot, key);
        } else {
            try {
                return openPersisted(base, analysis, built, target);
            } catch (IOException | RuntimeException broken) {
                warnRebuilt(target, broken.getClass().getSimpleName());
            }
            PersistedIndex.discard(target);
            persist(built, base, analysis, extraVocabulary, indexRoot, key);
        }
        try {
            return openPersisted(base, analysis, built, target);
        } catch (IOException | RuntimeException again) {
            // Correct if slower: the answers do not depend on where the index lives.
            return build(base, analysis, extraVocabulary);
        }
    }

    private static void warnRebuilt(Path target, String why) {
        LOG.warn("index cache {} damaged ({}): rebuilt", target, why);
    }

    private static void persist(EvidenceBuilder built, KnowledgeBase base, FrenchAnalysis analysis,
                                Collection<String> extraVocabulary, Path indexRoot, String key) throws IOException {
        Path staging = PersistedIndex.staging(indexRoot, key);
        try (Directory directory = FSDirectory.open(staging)) {
            write(directory, built, base, analysis, extraVocabulary, Map.of(PersistedIndex.KEY, key));
        }
        PersistedIndex.publish(staging, PersistedIndex.locate(indexRoot, key), key);
    }

    private static EvidenceIndex openPersisted(KnowledgeBase base, FrenchAnalysis analysis, EvidenceBuilder built,
                                               Path target) throws IOException {
        Directory directory = FSDirectory.open(target);
        try {
            PersistedIndex.verify(directory);
            return new EvidenceIndex(base, analysis, built, directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void write(Directory directory, EvidenceBuilder built, KnowledgeBase base, FrenchAnalysis analysis,
                              Collection<String> extraVocabulary, Map<String, String> commitData) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzer(analysis));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        // Log merge policies merge adjacent segments only, so documents keep the order they were added in and a
        // document's id is its evidence's id.
        config.setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<String> texts = built.searchTexts();
            for (Evidence piece : built.evidence()) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.CONTRACT, piece.contract().id(), Field.Store.NO));
                doc.add(new StringField(IndexFields.KIND, piece.kind().name(), Field.Store.NO));
                doc.add(new TextField(IndexFields.TEXT, texts.get(piece.id()), Field.Store.NO));
                doc.add(new TextField(IndexFields.EXACT, texts.get(piece.id()), Field.Store.NO));
                if (piece.heading() != null) {
                    doc.add(new TextField(IndexFields.HEADING, piece.heading(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            for (Contract contract : base.contracts()) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.KIND, VOCABULARY_KIND, Field.Store.NO));
                var territory = contract.territory();
                String names = territory.name() + " " + String.join(" ", territory.aliases()) + " "
                        + (territory.collectivity() == null ? "" : territory.collectivity());
                doc.add(new TextField(IndexFields.TERRITORY, names, Field.Store.NO));
                writer.addDocument(doc);
            }
            Document vocabulary = new Document();
            vocabulary.add(new StringField(IndexFields.KIND, VOCABULARY_KIND, Field.Store.NO));
            vocabulary.add(new TextField(IndexFields.EXACT, String.join(" ", extraVocabulary), Field.Store.NO));
            writer.addDocument(vocabulary);
            writer.forceMerge(1);
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
    }

    /** True when this index is read from disk, false when it lives in memory only. */
    boolean persisted() {
        return directory instanceof FSDirectory;
    }

    /** How many pieces of evidence are indexed. */
    public int size() {
        return evidence.size();
    }

    public KnowledgeBase base() {
        return base;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    /** The evidence of one kind of a contract, in the order the contract gives it. */
    public List<Evidence> of(String contractId, EvidenceKind kind) {
        return byContract.getOrDefault(contractId, Map.of()).getOrDefault(kind, List.of());
    }

    /**
     * Finds the evidence that mentions the most of {@code concepts}, best first.
     *
     * @param contractIds the contracts to search, all when empty
     */
    public List<EvidenceHit> search(List<Concept> concepts, Collection<String> contractIds, int limit) {
        if (concepts.isEmpty()) {
            return List.of();
        }
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (Concept concept : concepts) {
                query.add(new ConceptQuery(concept), Occur.SHOULD);
            }
            int wanted = Math.max(limit * 3, 30);
            if (contractIds.isEmpty()) {
                query.add(termQuery(new Term(IndexFields.KIND, VOCABULARY_KIND)), Occur.MUST_NOT);
            } else {
                // The vocabulary documents belong to no contract: the scope keeps them out. No more hits are
                // wanted than the scope holds, so the collector does not fill and sort slots that stay empty.
                int[] scope = docsOf(contractIds);
                if (scope.length == 0) {
                    return List.of();
                }
                query.add(new ScopeQuery(scope), Occur.FILTER);
                wanted = Math.min(wanted, scope.length);
            }
            // Only the best hits are read, never their total: Lucene may skip documents that cannot make the top
            // as soon as it has that many (with no tie-breaker in the concept queries, their scores allow it).
            ScoreDoc[] hits = searcher.search(query.build(), new TopScoreDocCollectorManager(wanted, null, wanted,
                    false)).scoreDocs;
            List<EvidenceHit> found = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Evidence piece = evidence.get(hit.doc);
                double coverage = coverage(piece, concepts);
                if (coverage > 0) {
                    found.add(new EvidenceHit(piece, coverage, hit.score));
                }
            }
            found.sort(Comparator.comparingDouble(EvidenceHit::coverage).reversed()
                    .thenComparing(Comparator.comparingDouble(EvidenceHit::score).reversed()));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index cannot fail", e);
        }
    }

    private int[] docsOf(Collection<String> contractIds) {
        if (contractIds.size() == 1) {
            return docsOfContract.getOrDefault(contractIds.iterator().next(), new int[0]);
        }
        return contractIds.stream().distinct().map(id -> docsOfContract.getOrDefault(id, new int[0]))
                .flatMapToInt(Arrays::stream).sorted().toArray();
    }

    /**
     * How much of {@code concepts} {@code piece} says (its section heading counts too), in [0, 1]: the share of
     * the strong concepts it mentions, weak ones counting a quarter. A question of weak words only ("Sur quelle
     * période court le CLS ?") cannot be judged on its words: every piece then starts at 0.75.
     */
    public double coverage(Evidence piece, List<Concept> concepts) {
        double total = 0;
        double mentioned = 0;
        boolean strong = false;
        Set<String> own = ownStemsOf(piece);
        Set<String> heading = headingStemsOf(piece);
        for (Concept concept : concepts) {
            total += concept.weight();
            strong |= !concept.weak();
            if (concept.mentionedIn(own, heading)) {
                mentioned += concept.weight();
            }
        }
        if (total == 0) {
            return 1;
        }
        return strong ? mentioned / total : 0.75 + 0.25 * mentioned / total;
    }

    private Query conceptQuery(Concept concept) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        for (List<String> stemsOfOne : concept.alternatives()) {
            alternatives.add(stemQuery(IndexFields.TEXT, stemsOfOne));
            alternatives.add(new BoostQuery(stemQuery(IndexFields.HEADING, stemsOfOne), HEADING_WEIGHT));
        }
        // The words as typed count a little more than their stem or a synonym: it breaks ties towards the wording
        // asked. A multi-word concept is matched as a phrase, never word by word ("sante" is in every document).
        Query exact;
        if (concept.words().size() == 1) {
            exact = termQuery(new Term(IndexFields.EXACT, concept.words().get(0)));
        } else {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
            concept.words().forEach(word -> phrase.add(new Term(IndexFields.EXACT, word)));
            exact = phrase.build();
        }
        alternatives.add(new BoostQuery(exact, 0.3f));
        // The best alternative alone scores a concept: a tie-breaker would add little and forbid Lucene's skipping.
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    /**
     * A concept's query whose weight is worked out once for the index: looking its terms up and reading their
     * statistics is the same work for every question that asks the concept ("axes", "signé"), on an index that never
     * changes once built.
     */
    private final class ConceptQuery extends Query {
        private final Concept concept;

        ConceptQuery(Concept concept) {
            this.concept = concept;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            WeightKey key = new WeightKey(this, scoreMode, boost);
            Weight weight = conceptWeights.get(key);
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(conceptQuery(concept)), scoreMode, boost);
                if (conceptWeights.size() >= MAX_CACHED_WEIGHTS) {
                    conceptWeights.clear();
                }
                conceptWeights.put(key, weight);
            }
            return weight;
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "concept(" + concept.label() + ")";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && concept.alternatives().equals(((ConceptQuery) other).concept.alternatives())
                    && concept.words().equals(((ConceptQuery) other).concept.words());
        }

        @Override
        public int hashCode() {
            return 31 * concept.alternatives().hashCode() + concept.words().hashCode();
        }
    }

    /** A concept's query (equal for the same stems and words) as weighed for one score mode and boost. */
    private record WeightKey(ConceptQuery query, ScoreMode scoreMode, float boost) {
    }

    private Query stemQuery(String field, List<String> stemsOfOne) throws IOException {
        if (stemsOfOne.size() == 1) {
            return termQuery(new Term(field, stemsOfOne.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(3);
        stemsOfOne.forEach(stem -> phrase.add(new Term(field, stem)));
        return phrase.build();
    }

    /** A query for {@code term} with its statistics known: the same scores, without seeking it again. */
    private Query termQuery(Term term) throws IOException {
        TermStates known = termStates.get(term);
        if (known == null) {
            known = TermStates.build(searcher, term, true);
            if (termStates.size() >= MAX_CACHED_CORRECTIONS) {
                termStates.clear();
            }
            termStates.put(term, known);
        }
        return new TermQuery(term, known);
    }

    /** True when {@code piece} (or its section heading) says {@code concept} (one of its alternatives). */
    public boolean mentions(Evidence piece, Concept concept) {
        return concept.mentionedIn(ownStemsOf(piece), headingStemsOf(piece));
    }

    /** True when {@code piece}'s own words, not only its section heading, say {@code concept}. */
    public boolean mentionsItself(Evidence piece, Concept concept) {
        return concept.mentionedIn(ownStemsOf(piece));
    }

    /** Works out the stems of {@code piece} and of its heading, as the first search reading it would. */
    public void warmStems(Evidence piece) {
        ownStemsOf(piece);
        headingStemsOf(piece);
    }

    /** The stems of {@code piece}'s section heading (empty without one), worked out once per heading. */
    public Set<String> headingStemsOf(Evidence piece) {
        return piece.heading() == null ? Set.of()
                : headingStems.computeIfAbsent(piece.heading(), text -> Set.copyOf(analysis.stems(text)));
    }

    private Set<String> ownStemsOf(Evidence piece) {
        Set<String> known = stems.get(piece.id());
        if (known == null) {
            // A source's sentence is indexed with its heading's words: its own are those of its text.
            known = Set.copyOf(analysis.stems(piece.typed() ? searchTexts.get(piece.id()) : piece.text()));
            stems.set(piece.id(), known);
        }
        return known;
    }

    /**
     * True when users' {@code folded} word is in the base or the extra vocabulary. Remembered (bounded): every word
     * of every question is looked up, and questions share most of their words.
     */
    public boolean knows(String folded) {
        return knownWords.get(folded, word -> {
            try {
                return reader.docFreq(new Term(IndexFields.EXACT, word)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Up to {@code limit} pieces of evidence whose indexed words hold the folded word {@code folded}, in index order:
     * what tells whether a word of a question is a name that one contract's pages use.
     */
    public List<Evidence> holding(String folded, int limit) {
        return holding(new TermQuery(new Term(IndexFields.EXACT, folded)), limit);
    }

    /** The same for the words that start with {@code prefix} ("livry" for "Livryens"). */
    public List<Evidence> holdingWordsStarting(String prefix, int limit) {
        return holding(new PrefixQuery(new Term(IndexFields.EXACT, prefix)), limit);
    }

    private List<Evidence> holding(Query words, int limit) {
        try {
            Query query = new BooleanQuery.Builder()
                    .add(words, Occur.FILTER)
                    .add(termQuery(new Term(IndexFields.KIND, VOCABULARY_KIND)), Occur.MUST_NOT).build();
            ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
            List<Evidence> found = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                found.add(evidence.get(hit.doc));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index cannot fail", e);
        }
    }

    /**
     * True when {@code folded} is a word of the base outside contract {@code contractId}'s evidence: "RLV" written
     * only in the pages of Riom Limagne et Volcans is that territory's acronym, not a word of another sense.
     */
    public boolean knowsOutside(String folded, String contractId) {
        if (!knows(folded)) {
            return false;
        }
        try {
            return searcher.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.EXACT, folded)), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.CONTRACT, contractId)), Occur.MUST_NOT).build()) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The closest known word to a misspelt {@code folded} one ("financment" gives "financement"). Corrections are
     * remembered (bounded): users misspell the same words again and again.
     */
    public Optional<String> correct(String folded) {
        return corrections.get(folded, word -> word.length() < 5 ? suggestShort(word)
                : suggest(word.length() >= LONG_WORD ? longWordSpeller : speller, IndexFields.EXACT, word));
    }

    /**
     * A short word ("axs") is corrected to a known word of one edit, never to a function word ("aux"), and a
     * three-letter word only by adding its missing letter.
     */
    private Optional<String> suggestShort(String folded) {
        if (folded.length() < 3 || !hasNeighbour(shortWordSpeller, IndexFields.EXACT, folded)) {
            return Optional.empty();
        }
        try {
            for (SuggestWord word : shortWordSpeller.suggestSimilar(new Term(IndexFields.EXACT, folded), 5, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                // In a three-letter word one substitution makes another word ("and" is not "ans"): only a
                // forgotten letter is corrected.
                boolean plausible = folded.length() > 3 || word.string.length() > folded.length();
                if (!analysis.isStopWord(word.string) && word.string.length() >= 3 && plausible) {
                    return Optional.of(word.string);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The territory word closest to a misspelt {@code folded} one ("montlucn" gives "montlucon"). */
    public Optional<String> correctTerritoryWord(String folded) {
        return territoryCorrections.get(folded, word -> suggest(territorySpeller, IndexFields.TERRITORY, word));
    }

    private Optional<String> suggest(DirectSpellChecker checker, String field, String folded) {
        if (!hasNeighbour(checker, field, folded)) {
            return Optional.empty();
        }
        try {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return words.length == 0 ? Optional.empty() : Optional.of(words[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** False when {@code checker} cannot suggest anything for {@code folded}: no term of the field is near enough. */
    private boolean hasNeighbour(DirectSpellChecker checker, String field, String folded) {
        TermNeighbours terms = neighbours.computeIfAbsent(field, name -> {
            try {
                return TermNeighbours.of(reader, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // The spell checker lower-cases what it is asked (its default), so the same is asked here.
        return terms.anyNear(folded.toLowerCase(java.util.Locale.ROOT), checker.getMaxEdits(), checker.getMinPrefix());
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
