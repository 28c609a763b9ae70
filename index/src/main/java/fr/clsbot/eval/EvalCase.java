package fr.clsbot.eval;

import java.util.List;

/**
 * One question of a question set and what its answer must hold.
 *
 * @param doc    the document the answer must come from (real-document sets), or null
 * @param q      the question as typed
 * @param expect strings that must all appear in the answer
 * @param any    strings of which at least one must appear
 * @param forbid strings that must not appear (the answer must stay on the territory asked about)
 * @param refuse true when the knowledge base does not hold the answer and the bot must say so
 */
public record EvalCase(String doc, String q, List<String> expect, List<String> any, List<String> forbid, Boolean refuse) {
    public EvalCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        any = any == null ? List.of() : List.copyOf(any);
        forbid = forbid == null ? List.of() : List.copyOf(forbid);
        refuse = refuse != null && refuse;
    }

    public boolean mustRefuse() {
        return refuse;
    }
}
