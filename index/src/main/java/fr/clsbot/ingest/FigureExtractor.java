package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.knowledge.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds the key figures of the current contract from the entities of each unit: amounts (funding, with who pays and
 * when), percentages, counts of what a contract is made of or reaches ("39 actions", "21 communes", "quatorze
 * partenaires") and durations ("pour une durée de cinq ans"), each as printed, with its sentence as what it is about.
 * Figures of a previous contract (see {@link ContractTimeline}) are left to the text.
 */
final class FigureExtractor {
    /** What a count may count to be a key figure (folded): what a contract is made of, covers or gathers. */
    private static final Set<String> COUNTED = Set.of("communes", "acteurs", "habitants", "professionnels",
            "partenaires", "structures", "fiches", "fiches-actions", "actions", "axes", "medecins", "participants",
            "elus", "associations", "personnes", "reunions", "ateliers", "questionnaires", "reponses", "signataires",
            "cosignataires", "co-signataires", "etablissements", "quartiers", "villages", "ehpad", "maisons", "mesures",
            "thematiques", "priorites", "orientations", "objectifs", "enjeux", "institutions", "volets", "defis");
    private static final Pattern FUNDING_WORDS = Pattern.compile("financ|remuner|subvention|enveloppe|budget|"
            + "cofinanc|prise en charge|allou|dotation|credits|dote|consacre");
    /** A percentage of people rather than of money: "30 % des ménages", "12 % de la population". */
    private static final Pattern SHARE_OF_PEOPLE = Pattern.compile("\\s*(?:des|de la|de l'|du|d')\\s*(?:menages|habitants"
            + "|personnes|population|francais|jeunes|enfants|femmes|hommes|patients|medecins|eleves|seniors|adultes"
            + "|familles|foyers|residents|beneficiaires)\\b");
    private static final int FUNDING_REACH = 80;
    /** "Fiche action n°4 :", "Fiche-action 2 –", "FICHE ACTION N° 3." (folded). */
    private static final Pattern NUMBERED_ACTION = Pattern.compile("\\s*fiches?[ -]actions?\\s*(?:n\\s*°|no|numero)?"
            + "\\s*(\\d{1,2})\\s*[:.–—-]");
    private static final Pattern DURATION_CONTEXT = Pattern.compile("duree|pendant|apres|au cours|tout au long|"
            + "\\bsur |depuis|ingenierie|elaboration|conclu|\\bpour\\b|au terme");
    private static final List<String> PAYERS = List.of("ARS", "Agence régionale de santé", "Agence Régionale de Santé",
            "CPAM", "CAF", "MSA", "CARSAT", "Conseil départemental", "Conseil Départemental", "Département",
            "Conseil régional", "Région", "État", "Préfecture", "FEDER", "Europe", "commune", "communauté");

    List<Figure> extract(Document document, ContractTimeline timeline) {
        List<Figure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Unit unit : document.units()) {
            if (timeline.aboutAnother(unit)) {
                continue;
            }
            String folded = unit.folded();
            boolean funding = FUNDING_WORDS.matcher(folded).find();
            for (Entity entity : unit.entities()) {
                String kind = switch (entity.type()) {
                    case AMOUNT -> "funding";
                    case PERCENT -> funding && fundedShare(folded, entity) ? "funding" : "share";
                    case COUNT -> COUNTED.contains(entity.detail()) ? "count" : null;
                    case DURATION -> DURATION_CONTEXT.matcher(folded).find() ? "duration" : null;
                    default -> null;
                };
                if (kind == null || !seen.add(kind + "|" + entity.text() + "|" + unit.text())) {
                    continue;
                }
                String sentence = unit.text();
                boolean money = kind.equals("funding");
                figures.add(new Figure(entity.text(), kind, sentence.replaceAll("[.;]$", ""),
                        money ? payer(sentence) : null, money ? when(sentence) : null, sentence, null));
            }
        }
        numberedLabels(document, timeline).ifPresent(figures::add);
        return figures;
    }

    /**
     * "Fiche action n°1 : …" … "Fiche action n°4 : …": actions numbered from one without a gap say how many there
     * are, though no sentence counts them.
     */
    private static Optional<Figure> numberedLabels(Document document, ContractTimeline timeline) {
        Map<Integer, Unit> numbered = new HashMap<>();
        for (Unit unit : document.units()) {
            Matcher label = NUMBERED_ACTION.matcher(unit.folded());
            if (!timeline.aboutAnother(unit) && label.lookingAt()) {
                numbered.putIfAbsent(Integer.parseInt(label.group(1)), unit);
            }
        }
        int last = numbered.size();
        if (last < 2 || !numbered.keySet().equals(IntStream.rangeClosed(1, last).boxed().collect(Collectors.toSet()))) {
            return Optional.empty();
        }
        String quote = numbered.get(last).text();
        String value = last + " fiches actions";
        return Optional.of(new Figure(value, "count", value + " numérotées de 1 à " + last, null, null, quote, null));
    }

    /**
     * "financé à 50 % par l'ARS" is a share of the money; "plus de 30 % des ménages … pour des raisons financières"
     * is a share of people, whatever the sentence says of money further on.
     */
    private static boolean fundedShare(String folded, Entity percent) {
        if (SHARE_OF_PEOPLE.matcher(folded).region(percent.end(), folded.length()).lookingAt()) {
            return false;
        }
        String around = folded.substring(Math.max(0, percent.start() - FUNDING_REACH),
                Math.min(folded.length(), percent.end() + FUNDING_REACH));
        return FUNDING_WORDS.matcher(around).find();
    }

    private static String payer(String sentence) {
        for (String payer : PAYERS) {
            if (Pattern.compile("\\b" + Pattern.quote(payer) + "\\b").matcher(sentence).find()) {
                return payer;
            }
        }
        return null;
    }

    private static String when(String sentence) {
        Matcher duration = Pattern.compile("pour une durée de [^,.;]+|par an|chaque année|par mois",
                Pattern.CASE_INSENSITIVE).matcher(sentence);
        if (duration.find()) {
            return duration.group().toLowerCase(Locale.ROOT);
        }
        Matcher year = FrenchPatterns.YEAR.matcher(sentence);
        return year.find() ? year.group() : null;
    }
}
