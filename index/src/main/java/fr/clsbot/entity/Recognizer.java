package fr.clsbot.entity;

import java.util.List;

/** One kind of entity finder. Stateless and thread-safe once built. */
interface Recognizer {
    /**
     * Adds the entities of a sentence to {@code found}.
     *
     * @param text   the sentence as written
     * @param folded the same sentence folded character for character ({@code Folding.foldKeepingOffsets}), so that
     *               offsets in one are offsets in the other
     */
    void find(String text, String folded, List<Entity> found);
}
