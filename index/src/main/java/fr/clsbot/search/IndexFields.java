package fr.clsbot.search;

/** Lucene field names, defined once for indexing and searching. */
final class IndexFields {
    /** Contract id (keyword). */
    static final String CONTRACT = "contract";
    /** {@link fr.clsbot.evidence.EvidenceKind} name (keyword). */
    static final String KIND = "kind";
    /** Everything the evidence says, French-stemmed. */
    static final String TEXT = "text";
    /** The heading of the source section a sentence stands in, French-stemmed. */
    static final String HEADING = "heading";
    /** The same, folded but unstemmed, where exact wording matters; also the spelling vocabulary. */
    static final String EXACT = "exact";
    /** Words of territory names and aliases, folded, for fuzzy territory matching. */
    static final String TERRITORY = "territory";

    private IndexFields() {
    }
}
