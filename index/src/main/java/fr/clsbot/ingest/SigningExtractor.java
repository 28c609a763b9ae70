package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.Signing;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.text.Folding;
import fr.clsbot.text.Years;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds when the current contract was signed: a date near a signing verb ("signé ce vendredi 22 mars", "a signé son
 * CLS en avril", "ont officialisé"), in a unit about the current contract. A date that only dates a reference ("voir
 * notre édition du 3 mai", "publié le …"), a date of another contract ("le Contrat de Ville, signé en 2015") or a
 * date older than the current contract's period is never taken. A day beats a month, a month a year.
 */
final class SigningExtractor {
    private static final Pattern VERB = Pattern.compile("\\b(?:co-?)?sign(?:e|ee|es|ees|ent|er|era|eront|ature)\\b"
            + "|\\bofficialis\\w*|\\b(?:est|a ete|ont ete|sera) conclue?s?\\b");
    /**
     * "qui sera signé dans quelques mois": a signing put off to an undated later time; the dates of its sentence
     * are those of something else (the meeting that announced it).
     */
    private static final Pattern LATER = Pattern.compile("\\A\\W+(?:\\w+\\W+){0,3}?(?:dans (?:quelques|les prochain(?:e)?s"
            + "|les mois|les semaines)\\b|prochainement|ulterieurement|plus tard\\b)");
    private static final Pattern TIME_AFTER = Pattern.compile(",?\\s+(?:à|a|dès)\\s+(\\d{1,2}\\s?h(?:\\s?\\d{2})?)(?!\\d)");
    /** Words before a date that make it the date of a publication or of another article, not of an event. */
    private static final Pattern REFERENCE = Pattern.compile("(?:edition|publie|publiee|publication|parution|parue?"
            + "|article|mis a jour|mise a jour|lire|voir|datee?|numero|n°)\\W+(?:(?:du|de|le|la|en)\\W+)?$");
    /** Words before a date that make it the date of a vote, not of the signing: "lors du conseil municipal du …". */
    private static final Pattern VOTE = Pattern.compile("(?:conseil municipal|conseil communautaire|conseil syndical"
            + "|comite syndical|bureau communautaire|assemblee|deliberation|vote|adopte|adoptee)\\W+(?:\\w+\\W+){0,3}?"
            + "(?:du|de|le|en)\\W+$");
    /**
     * Contracts that are not a CLS, named in a sentence that then says nothing of the CLS; an amendment to the CLS
     * (« intégrée au CLS par avenant signé le … ») is signed on a day of its own.
     */
    private static final Pattern OTHER_CONTRACT = Pattern.compile("\\bcontrats? (?:de ville|de ruralite|de relance"
            + "|de territoire|territorial|de plan|de projet)|\\bavenants?\\b");
    private static final Pattern CLS = Pattern.compile("\\bcls\\b|contrat local|contrats locaux|\\b(?:ce|le) contrat"
            + "\\b|\\bconvention\\b|\\baccord\\b");
    private static final Pattern CLS_NAME = Pattern.compile("\\bcls\\b|contrat local|contrats locaux");
    /** The formula of a signature block: "Fait à Bobigny, le 22 novembre 2019", "À Bobigny, le …". */
    private static final Pattern MADE_AT = Pattern.compile("^(fait )?a [\\p{L}'’ -]{2,40},? le $");
    /** How many units before a signature formula may say what is signed ("Il a été convenu de signer …"). */
    private static final int FORMULA_REACH = 3;
    private static final int MAX_DISTANCE = 250;
    /** What an ordinal ranks when it ranks a contract (« deuxième contrat », « première mouture »), folded. */
    private static final Set<String> RANKED = Stream.concat(Entity.CONTRACT_NOUNS.stream(),
            Stream.of("mouture", "version", "edition")).collect(Collectors.toUnmodifiableSet());
    private static final Map<String, Integer> PRECISION = Map.of(Entity.DAY, 3, Entity.MONTH, 2, Entity.YEAR, 1);

    Signing extract(Document document, ContractTimeline timeline) {
        Candidate best = null;
        List<Candidate> candidates = new ArrayList<>();
        String mention = null;
        List<Unit> units = document.units();
        for (Unit unit : units) {
            Candidate formula = signatureFormula(units, unit, timeline);
            if (formula != null) {
                candidates.add(formula);
                best = best == null || formula.better(best) ? formula : best;
            }
            String folded = unit.folded();
            Matcher verb = VERB.matcher(folded);
            if (!verb.find() || timeline.aboutAnother(unit) || otherContractOnly(folded, verb.start())) {
                continue;
            }
            if (mention == null && CLS.matcher(folded).find()) {
                mention = unit.text();
            }
            if (LATER.matcher(folded).region(verb.end(), folded.length()).lookingAt()) {
                continue;
            }
            List<Entity> dates = unit.of(EntityType.DATE);
            if (dates.isEmpty() && CLS.matcher(folded).find()) {
                Candidate before = dayOfTheSentenceBefore(units, unit, timeline);
                if (before != null) {
                    candidates.add(before);
                    best = best == null || before.better(best) ? before : best;
                }
            }
            List<Entity> ranks = unit.of(EntityType.ORDINAL).stream()
                    .filter(e -> RANKED.contains(Folding.fold(String.valueOf(e.detail())))).toList();
            for (Entity date : dates) {
                Integer precision = PRECISION.get(date.detail());
                if (precision == null || reference(folded, date) || older(date, timeline)
                        || ofAnEarlierRank(ranks, date)) {
                    continue;
                }
                int distance = distance(folded, date);
                if (distance > MAX_DISTANCE) {
                    continue;
                }
                Candidate candidate = new Candidate(date.text(), unit.text(), precision, distance);
                candidates.add(candidate);
                if (best == null || candidate.better(best)) {
                    best = candidate;
                }
            }
        }
        if (best != null) {
            Candidate dated = withYear(withYear(best, candidates), daysOfTheDocument(units, timeline));
            return new Signing(withTime(dated), dated.quote(), null);
        }
        return mention == null ? null : new Signing(Signing.UNKNOWN, mention, null);
    }

    /**
     * "Ils étaient nombreux autour de la table, jeudi 22 juin, à la mairie. Huit signataires étaient réunis pour
     * signer le CLS.": a signing sentence with no date takes the day its sentence before gives, when that one
     * speaks of nothing signed itself; the least sure of candidates.
     */
    private static Candidate dayOfTheSentenceBefore(List<Unit> units, Unit unit, ContractTimeline timeline) {
        if (unit.index() == 0 || unit.role() != SourceLine.Role.SENTENCE) {
            return null;
        }
        Unit previous = units.get(unit.index() - 1);
        String folded = previous.folded();
        if (previous.role() != SourceLine.Role.SENTENCE || !Objects.equals(previous.line().heading(),
                unit.line().heading()) || timeline.aboutAnother(previous) || VERB.matcher(folded).find()) {
            return null;
        }
        for (Entity date : previous.of(EntityType.DATE)) {
            if (Entity.DAY.equals(date.detail()) && !reference(folded, date) && !older(date, timeline)) {
                return new Candidate(date.text(), previous.text() + " " + unit.text(), PRECISION.get(Entity.DAY),
                        MAX_DISTANCE + 1);
            }
        }
        return null;
    }

    /**
     * "Il a été convenu de signer le présent Contrat Local de Santé … À Bobigny, le 22 novembre 2019 Le Maire …":
     * the place and day that open a signature block date the signing, when the block says "Fait à" or follows what
     * is to be signed; as sure as a day beside the verb.
     */
    private static Candidate signatureFormula(List<Unit> units, Unit unit, ContractTimeline timeline) {
        List<Entity> dates = unit.of(EntityType.DATE);
        if (dates.isEmpty() || !Entity.DAY.equals(dates.get(0).detail()) || timeline.aboutAnother(unit)) {
            return null;
        }
        Matcher formula = MADE_AT.matcher(unit.folded().substring(0, dates.get(0).start()));
        if (!formula.matches()) {
            return null;
        }
        boolean signed = formula.group(1) != null;
        for (int i = unit.index() - 1; i >= Math.max(0, unit.index() - FORMULA_REACH) && !signed; i--) {
            String before = units.get(i).folded();
            signed = VERB.matcher(before).find() && CLS.matcher(before).find();
        }
        return signed ? new Candidate(dates.get(0).text(), unit.text(), PRECISION.get(Entity.DAY), 0) : null;
    }

    /** "le mercredi 30 janvier à 17h30 à Maury": the hour said right after the day goes with it. */
    private static String withTime(Candidate dated) {
        int at = dated.quote().indexOf(dated.date());
        if (at < 0) {
            return dated.date();
        }
        Matcher time = TIME_AFTER.matcher(dated.quote()).region(at + dated.date().length(), dated.quote().length());
        return time.lookingAt() ? dated.date() + " à " + time.group(1) : dated.date();
    }

    /** "ce jeudi 6 mars" said where the verb is, "jeudi 6 mars 2025" elsewhere: the same day, with its year. */
    private static Candidate withYear(Candidate best, List<Candidate> candidates) {
        if (Years.YEAR.matcher(best.date()).find()) {
            return best;
        }
        // "ce jeudi 6 mars" is the day "6 mars": the day of the week is left out.
        String dayAndMonth = best.date().replaceAll("^\\p{L}+\\s+(?=\\d)", "");
        return candidates.stream().filter(c -> Years.YEAR.matcher(c.date()).find())
                .filter(c -> Years.sameDay(dayAndMonth, c.date())).findFirst().orElse(best);
    }

    /**
     * "officialisé le 5 octobre à la mairie" after "engagés dans un second contrat, vendredi 5 octobre 2018": the
     * days the document gives with their year, where the signing day is given without it.
     */
    private static List<Candidate> daysOfTheDocument(List<Unit> units, ContractTimeline timeline) {
        List<Candidate> days = new ArrayList<>();
        for (Unit unit : units) {
            if (timeline.aboutAnother(unit)) {
                continue;
            }
            for (Entity date : unit.of(EntityType.DATE)) {
                if (Entity.DAY.equals(date.detail())) {
                    days.add(new Candidate(date.text(), unit.text(), PRECISION.get(Entity.DAY), 0));
                }
            }
        }
        return days;
    }

    private record Candidate(String date, String quote, int precision, int distance) {
        boolean better(Candidate other) {
            return precision > other.precision || precision == other.precision && distance < other.distance;
        }
    }

    /**
     * True when the sentence ranks contracts and the date follows the mention of an earlier one: in « la signature du
     * deuxième CLS jeudi 27 août, quatre ans après la première mouture, officialisée le 18 janvier 2012 » the second
     * date is the first contract's.
     */
    private static boolean ofAnEarlierRank(List<Entity> ranks, Entity date) {
        int latest = 0;
        Entity before = null;
        for (Entity rank : ranks) {
            int value = Integer.parseInt(rank.value());
            latest = Math.max(latest, value);
            if (rank.end() <= date.start() && (before == null || rank.start() > before.start())) {
                before = rank;
            }
        }
        return before != null && Integer.parseInt(before.value()) < latest;
    }

    /** Characters between the date and the nearest signing verb. */
    private static int distance(String folded, Entity date) {
        int best = Integer.MAX_VALUE;
        Matcher verb = VERB.matcher(folded);
        while (verb.find()) {
            int gap = verb.start() >= date.end() ? verb.start() - date.end() : Math.max(0, date.start() - verb.end());
            best = Math.min(best, gap);
        }
        return best;
    }

    /** A date of another article, of a publication or of a council's vote: not the signing's. */
    private static boolean reference(String folded, Entity date) {
        String before = folded.substring(Math.max(0, date.start() - 40), date.start());
        return REFERENCE.matcher(before).find() || VOTE.matcher(before).find();
    }

    /** A date in a year before the current contract's period began belongs to an earlier step or contract. */
    private static boolean older(Entity date, ContractTimeline timeline) {
        OptionalInt start = timeline.currentStart();
        Matcher year = Years.YEAR.matcher(date.text());
        return start.isPresent() && year.find() && Integer.parseInt(year.group()) < start.getAsInt() - 1;
    }

    /** True when the contract just before the signing verb is another kind ("le Contrat de Ville, signé en 2015"). */
    private static boolean otherContractOnly(String folded, int verb) {
        String before = folded.substring(0, verb);
        return last(OTHER_CONTRACT, before) > last(CLS_NAME, before);
    }

    private static int last(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }
}
