package fr.clsbot.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Stemmed analysis for {@link IndexFields#TEXT} and {@link IndexFields#HEADING}, exact folded analysis for every other text field. */
final class PerFieldAnalyzer extends DelegatingAnalyzerWrapper {
    private final FrenchAnalysis analysis;

    PerFieldAnalyzer(FrenchAnalysis analysis) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.analysis = analysis;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return IndexFields.TEXT.equals(fieldName) || IndexFields.HEADING.equals(fieldName) ? analysis.stemmed()
                : analysis.exact();
    }
}
