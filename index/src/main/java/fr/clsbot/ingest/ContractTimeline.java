package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.text.Folding;
import fr.clsbot.text.OtherPlans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive contracts a document talks about ("2012 - 2017 : 1er Contrat Local de Santé", "un deuxième contrat
 * pour la période 2025-2029") and which one each unit is about, so that facts of a previous contract (its period,
 * signatories, signing date) are not taken for the current one's. A contract is named by its period or its rank;
 * the current contract is the one with the latest period, else the highest rank. A unit names a contract itself, or
 * inherits one from the sentence introducing its list or from its heading.
 */
final class ContractTimeline {
    /** Nouns an ordinal ranks when it ranks a contract ("3e Contrat", "deuxième CLS", "3e génération"). */
    private static final Set<String> CONTRACT_NOUNS = Set.of("contrat", "contrats", "cls", "generation");
    /** "prolongé", "prorogé", "une prorogation": a contract that runs longer than first planned. */
    private static final Pattern EXTENDED = Pattern.compile("\\b(?:prolong|prorog)\\w*");
    /** What may stand between a contract's rank and its period: "CLS 1 2015-2022", "CLS 2 : 2020/2023". */
    private static final Pattern RANK_THEN_PERIOD = Pattern.compile("[\\s:(,]{0,4}");
    /** An ordinal that ranks another kind of contract ("le 2e Contrat de ville"). */
    private static final Pattern OTHER_CONTRACT_RANKED = Pattern.compile("\\w+\\s+contrats? de (?:ville|ruralite"
            + "|relance|territoire)");
    /** A sentence whose subject is the contract: "Le Contrat Local de Santé est …", "Notre nouveau CLS …". */
    private static final Pattern CONTRACT_SUBJECT = Pattern.compile("(?:le|ce|notre|son|leur)\\s+(?:nouveau\\s+|"
            + "(?:premier|deuxieme|second|troisieme|\\d+e)\\s+)?(?:cls|contrat local de sante)\\b");
    /**
     * "le nouveau Contrat Local de Santé", "renouvellent leur engagement … avec la signature du CLS 2023-2028": a
     * contract after any named by its rank ("un premier CLS").
     */
    private static final Pattern NEW_CONTRACT = Pattern.compile("\\bnouve(?:au|l)\\s+(?:cls|contrat local de sante)\\b"
            + "|(?<!pourra etre |sera |devra etre |pourrait etre |peut etre )\\brenouvel(?:lent|le|lee?s?|lement)\\b");
    private static final int NEWEST = Integer.MAX_VALUE;
    /** The rank of a contract said to come before the current one, whatever its number. */
    private static final int PREVIOUS = 0;
    private static final int MAX_YEARS = 10;
    private static final int WINDOW = 60;

    /** A contract as one unit names it: by the first year of its period, by its rank, or both. */
    record Reference(Integer start, Integer end, Integer rank) {
    }

    private final List<Set<Reference>> references = new ArrayList<>();
    private final Map<Integer, Integer> rankOfStart = new HashMap<>();
    private final Integer currentStart;
    private final Integer currentEnd;
    private final Integer currentRank;
    /** The highest rank written as a number or an ordinal ("second contrat"), not as "nouveau". */
    private final int highestWrittenRank;
    private final String currentPeriodQuote;

    ContractTimeline(Document document) {
        List<Set<Reference>> own = new ArrayList<>();
        Map<Integer, Reference> periodOfStart = new HashMap<>();
        Map<Integer, String> quoteOfStart = new HashMap<>();
        int maxRank = 0;
        int written = 0;
        for (Unit unit : document.units()) {
            Set<Reference> found = own(unit);
            own.add(found);
            List<Reference> periods = found.stream().filter(r -> r.start() != null).toList();
            List<Reference> ranks = found.stream().filter(r -> r.rank() != null).toList();
            if (periods.size() == 1 && ranks.size() == 1) {
                rankOfStart.put(periods.get(0).start(), ranks.get(0).rank());
            }
            found.stream().filter(r -> r.start() != null && r.rank() != null)
                    .forEach(r -> rankOfStart.put(r.start(), r.rank()));
            for (Reference period : periods) {
                if (period.rank() != null && period.rank() == PREVIOUS) {
                    continue;
                }
                Reference known = periodOfStart.get(period.start());
                if (known == null || known.end() != null && period.end() != null && period.end() > known.end()
                        && (EXTENDED.matcher(unit.folded()).find()
                        || EXTENDED.matcher(Folding.fold(quoteOfStart.get(period.start()))).find())) {
                    // "qui devait couvrir la période 2018-2020, a été prolongé … Il couvre donc les années 2018 à
                    // 2022": the contract extended runs to the later end.
                    periodOfStart.put(period.start(), period);
                    quoteOfStart.put(period.start(), unit.text());
                }
            }
            for (Reference rank : ranks) {
                maxRank = Math.max(maxRank, rank.rank());
                if (rank.rank() != NEWEST) {
                    written = Math.max(written, rank.rank());
                }
            }
        }
        this.highestWrittenRank = written;
        Integer latest = periodOfStart.keySet().stream().max(Integer::compare).orElse(null);
        Integer rankOfLatest = latest == null ? null : rankOfStart.get(latest);
        Integer start = latest;
        Integer rank = rankOfLatest;
        boolean laterRank = maxRank > 0 && (rankOfLatest != null ? maxRank > rankOfLatest
                : !rankOfStart.containsValue(maxRank));
        if (laterRank) {
            // A contract named by its rank only comes after the latest period given ("le 2e CLS, signé en 2021"
            // after "le premier CLS (2015-2019)"): it is the current one, and its period is the one linked to it.
            rank = maxRank;
            final int current = maxRank;
            start = rankOfLatest == null ? latest : rankOfStart.entrySet().stream()
                    .filter(e -> e.getValue() == current).map(Map.Entry::getKey).findFirst().orElse(null);
        }
        this.currentStart = start;
        this.currentEnd = start == null ? null : periodOfStart.get(start).end();
        this.currentPeriodQuote = start == null ? null : quoteOfStart.get(start);
        this.currentRank = rank;
        Set<Reference> heading = Set.of();
        Map<Integer, Set<Reference>> intro = new HashMap<>();
        for (Unit unit : document.units()) {
            Set<Reference> mine = own.get(unit.index());
            SourceLine.Role role = unit.role();
            boolean headingIntro = role == SourceLine.Role.LIST_INTRO && unit.text().equals(unit.line().heading());
            if (role == SourceLine.Role.HEADING || headingIntro) {
                heading = mine;
            }
            Set<Reference> effective = mine;
            if (effective.isEmpty() && role == SourceLine.Role.LIST_ITEM) {
                effective = intro.getOrDefault(unit.line().list(), Set.of());
            }
            if (effective.isEmpty() && role != SourceLine.Role.HEADING && !headingIntro) {
                effective = heading;
            }
            if (role == SourceLine.Role.LIST_INTRO) {
                intro.put(unit.line().list(), effective);
            }
            references.add(effective);
        }
    }

    /** The contracts a unit names itself. */
    private static Set<Reference> own(Unit unit) {
        Set<Reference> found = new LinkedHashSet<>();
        String folded = unit.folded();
        boolean heading = unit.role() == SourceLine.Role.HEADING;
        Entity rankBefore = null;
        for (Entity entity : unit.entities().stream().sorted(Comparator.comparingInt(Entity::start)).toList()) {
            if (entity.type() == EntityType.PERIOD && entity.detail() == null
                    && ofContract(folded, entity, heading)) {
                String[] years = entity.value().split("-");
                int start = Integer.parseInt(years[0]);
                int end = Integer.parseInt(years[1]);
                if (end > start && end - start <= MAX_YEARS) {
                    // "CLS 1 : 2012/2019 et CLS 2 : 2020/2023": a rank right before a period is that period's.
                    boolean ranked = rankBefore != null && RANK_THEN_PERIOD.matcher(
                            folded.substring(rankBefore.end(), entity.start())).matches();
                    if (ranked) {
                        found.remove(new Reference(null, null, Integer.parseInt(rankBefore.value())));
                    }
                    boolean previous = OtherPlans.EARLIER_CONTRACT_BEFORE.matcher(folded.substring(Math.max(0,
                            entity.start() - WINDOW), entity.start())).find();
                    Integer rank = ranked ? Integer.valueOf(rankBefore.value()) : previous ? PREVIOUS : null;
                    found.add(new Reference(start, end, rank));
                    if (previous && CONTRACT_SUBJECT.matcher(folded).lookingAt()) {
                        // "Le CLS … signé ce lundi va poursuivre les objectifs du précédent contrat (2014-2016)":
                        // the sentence is about the current contract too.
                        found.add(new Reference(null, null, NEWEST));
                    }
                }
                rankBefore = null;
            } else if (entity.type() == EntityType.ORDINAL && entity.detail() != null
                    && CONTRACT_NOUNS.contains(entity.detail())
                    && !OTHER_CONTRACT_RANKED.matcher(folded.substring(entity.start())).lookingAt()) {
                found.add(new Reference(null, null, Integer.parseInt(entity.value())));
                rankBefore = entity;
            }
        }
        if (NEW_CONTRACT.matcher(folded).find()) {
            found.add(new Reference(null, null, NEWEST));
        }
        return found;
    }

    /**
     * True when a period is a contract's: a contract word stands just before it ("le CLS 2025-2030", "pour la période
     * 2020-2024") or just after it ("2025 - 2028 : 3e Contrat"), with no other plan between ("le CLS s'inscrit dans le
     * PRS 2023-2028" gives the PRS's period); a heading's period is its contract's unless it names another plan.
     */
    private static boolean ofContract(String folded, Entity period, boolean heading) {
        String before = folded.substring(Math.max(0, period.start() - WINDOW), period.start());
        String after = folded.substring(period.end(), Math.min(folded.length(), period.end() + WINDOW));
        int contract = OtherPlans.last(OtherPlans.CONTRACT, before);
        int plan = OtherPlans.last(OtherPlans.PLAN, before);
        if (contract >= 0 && contract > plan) {
            return true;
        }
        if (plan < 0 && CONTRACT_SUBJECT.matcher(folded).lookingAt()) {
            // "Le Contrat Local de Santé est une démarche …, de 5 ans (2022-2027), …": the sentence is about it.
            return true;
        }
        Matcher next = OtherPlans.CONTRACT.matcher(after);
        Matcher nextPlan = OtherPlans.PLAN.matcher(after);
        boolean contractAfter = next.find();
        if (contractAfter && (!nextPlan.find() || nextPlan.start() > next.start())) {
            return true;
        }
        return heading && plan < 0 && !OtherPlans.PLAN.matcher(after).find();
    }

    /** True when the unit is about a contract other than the current one (a previous one). */
    boolean aboutAnother(Unit unit) {
        Set<Reference> refs = references.get(unit.index());
        return !refs.isEmpty() && refs.stream().noneMatch(this::current);
    }

    private boolean current(Reference reference) {
        if (reference.start() != null) {
            return reference.start().equals(currentStart);
        }
        if (currentRank != null) {
            // "un partenariat renouvelé … engagés dans un second contrat": the renewed contract is the second one,
            // unless the second is given an earlier period.
            return reference.rank().equals(currentRank) || reference.rank() == NEWEST
                    || currentRank == NEWEST && reference.rank() == highestWrittenRank && highestWrittenRank >= 2
                    && !rankOfStart.containsValue(highestWrittenRank);
        }
        // No rank is known for the current contract: a rank given with an earlier period is an earlier contract's.
        return !rankOfStart.containsValue(reference.rank());
    }

    /** The first year of the current contract's period, when the document gives it. */
    OptionalInt currentStart() {
        return currentStart == null ? OptionalInt.empty() : OptionalInt.of(currentStart);
    }

    OptionalInt currentEnd() {
        return currentEnd == null ? OptionalInt.empty() : OptionalInt.of(currentEnd);
    }

    /** The unit that gives the current contract's period. */
    String currentPeriodQuote() {
        return currentPeriodQuote;
    }
}
