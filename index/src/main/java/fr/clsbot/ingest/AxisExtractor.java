package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.Axis;
import fr.clsbot.knowledge.ReviewNote;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the axes of the current contract, written in one of three ways: lines "Axe 1 – …" or « L'axe "santé
 * mentale". »; a list under a heading or a sentence naming axes, priorities or orientations ("Nos orientations",
 * "… cinq axes stratégiques :"); or prose ("se décline autour de trois axes principaux : la prévention…, la mise en
 * place…"). When the text states how many there are ("trois axes") and the list found does not hold that many, or an
 * item is cut off, the axes are not trusted: they are written as review notes ("à vérifier").
 */
final class AxisExtractor {
    /** Nouns that name axes, with how surely: "axes" is surer than "thématiques". */
    private static final Map<String, Integer> NOUNS = Map.ofEntries(Map.entry("axe", 3), Map.entry("axes", 3),
            Map.entry("orientations", 2), Map.entry("priorites", 2), Map.entry("thematiques", 2),
            Map.entry("enjeux", 2), Map.entry("volets", 2), Map.entry("defis", 2), Map.entry("ambitions", 2),
            Map.entry("objectifs", 1));
    private static final Pattern NOUN = Pattern.compile("\\b(axes?|orientations|priorites|thematiques|enjeux|volets"
            + "|defis|ambitions|objectifs)\\b(\\s+(?:de|d'|du|des)\\s)?");
    /** Words saying a list structures the contract ("s'articule autour de", "la feuille de route"). */
    private static final Pattern STRUCTURE = Pattern.compile("s'articule|se decline|autour d|structur|\\bcls\\b"
            + "|contrat|strategi|plan d'actions?|feuille de route|retenu|prioritaires|programme");
    private static final int MAX_NOUN_TO_COLON = 80;
    private static final Pattern AXIS_LINE = Pattern.compile("^\\s*axe\\s*(?:n°\\s*)?(?:\\d+|[ivx]+)\\s*[:.–—/-]\\s*");
    /** A paragraph that only names an axis: « L'axe "santé mentale". ». */
    private static final Pattern QUOTED_AXIS = Pattern.compile("^\\s*(?:l['’]\\s*)?axe\\s*[«\"“]\\s*(.+?)\\s*[»\"”]"
            + "\\s*\\.?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CUT = Pattern.compile("\\[…]|\\[\\.\\.\\.]|…$|\\.\\.\\.$");
    private static final Pattern TITLE_END = Pattern.compile(",\\s+(?=(?:avec|notamment|en particulier|dont|par|"
            + "pour|afin|qui|en)\\b)| : | – | - ");

    /** The axes found and what is to be checked. */
    record Found(List<Axis> axes, List<ReviewNote> review) {
    }

    /** "pistes d'axes": a count's noun followed by what it is made of. */
    private static final Pattern OF_NOUN = Pattern.compile("\\s+d['’](\\p{L}+)");
    /** An infinitive ending in -er or -ir that opens an action ("renforcer", "favoriser", "agir"). */
    private static final Pattern INFINITIVE = Pattern.compile("[a-z]{3,}(?:er|ir)\\b");
    /** ", " or " et " before an infinitive: where one action ends and the next begins. */
    private static final Pattern ACTION_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:et\\s+)?|\\s+et\\s+)"
            + "(?=\\p{Ll}+(?:er|ir)\\b)");

    /** A list of axis candidates as the text gives it. */
    private record Group(int sureness, int order, List<String> items, Entity stated, String intro) {
    }

    Found extract(Document document, ContractTimeline timeline) {
        List<Group> groups = new ArrayList<>();
        List<String> axisLines = new ArrayList<>();
        List<String> quotedAxes = new ArrayList<>();
        Entity statedAnywhere = null;
        for (Unit unit : document.units()) {
            if (timeline.aboutAnother(unit)) {
                continue;
            }
            if (statedAnywhere == null) {
                statedAnywhere = stated(unit, "axes");
            }
            Matcher line = AXIS_LINE.matcher(unit.folded());
            if (line.lookingAt()) {
                axisLines.add(unit.text());
                continue;
            }
            Matcher quoted = QUOTED_AXIS.matcher(unit.text());
            if (quoted.matches()) {
                quotedAxes.add(quoted.group(1));
                continue;
            }
            String folded = unit.folded();
            boolean intro = unit.role() == SourceLine.Role.LIST_INTRO;
            int colon = intro ? folded.length() : folded.indexOf(':');
            if (colon < 0 || !intro && unit.role() != SourceLine.Role.SENTENCE) {
                continue;
            }
            MatchResult noun = lastNoun(folded.substring(0, colon));
            if (noun == null || !intro && colon - noun.end() > MAX_NOUN_TO_COLON) {
                continue;
            }
            int sureness = NOUNS.get(noun.group(1)) - (noun.group(2) != null ? 1 : 0);
            Entity stated = stated(unit, noun.group(1));
            boolean headingIntro = intro && unit.text().equals(unit.line().heading());
            if (sureness < NOUNS.get("axes") && stated == null && !headingIntro
                    && !STRUCTURE.matcher(folded).find()) {
                // "le diagnostic révèle plusieurs enjeux : …" lists findings, not the contract's axes.
                continue;
            }
            List<String> items = intro ? document.items(unit.line().list()).stream().map(Unit::text).toList()
                    : prose(unit.text().substring(colon + 1), stated);
            groups.add(new Group(sureness, unit.index(), items, stated, unit.text()));
        }
        if (axisLines.size() >= 2) {
            groups.add(new Group(4, -1, uncutLastTitle(axisLines, statedAnywhere), null, null));
        }
        if (quotedAxes.size() >= 2) {
            // Unnumbered, they may be only the first of more axes on a page cut short: the count stated decides.
            groups.add(new Group(3, -1, quotedAxes, statedAnywhere, null));
        }
        Group best = groups.stream().filter(g -> !g.items().isEmpty())
                .max((a, b) -> a.sureness() != b.sureness() ? Integer.compare(a.sureness(), b.sureness())
                        : Integer.compare(b.order(), a.order())).orElse(null);
        if (best == null) {
            return new Found(List.of(), List.of());
        }
        List<Axis> axes = new ArrayList<>();
        boolean cut = false;
        for (String item : best.items()) {
            if (CUT.matcher(item.strip()).find()) {
                cut = true;
                continue;
            }
            axes.add(axis(item));
        }
        boolean countMatches = best.stated() == null ? axes.size() >= 2
                : Integer.parseInt(best.stated().value()) == axes.size();
        if (!cut && countMatches) {
            return new Found(axes, List.of());
        }
        String counted = best.stated() == null ? (axes.size() < 2 ? "un seul axe trouvé" : null)
                : "le texte annonce « " + best.stated().text() + " », " + axes.size() + " trouvé"
                + (axes.size() > 1 ? "s" : "");
        String why = cut ? "liste coupée" + (counted == null ? "" : " ; " + counted) : counted;
        List<ReviewNote> notes = new ArrayList<>();
        for (Axis axis : axes) {
            notes.add(new ReviewNote("axes", "à vérifier (" + why + ") : " + axis.title(), axis.quote()));
        }
        if (notes.isEmpty()) {
            notes.add(new ReviewNote("axes", "à vérifier (" + why + ")", best.intro()));
        }
        return new Found(List.of(), notes);
    }

    /**
     * "Axe 4 : Vie affective et sexuelle […]": a page cut after the last axis line's title keeps that title when the
     * text says how many axes there are and the lines are that many.
     */
    private static List<String> uncutLastTitle(List<String> lines, Entity stated) {
        String last = lines.get(lines.size() - 1);
        Matcher cut = CUT.matcher(last.strip());
        if (stated == null || Integer.parseInt(stated.value()) != lines.size() || !cut.find()
                || lines.subList(0, lines.size() - 1).stream().anyMatch(l -> CUT.matcher(l.strip()).find())) {
            return lines;
        }
        String title = last.strip().substring(0, cut.start()).strip();
        if (AXIS_LINE.matcher(Folding.fold(title)).replaceFirst("").isBlank()) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, lines.size() - 1));
        kept.add(title);
        return kept;
    }

    /** The last axis noun of a text: the one nearest the colon that opens the list. */
    private static MatchResult lastNoun(String text) {
        Matcher matcher = NOUN.matcher(text);
        MatchResult last = null;
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        return last;
    }

    /** The count the text gives for these axes ("trois axes principaux"), if any. */
    private static Entity stated(Unit unit, String noun) {
        for (Entity count : unit.of(EntityType.COUNT)) {
            if (noun.equals(count.detail()) || (noun.startsWith("axe") && "axes".equals(count.detail()))) {
                return count;
            }
            // "4 pistes d'axes d'intervention": what the count counts are axes.
            Matcher of = OF_NOUN.matcher(unit.folded()).region(count.end(), unit.folded().length());
            if (of.lookingAt() && (noun.equals(of.group(1)) || noun.startsWith("axe") && of.group(1).equals("axes"))) {
                return count;
            }
        }
        return null;
    }

    /**
     * The items of a list written in a sentence: "a ; b ; c", else "a, b et c". When the count stated says there are
     * fewer and the items are actions ("renforcer la prévention, favoriser le parcours …, la prévention, le
     * diagnostic et la prise en charge, accompagner et maintenir …"), each item is what one infinitive opens.
     */
    private static List<String> prose(String list, Entity stated) {
        List<String> items = prose(list);
        if (stated == null || Integer.parseInt(stated.value()) >= items.size()) {
            return items;
        }
        List<String> actions = byInfinitive(list.strip().replaceAll("[.;]+$", ""));
        return actions.size() == Integer.parseInt(stated.value()) ? actions : items;
    }

    /** The parts of {@code text} each opened by an infinitive; empty when it does not open with one. */
    private static List<String> byInfinitive(String text) {
        List<String> parts = new ArrayList<>();
        Matcher separator = ACTION_SEPARATOR.matcher(text);
        int start = 0;
        while (separator.find()) {
            String before = text.substring(start, separator.start()).strip();
            if (before.contains(" ")) {
                // "accompagner et maintenir l'autonomie": a verb alone shares the next one's object.
                parts.add(before);
                start = separator.end();
            }
        }
        parts.add(text.substring(start).strip());
        return INFINITIVE.matcher(Folding.fold(parts.get(0))).lookingAt() ? parts : List.of();
    }

    private static List<String> prose(String list) {
        String text = list.strip();
        List<String> items = new ArrayList<>();
        String[] parts = text.contains(";") ? text.split("\\s*;\\s*")
                : text.split("\\s*,\\s*(?:et\\s+)?|\\s+et\\s+(?=(?:la|le|les|l'|l’|des|du|de|un|une)\\b)");
        for (String part : parts) {
            String item = part.strip().replaceAll("[.;,]+$", "").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static Axis axis(String item) {
        String printed = item.replaceFirst("(?i)^\\s*axe\\s*(?:n°\\s*)?(?:\\d+|[IVX]+)\\s*[:.–—/-]\\s*", "").strip();
        String text = printed.replaceAll("[,;.]+$", "").strip();
        Matcher end = TITLE_END.matcher(text);
        if (end.find() && end.start() > 0) {
            String description = printed.substring(end.end()).strip();
            return new Axis(text.substring(0, end.start()).strip(), description.isEmpty() ? null : description,
                    item.strip(), null);
        }
        return new Axis(text, null, item.strip(), null);
    }
}
