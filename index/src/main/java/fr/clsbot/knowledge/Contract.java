package fr.clsbot.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One Contrat Local de Santé as written in a knowledge-base YAML file: its territory and every typed fact
 * the coordinator transcribed from the sources. Lists are never null (missing lists load as empty).
 *
 * @param review what a person should check in a draft (see {@link ReviewNote})
 * @param status {@code draft} for a file written by {@code ingest} that nobody has reviewed yet, else
 *               {@code reviewed} or absent
 * @param file   the YAML file it was read from, relative to the knowledge-base root (set by the loader)
 */
public record Contract(
        String id,
        String title,
        List<Source> sources,
        Territory territory,
        Period period,
        Signing signing,
        List<Axis> axes,
        List<Action> actions,
        List<Figure> figures,
        List<Milestone> milestones,
        List<Party> signatories,
        List<Party> partners,
        List<Party> governance,
        List<Statement> consultation,
        List<Contact> contacts,
        String status,
        List<ReviewNote> review,
        @JsonIgnore String file) {

    public Contract {
        sources = orEmpty(sources);
        axes = orEmpty(axes);
        actions = orEmpty(actions);
        figures = orEmpty(figures);
        milestones = orEmpty(milestones);
        signatories = orEmpty(signatories);
        partners = orEmpty(partners);
        governance = orEmpty(governance);
        consultation = orEmpty(consultation);
        contacts = orEmpty(contacts);
        review = orEmpty(review);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Returns this contract as read from {@code file}. */
    public Contract withFile(String file) {
        return new Contract(id, title, sources, territory, period, signing, axes, actions, figures, milestones,
                signatories, partners, governance, consultation, contacts, status, review, file);
    }

    /** Returns this contract with {@code territory} instead of its own. */
    public Contract withTerritory(Territory territory) {
        return new Contract(id, title, sources, territory, period, signing, axes, actions, figures, milestones,
                signatories, partners, governance, consultation, contacts, status, review, file);
    }

    /** The source a fact points to: the one named by {@code sourceId}, or the first one when it names none. */
    public Source source(String sourceId) {
        if (sources.isEmpty()) {
            return null;
        }
        if (sourceId == null) {
            return sources.get(0);
        }
        return sources.stream().filter(s -> sourceId.equals(s.id())).findFirst().orElse(null);
    }

    /** True for a draft written by {@code ingest} and not reviewed yet. */
    public boolean draft() {
        return "draft".equals(status);
    }

    /** The territory's display name, e.g. "Plaine Limagne". */
    public String territoryName() {
        return territory == null ? id : territory.name();
    }
}
