package fr.clsbot.search;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import java.nio.file.Path;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a knowledge base's facts and passages, with the spelling vocabulary it implies.
 * Immutable once built and safe to share between threads: a changed base gets a new index, swapped in whole.
 */
public final class FactIndex implements AutoCloseable {
    private static final String VOCABULARY_KIND = "VOCABULARY";

    private final KnowledgeBase base;
    private final FrenchAnalysis analysis;
    private final List<Fact> facts;
    private final List<String> searchTexts;
    /** Each fact's stems, worked out the first time the fact is found: most facts never are, so start-up is quick. */
    private final AtomicReferenceArray<Set<String>> stems;
    private final Map<String, Map<FactKind, List<Fact>>> byContract = new HashMap<>();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Words of this many letters or more may have two typos; shorter ones one (and cost far less to correct). */
    private static final int LONG_WORD = 8;
    private static final int MAX_CACHED_CORRECTIONS = 50_000;

    private final DirectSpellChecker speller = new DirectSpellChecker();
    private final DirectSpellChecker longWordSpeller = new DirectSpellChecker();
    private final CorrectionCache corrections = new CorrectionCache(MAX_CACHED_CORRECTIONS);
    private final CorrectionCache territoryCorrections = new CorrectionCache(MAX_CACHED_CORRECTIONS);
    private final DirectSpellChecker territorySpeller = new DirectSpellChecker();

    private FactIndex(KnowledgeBase base, FrenchAnalysis analysis, FactFactory factory, Directory directory)
            throws IOException {
        this.base = base;
        this.analysis = analysis;
        this.facts = List.copyOf(factory.facts());
        this.searchTexts = List.copyOf(factory.searchTexts());
        this.stems = new AtomicReferenceArray<>(facts.size());
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        int expected = facts.size() + base.contracts().size() + 1;
        if (reader.maxDoc() != expected) {
            reader.close();
            throw new IOException("the index holds " + reader.maxDoc() + " documents, not the " + expected
                    + " of its knowledge base: rebuild it");
        }
        for (Fact fact : facts) {
            byContract.computeIfAbsent(fact.contract().id(), id -> new EnumMap<>(FactKind.class))
                    .computeIfAbsent(fact.kind(), kind -> new ArrayList<>()).add(fact);
        }
        speller.setMinQueryLength(5);
        speller.setAccuracy(0.75f);
        speller.setMaxEdits(1);
        longWordSpeller.setMinQueryLength(LONG_WORD);
        longWordSpeller.setAccuracy(0.75f);
        longWordSpeller.setMaxEdits(2);
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
    public static FactIndex build(KnowledgeBase base, FrenchAnalysis analysis, Collection<String> extraVocabulary) {
        FactFactory factory = new FactFactory();
        factory.addAll(base);
        Directory directory = new ByteBuffersDirectory();
        try {
            write(directory, factory, base, analysis, extraVocabulary, Map.of());
            return new FactIndex(base, analysis, factory, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    /**
     * Opens the index of {@code base} persisted under {@code indexRoot}, building it there first when the base (or
     * the engine's own data) changed since it was written. The facts themselves are rebuilt in memory, in the same
     * order, from the base.
     */
    public static FactIndex open(KnowledgeBase base, FrenchAnalysis analysis, Collection<String> extraVocabulary,
                                 Path indexRoot) throws IOException {
        FactFactory factory = new FactFactory();
        factory.addAll(base);
        String key = PersistedIndex.key(base, extraVocabulary);
        Path target = PersistedIndex.locate(indexRoot, key);
        if (!PersistedIndex.isComplete(target, key)) {
            Path staging = PersistedIndex.staging(indexRoot, key);
            try (Directory directory = FSDirectory.open(staging)) {
                write(directory, factory, base, analysis, extraVocabulary, Map.of(PersistedIndex.KEY, key));
            }
            PersistedIndex.publish(staging, target);
        }
        return new FactIndex(base, analysis, factory, FSDirectory.open(target));
    }

    private static void write(Directory directory, FactFactory factory, KnowledgeBase base, FrenchAnalysis analysis,
                              Collection<String> extraVocabulary, Map<String, String> commitData) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzer(analysis));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        // Log merge policies merge adjacent segments only, so documents keep the order they were added in and a
        // document's id is its fact's id: no stored field is read at search time.
        config.setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<String> texts = factory.searchTexts();
            for (Fact fact : factory.facts()) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.CONTRACT, fact.contract().id(), Field.Store.NO));
                doc.add(new StringField(IndexFields.KIND, fact.kind().name(), Field.Store.NO));
                doc.add(new TextField(IndexFields.TEXT, texts.get(fact.id()), Field.Store.NO));
                doc.add(new TextField(IndexFields.EXACT, texts.get(fact.id()), Field.Store.NO));
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

    /** How many facts and passages are indexed. */
    public int size() {
        return facts.size();
    }

    public KnowledgeBase base() {
        return base;
    }

    public List<Fact> facts() {
        return facts;
    }

    /** The facts of one kind of a contract, in the order the contract gives them. */
    public List<Fact> factsOf(String contractId, FactKind kind) {
        return byContract.getOrDefault(contractId, Map.of()).getOrDefault(kind, List.of());
    }

    /**
     * Finds the facts that mention the most of {@code concepts}, best first.
     *
     * @param contractIds the contracts to search, all when empty
     * @param kinds       the kinds of fact to search, all when empty
     */
    public List<ScoredFact> search(List<Concept> concepts, Collection<String> contractIds, Set<FactKind> kinds,
                                   int limit) {
        if (concepts.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Concept concept : concepts) {
            query.add(conceptQuery(concept), Occur.SHOULD);
        }
        if (!contractIds.isEmpty()) {
            query.add(new TermInSetQuery(IndexFields.CONTRACT, contractIds.stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        if (!kinds.isEmpty()) {
            query.add(new TermInSetQuery(IndexFields.KIND, kinds.stream().map(k -> new BytesRef(k.name())).toList()),
                    Occur.FILTER);
        } else {
            query.add(new TermQuery(new Term(IndexFields.KIND, VOCABULARY_KIND)), Occur.MUST_NOT);
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), Math.max(limit * 4, 20)).scoreDocs;
            List<ScoredFact> found = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Fact fact = facts.get(hit.doc);
                long mentioned = concepts.stream().filter(concept -> mentions(fact, concept)).count();
                if (mentioned > 0) {
                    found.add(new ScoredFact(fact, (double) mentioned / concepts.size(), hit.score));
                }
            }
            found.sort(Comparator.comparingDouble(ScoredFact::coverage).reversed()
                    .thenComparing(Comparator.comparingDouble(ScoredFact::score).reversed()));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index cannot fail", e);
        }
    }

    private static Query conceptQuery(Concept concept) {
        List<Query> alternatives = new ArrayList<>();
        for (List<String> stems : concept.alternatives()) {
            if (stems.size() == 1) {
                alternatives.add(new TermQuery(new Term(IndexFields.TEXT, stems.get(0))));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(3);
                stems.forEach(stem -> phrase.add(new Term(IndexFields.TEXT, stem)));
                alternatives.add(phrase.build());
            }
        }
        // The words as typed count a little more than their stem or a synonym: it breaks ties towards the wording
        // asked. A multi-word concept is matched as a phrase, never word by word ("sante" is in every document).
        Query exact;
        if (concept.words().size() == 1) {
            exact = new TermQuery(new Term(IndexFields.EXACT, concept.words().get(0)));
        } else {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
            concept.words().forEach(word -> phrase.add(new Term(IndexFields.EXACT, word)));
            exact = phrase.build();
        }
        alternatives.add(new BoostQuery(exact, 0.3f));
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /** True when {@code fact} says {@code concept} (one of its alternatives, stem for stem). */
    public boolean mentions(Fact fact, Concept concept) {
        Set<String> known = stems.get(fact.id());
        if (known == null) {
            known = Set.copyOf(analysis.stems(searchTexts.get(fact.id())));
            stems.set(fact.id(), known);
        }
        return concept.mentionedIn(known);
    }

    /** True when users' {@code folded} word is in the base or the extra vocabulary. */
    public boolean knows(String folded) {
        try {
            return reader.docFreq(new Term(IndexFields.EXACT, folded)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The closest known word to a misspelt {@code folded} one ("financment" gives "financement"). Corrections are
     * remembered (bounded): users misspell the same words again and again.
     */
    public Optional<String> correct(String folded) {
        return corrections.get(folded, word -> suggest(word.length() >= LONG_WORD ? longWordSpeller : speller,
                IndexFields.EXACT, word));
    }

    /** The territory word closest to a misspelt {@code folded} one ("montlucn" gives "montlucon"). */
    public Optional<String> correctTerritoryWord(String folded) {
        return territoryCorrections.get(folded, word -> suggest(territorySpeller, IndexFields.TERRITORY, word));
    }

    private Optional<String> suggest(DirectSpellChecker checker, String field, String folded) {
        try {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return words.length == 0 ? Optional.empty() : Optional.of(words[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
