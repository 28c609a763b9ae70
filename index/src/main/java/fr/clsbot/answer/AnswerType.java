package fr.clsbot.answer;

import fr.clsbot.entity.EntityType;
import fr.clsbot.evidence.EvidenceKind;
import java.util.List;
import java.util.Set;

/**
 * The type of answer a question expects ("date", "count", "person"…), as declared in {@code question-types.yaml}:
 * the cues that announce it and the evidence that can answer it.
 *
 * @param cues     question words that announce this type ("combien de temps")
 * @param entities entity types an answering sentence must hold (none: any sentence may answer)
 * @param weak     entity types that answer less well
 * @param kinds    kinds of typed fact that answer it
 * @param lead     how the answer starts
 * @param missing  what is missing, for a refusal ("le lieu"), or null
 * @param hints    words an answer of this type tends to hold when no entity marks it ("afin", "constat" for a
 *                 reason): any of them counts a little in how well evidence matches
 * @param joinsBefore how a sentence starts that answers only with the sentence before it ("En ce sens, …" says the
 *                    consequence of what the sentence before says, which is the reason asked)
 * @param joinsAfter  how the sentence after the answer starts when it goes on saying it ("Cela prend en compte…")
 */
record AnswerType(String name, List<String> cues, Set<EntityType> entities, Set<EntityType> weak,
                  Set<EvidenceKind> kinds, Lead lead, String missing, List<String> hints, List<String> joinsBefore,
                  List<String> joinsAfter) {
    /** How an answer of this type starts. */
    enum Lead {
        /** The date, figure or name found, then the sentence it was found in. */
        ENTITY,
        /** The sentence itself. */
        QUOTE,
        /** The whole list the evidence belongs to. */
        LIST
    }

    AnswerType {
        cues = List.copyOf(cues);
        entities = Set.copyOf(entities);
        weak = Set.copyOf(weak);
        kinds = Set.copyOf(kinds);
        hints = List.copyOf(hints);
        joinsBefore = List.copyOf(joinsBefore);
        joinsAfter = List.copyOf(joinsAfter);
    }

    /** True when an answer must hold an entity of this type (a date, a figure, a name…). */
    boolean strict() {
        return !entities.isEmpty();
    }
}
