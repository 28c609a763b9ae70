package fr.clsbot.ingest;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes from a draft the facts that validation names, e.g. {@code figures[3]} or {@code period}. */
final class InvalidFacts {
    private static final Pattern ITEM = Pattern.compile("^(\\w+)\\[(\\d+)]");

    private InvalidFacts() {
    }

    static Contract remove(Contract c, List<Problem> problems) {
        Set<String> items = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (Problem problem : problems) {
            Matcher matcher = ITEM.matcher(problem.field());
            if (matcher.find()) {
                items.add(matcher.group(1) + "[" + matcher.group(2) + "]");
            } else {
                fields.add(problem.field().split("\\.")[0]);
            }
        }
        return new Contract(c.id(), c.title(), c.sources(), c.territory(),
                fields.contains("period") ? null : c.period(), fields.contains("signing") ? null : c.signing(),
                keep("axes", c.axes(), items), keep("actions", c.actions(), items), keep("figures", c.figures(), items),
                keep("milestones", c.milestones(), items), keep("signatories", c.signatories(), items),
                keep("partners", c.partners(), items), keep("governance", c.governance(), items),
                keep("consultation", c.consultation(), items), keep("contacts", c.contacts(), items), c.status(), c.review(),
                c.file());
    }

    private static <T> List<T> keep(String list, List<T> values, Set<String> invalid) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!invalid.contains(list + "[" + (i + 1) + "]")) {
                kept.add(values.get(i));
            }
        }
        return kept;
    }
}
