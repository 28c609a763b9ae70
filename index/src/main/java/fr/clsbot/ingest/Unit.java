package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.text.Folding;
import java.util.List;

/**
 * One unit of a document as extraction reads it: a heading, sentence, list item or contact block with the entities
 * recognised in it.
 *
 * @param index    its position in the document
 * @param line     the unit, its role, heading and list
 * @param entities the entities of its text, offsets into {@code line.text()}
 */
record Unit(int index, SourceLine line, List<Entity> entities) {
    Unit {
        entities = List.copyOf(entities);
    }

    String text() {
        return line.text();
    }

    /** The text folded (no accents, lower case), offsets kept: what patterns are matched against. */
    String folded() {
        return Folding.foldKeepingOffsets(line.text());
    }

    SourceLine.Role role() {
        return line.role();
    }

    List<Entity> of(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }
}
