package fr.clsbot.eval;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.SourceRef;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The obvious approach the engine is measured against: the source passages in a plain Lucene index
 * (StandardAnalyzer, BM25), the question as a bag of words, the top passage as the answer.
 */
public final class Bm25Baseline implements Answerer, AutoCloseable {
    private static final String TEXT = "text";
    private static final String PASSAGE = "passage";

    private final List<Passage> passages;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25Baseline(KnowledgeBase base) {
        this.passages = base.passages();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                Document doc = new Document();
                doc.add(new StoredField(PASSAGE, i));
                doc.add(new TextField(TEXT, passages.get(i).text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Answer answer(String question) {
        long start = System.nanoTime();
        try {
            Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, question, BooleanClause.Occur.SHOULD);
            ScoreDoc[] hits = query == null ? new ScoreDoc[0] : searcher.search(query, 1).scoreDocs;
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (hits.length == 0) {
                return new Answer(question, false, "Aucun passage trouvé.", null, null, 0, List.of(), List.of(),
                        millis, null);
            }
            Passage passage = passages.get(reader.storedFields().document(hits[0].doc).getField(PASSAGE)
                    .numericValue().intValue());
            return new Answer(question, true, passage.text(), passage.contractId(), null, 1,
                    List.of(new SourceRef(passage.source().title(), passage.source().file(), passage.text())),
                    List.of(), millis, null);
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
