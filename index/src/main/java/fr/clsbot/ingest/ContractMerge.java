package fr.clsbot.ingest;

import fr.clsbot.knowledge.Action;
import fr.clsbot.knowledge.Axis;
import fr.clsbot.knowledge.Contact;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.Milestone;
import fr.clsbot.knowledge.Party;
import fr.clsbot.knowledge.Period;
import fr.clsbot.knowledge.ReviewNote;
import fr.clsbot.knowledge.Signing;
import fr.clsbot.knowledge.Source;
import fr.clsbot.knowledge.Sourced;
import fr.clsbot.knowledge.Statement;
import fr.clsbot.knowledge.Territory;
import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts the facts of one document into a contract that other documents already fed: the document's facts replace
 * those it gave before (a re-ingested document updates, never duplicates) and the other sources' facts stay, each
 * fact keeping its own {@code source}. Lists are grouped by source in the order of {@code sources}, so merging the
 * same document twice gives the same contract.
 */
final class ContractMerge {
    private ContractMerge() {
    }

    /** The draft of one document with that document as its only source, named on every fact. */
    static Contract attributed(Contract draft, Source source) {
        String id = source.id();
        Period period = draft.period();
        Signing signing = draft.signing();
        return new Contract(draft.id(), draft.title(), List.of(source), draft.territory(),
                period == null ? null : new Period(period.start(), period.end(), period.quote(), id),
                signing == null ? null : new Signing(signing.date(), signing.quote(), id),
                map(draft.axes(), a -> new Axis(a.title(), a.description(), a.quote(), id)),
                map(draft.actions(), a -> new Action(a.text(), a.axis(), a.year(), a.quote(), id)),
                map(draft.figures(), f -> new Figure(f.value(), f.kind(), f.about(), f.payer(), f.when(), f.quote(),
                        id)),
                map(draft.milestones(), m -> new Milestone(m.date(), m.event(), m.quote(), id)),
                map(draft.signatories(), p -> party(p, id)), map(draft.partners(), p -> party(p, id)),
                map(draft.governance(), p -> party(p, id)),
                map(draft.consultation(), s -> new Statement(s.text(), s.quote(), id)),
                map(draft.contacts(), c -> new Contact(c.organisation(), c.service(), c.phone(), c.email(),
                        c.topics(), c.quote(), id)),
                draft.status(), draft.review(), null);
    }

    /**
     * @param existing the contract as its file holds it
     * @param incoming one document's draft, from {@link #attributed}
     */
    static Contract merge(Contract existing, Contract incoming) {
        Source source = incoming.sources().get(0);
        List<Source> sources = new ArrayList<>(existing.sources());
        int at = indexOf(sources, source.id());
        if (at >= 0) {
            sources.set(at, source);
        } else {
            sources.add(source);
        }
        Scope scope = new Scope(sources.stream().map(Source::id).toList(), source.id());
        List<ReviewNote> review = new ArrayList<>(new LinkedHashSet<>(concat(existing.review(), incoming.review())));
        Signing signing = signing(existing.signing(), incoming.signing(), scope, review);
        Period period = scope.single(existing.period(), incoming.period());
        if (period != null && incoming.period() != null && period != incoming.period()
                && !Objects.equals(period.start(), incoming.period().start())) {
            note(review, new ReviewNote("period", "à vérifier : les sources ne donnent pas la même période ("
                    + period.start() + "-" + period.end() + " / " + incoming.period().start() + "-"
                    + incoming.period().end() + ")", incoming.period().quote()));
        }
        return new Contract(existing.id(), existing.title(), sources, territory(existing.territory(),
                incoming.territory()), period, signing,
                scope.merge(existing.axes(), incoming.axes()), scope.merge(existing.actions(), incoming.actions()),
                scope.merge(existing.figures(), incoming.figures()),
                scope.merge(existing.milestones(), incoming.milestones()),
                scope.merge(existing.signatories(), incoming.signatories()),
                scope.merge(existing.partners(), incoming.partners()),
                scope.merge(existing.governance(), incoming.governance()),
                scope.merge(existing.consultation(), incoming.consultation()),
                scope.merge(existing.contacts(), incoming.contacts()), "draft", review, null);
    }

    /** A known date beats {@code unknown}; two different dates from two documents are kept and flagged. */
    private static Signing signing(Signing existing, Signing incoming, Scope scope, List<ReviewNote> review) {
        Signing kept = scope.single(existing, incoming);
        if (kept == null || incoming == null || kept == incoming) {
            return kept;
        }
        if (!kept.known() && incoming.known()) {
            return incoming;
        }
        if (kept.known() && incoming.known() && !Folding.key(kept.date()).equals(Folding.key(incoming.date()))) {
            note(review, new ReviewNote("signing", "à vérifier : les sources ne donnent pas la même date de "
                    + "signature (" + kept.date() + " / " + incoming.date() + ")", incoming.quote()));
        }
        return kept;
    }

    private static void note(List<ReviewNote> review, ReviewNote note) {
        if (!review.contains(note)) {
            review.add(note);
        }
    }

    /**
     * {@code contract} without the aliases another contract already answers to ({@code taken}, folded as
     * {@link Folding#key}): a page that names a neighbour (« à Valence ») must not take its name, which would leave
     * the base with two contracts for one name, and invalid.
     */
    static Contract withoutNamesTaken(Contract contract, Set<String> taken) {
        Territory territory = contract.territory();
        if (territory == null || territory.aliases().stream().noneMatch(a -> taken.contains(Folding.key(a)))) {
            return contract;
        }
        return contract.withTerritory(new Territory(territory.name(), territory.collectivity(), territory.kind(),
                territory.departement(), territory.region(), territory.aliases().stream()
                .filter(a -> !taken.contains(Folding.key(a))).toList(), territory.epci(), territory.communes()));
    }

    /** The first document's territory, with the names the others use added to its aliases. */
    private static Territory territory(Territory existing, Territory incoming) {
        if (existing == null || incoming == null) {
            return existing == null ? incoming : existing;
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String alias : concat(existing.aliases(), incoming.aliases())) {
            aliases.putIfAbsent(Folding.key(alias), alias);
        }
        return new Territory(existing.name(), existing.collectivity() != null ? existing.collectivity()
                : incoming.collectivity(), existing.kind() != null ? existing.kind() : incoming.kind(),
                existing.departement() != null ? existing.departement() : incoming.departement(),
                existing.region() != null ? existing.region() : incoming.region(), List.copyOf(aliases.values()),
                existing.epci() != null ? existing.epci() : incoming.epci(),
                !existing.communes().isEmpty() ? existing.communes() : incoming.communes());
    }

    /** The sources of the merged contract and the one being (re)ingested. */
    private record Scope(List<String> order, String incoming) {
        /** The source a fact comes from: its own, or the contract's first, as the loader reads it. */
        String of(Sourced fact) {
            return fact.source() == null ? order.get(0) : fact.source();
        }

        /** A single fact: the existing one unless it came from the document now re-ingested. */
        <T extends Sourced> T single(T existing, T incomingFact) {
            if (existing == null || of(existing).equals(incoming)) {
                return incomingFact;
            }
            return existing;
        }

        <T extends Sourced> List<T> merge(List<T> existing, List<T> fresh) {
            Map<String, List<T>> bySource = new LinkedHashMap<>();
            order.forEach(id -> bySource.put(id, new ArrayList<>()));
            for (T fact : existing) {
                String source = of(fact);
                if (!source.equals(incoming)) {
                    bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(fact);
                }
            }
            bySource.get(incoming).addAll(fresh);
            return bySource.values().stream().flatMap(List::stream).toList();
        }
    }

    private static int indexOf(List<Source> sources, String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) != null && id.equals(sources.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    private static Party party(Party party, String source) {
        return new Party(party.name(), party.role(), party.quote(), source);
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
        return list.stream().map(mapper).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
