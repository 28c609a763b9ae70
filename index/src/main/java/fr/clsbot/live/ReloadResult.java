package fr.clsbot.live;

import fr.clsbot.knowledge.Problem;
import java.util.List;

/**
 * The outcome of a reload.
 *
 * @param problems why the new base was rejected (empty when it was loaded)
 */
public record ReloadResult(boolean loaded, int contracts, List<Problem> problems) {
    public ReloadResult {
        problems = List.copyOf(problems);
    }
}
