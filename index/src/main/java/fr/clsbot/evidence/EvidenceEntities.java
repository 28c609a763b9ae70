package fr.clsbot.evidence;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The entities each piece of evidence holds, found the first time the piece is a candidate and then remembered:
 * most pieces never are, so start-up stays quick. Thread-safe.
 */
public final class EvidenceEntities {
    private final EntityRecognizer recognizer;
    private final AtomicReferenceArray<List<Entity>> cache;

    public EvidenceEntities(EntityRecognizer recognizer, int size) {
        this.recognizer = recognizer;
        this.cache = new AtomicReferenceArray<>(size);
    }

    /** The entities of {@code evidence}'s text, in text order. */
    public List<Entity> of(Evidence evidence) {
        List<Entity> known = cache.get(evidence.id());
        if (known == null) {
            known = find(evidence);
            cache.set(evidence.id(), known);
        }
        return known;
    }

    private List<Entity> find(Evidence evidence) {
        List<Entity> found = recognizer.find(evidence.text());
        if (evidence.origin() instanceof Party party && found.stream().noneMatch(e -> e.type()
                == EntityType.ORGANISATION || e.type() == EntityType.PERSON)) {
            // A signatory or partner is an organisation even when its name is not one the recogniser knows.
            List<Entity> withParty = new ArrayList<>(found);
            int end = Math.min(party.name().length(), evidence.text().length());
            withParty.add(0, new Entity(EntityType.ORGANISATION, evidence.text().substring(0, end), 0, end,
                    party.name(), null));
            return List.copyOf(withParty);
        }
        return found;
    }
}
