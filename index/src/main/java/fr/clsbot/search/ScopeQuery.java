package fr.clsbot.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches the documents of the contracts in a question's scope, given as their sorted document ids. The evidence
 * index knows each contract's ids (a document's id is its evidence's), so the filter reads no terms: a terms filter
 * on the contract field rebuilt its term set and sought it in the dictionary for every question.
 */
final class ScopeQuery extends Query {
    private final int[] docs;

    /** @param docs sorted, distinct index-wide document ids */
    ScopeQuery(int[] docs) {
        this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + context.reader().maxDoc());
                return from == to ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new Ids(docs, from, to, context.docBase));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    private int lowerBound(int doc) {
        int found = Arrays.binarySearch(docs, doc);
        return found >= 0 ? found : -found - 1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "scope(" + docs.length + " documents)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((ScopeQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(docs);
    }

    /** The ids of one segment, read from the shared sorted array. */
    private static final class Ids extends DocIdSetIterator {
        private final int[] docs;
        private final int to;
        private final int docBase;
        private int next;
        private int doc = -1;

        Ids(int[] docs, int from, int to, int docBase) {
            this.docs = docs;
            this.next = from;
            this.to = to;
            this.docBase = docBase;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            doc = next < to ? docs[next++] - docBase : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) throws IOException {
            while (next < to && docs[next] - docBase < target) {
                next++;
            }
            return nextDoc();
        }

        @Override
        public long cost() {
            return to - next;
        }
    }
}
