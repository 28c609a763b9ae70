package fr.clsbot.evidence;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Source;

/**
 * One candidate answer: a typed fact of a contract or a sentence (or list) of one of its sources.
 *
 * @param id      its index in the evidence of the knowledge base (and its Lucene document id)
 * @param order   its position among the evidence of the same kind of its contract (axes keep their order)
 * @param origin  the knowledge record a typed fact was made from ({@code Axis}, {@code Figure}…), or the
 *                {@link SourceLine} of a sentence
 * @param text    what it says, ready to be shown: a French sentence for a typed fact, the sentence itself otherwise
 * @param quote   the source passage it rests on
 * @param heading the heading of the source section it stands in, or null
 * @param list    for a sentence of a list (intro or item), the id of the {@link EvidenceKind#LIST} evidence holding
 *                the whole list, else -1
 */
public record Evidence(int id, Contract contract, EvidenceKind kind, int order, Object origin, String text,
                       String quote, Source source, String heading, int list) {

    public boolean typed() {
        return kind.typed();
    }
}
