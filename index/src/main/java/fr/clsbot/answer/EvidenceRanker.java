package fr.clsbot.answer;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.entity.EntityType;
import fr.clsbot.evidence.Evidence;
import fr.clsbot.evidence.EvidenceEntities;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.Territory;
import fr.clsbot.search.Concept;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Synonyms;
import fr.clsbot.search.Token;
import fr.clsbot.text.Folding;
import fr.clsbot.text.LeadingArticle;
import fr.clsbot.text.OtherPlans;
import fr.clsbot.text.Years;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 3 of answering: ranks every candidate once, on one scale, whatever it is (typed fact, sentence, list). The
 * score adds how much of the question the evidence says (coverage), whether it holds an answer of the type asked
 * (fit: a date for "quand", a count of the thing counted, a person of the role asked), whether it is a fact of the
 * kind the question is about (intent), and what the question's filters say of it (the contract's rank, the years).
 * A candidate that cannot hold the answer asked is dropped, so "Où a été signé…" is never answered with a date.
 */
final class EvidenceRanker {
    private static final double COVERAGE = 0.55;
    private static final double FIT = 0.30;
    private static final double INTENT = 0.06;
    private static final double TYPED = 0.03;
    private static final double RELEVANCE = 0.05;
    /** A weak kind of entity (a period for "combien de temps") answers this much. */
    private static final double WEAK_FIT = 0.5;
    /**
     * The contract's own fact of a kind that answers, but whose value is only weakly of the type: its period for
     * "quelle durée". It answers, though less well than a duration the sources say it lasts.
     */
    private static final double CONTRACTS_OWN_WEAK_FIT = 0.95;
    /** How well the name of the contract's own territory answers "où". */
    private static final double OWN_TERRITORY_FIT = 0.7;
    /** How far before a period the name of another plan makes it that plan's. */
    private static final int PLAN_REACH = 40;
    /**
     * "la loi « Hôpital, Patients, Santé et Territoires » (HPST) du", "la loi HPST a été adoptée en": a law named
     * right before a date, with no contract between them (folded).
     */
    private static final Pattern LAW_DATE = Pattern.compile("\\bloi\\b(?:(?!cls|contrat|sign)[^.;]){0,80}"
            + "\\b(?:du|en)\\s*$");
    private static final Pattern ASKS_LAW = Pattern.compile("\\bloi\\b|\\bhpst\\b");
    private static final int LAW_REACH = 90;
    /** The bits of {@link #traits}: worked out, speaks of contracts in general, lists another plan's parts. */
    private static final int KNOWN = 1;
    private static final int ABOUT_ANY_CONTRACT = 2;
    private static final int INTRODUCED_BY_ANOTHER_PLAN = 4;
    /**
     * Answer types that only a sentence about this contract gives: when, where, how long, its items. Not who: "l'ARS
     * de Lorraine s'engage dans la signature de contrats locaux de santé" names the ARS of every contract of the region.
     */
    private static final Set<String> OF_THIS_CONTRACT = Set.of("date", "place", "period", "duration", "items");
    /**
     * Contracts in general: "de contrats locaux de santé", "les CLS", "Un contrat local de santé constitue …"; not
     * "cette troisième génération de CLS".
     */
    private static final Pattern ANY_CONTRACT = Pattern.compile("(?<!generation )\\b(?:des|de|les|aux) (?:contrats locaux de sante|cls)\\b"
            + "|^un (?:contrat local de sante|cls)(?: \\(cls\\))? (?:est|constitue|vise|permet|a pour)\\b");
    /** Words that point to one contract. */
    private static final Pattern ONE_CONTRACT = Pattern.compile("\\b(?:ce|cet|notre|son|leur|du present|le present"
            + "|le nouveau|le premier|le second|le deuxieme|le troisieme) (?:contrat|cls)\\b|\\bcls\\d\\b");
    private static final Pattern YEARS_SPAN = Pattern.compile("\\d{4}-\\d{4}");
    private static final Set<EntityType> QUANTITIES = Set.of(EntityType.AMOUNT, EntityType.PERCENT, EntityType.COUNT,
            EntityType.DURATION, EntityType.DATE, EntityType.PERIOD);
    /** Taken from evidence about an earlier contract of the territory when the question names no rank. */
    private static final double EARLIER_CONTRACT = 0.1;
    /** Taken from a sentence whose heading ranks another contract than the one asked, the sentence naming none. */
    private static final double OTHER_RANK_IN_HEADING = 0.1;
    /** Added to a date given to the day, or to the month: "quand" is better answered precisely. */
    private static final double DAY_PRECISION = 0.02;
    /**
     * What a date that starts something ("depuis 2020", "lancé en 2015") gains for a "depuis quand" question: more
     * than a date to the day does.
     */
    private static final double SINCE = 0.05;
    /** What a piece about an earlier contract gains when the previous one is asked. */
    private static final double PREVIOUS = 0.1;
    private static final Pattern SINCE_BEFORE = Pattern.compile("\\b(?:depuis|des|a partir de|a compter de|(?:lance"
            + "|initie|demarre|commence|engage|ne|cree|dote)e?s?(?: (?:de|d'|du|des|ce|cette|un|une|son|sa|ses"
            + "|dispositif|contrat|cls|demarche|premier)){0,4} en)\\s+(?:le |l'|la |fin |debut )?$");
    private static final int SINCE_REACH = 48;
    /** What says a duration is how long something lasts: "pour", "pour une durée de", "durera". */
    private static final Pattern LASTS_BEFORE = Pattern.compile("(?:\\bpour|\\bduree d(?:e|')|\\bdur(?:e|era|ent|eront)"
            + "|\\bvalable)\\s*$");
    private static final int LASTS_REACH = 30;
    /**
     * A sentence that opens on a pronoun standing for the one the sentence before names: "Elle a été recrutée". A
     * plural ("Ils se réunissent") stands for several, whom the sentence before names among others.
     */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?:Elle|Il(?! (?:s['’]agit|y a|faut|est|était"
            + "|sera|reste|convient|importe|semble))|Celle-ci|Celui-ci|Ce dernier|Cette dernière)\\b");
    /** What says the contract renews an earlier one (folded): "le renouvellement de son contrat", "a renouvelé". */
    private static final Pattern RENEWED = Pattern.compile("\\b(?:le renouvellement d|renouvelle (?:son|le|leur)\\b"
            + "|(?:a|ont) renouvele)");
    /** Words right before a date that make it the end of something: "s'est achevée en", "arrivera à échéance au". */
    private static final Pattern ENDS_BEFORE = Pattern.compile("\\b(?:achev\\w*|termin\\w*|echeance|expir\\w*|fin"
            + "|jusqu(?: |'|’)?(?:a|au|en))\\W+(?:\\w+\\W+){0,5}$");
    private static final int ENDS_REACH = 40;
    /**
     * A verb in the future tense (folded): "sera", "verront", "débutera", "permettra". A clause that holds one says
     * what is still to come.
     */
    private static final Pattern FUTURE_TENSE = Pattern.compile("\\b(?:sera|seront|aura|auront|verra|verront|fera"
            + "|feront|ira|iront|pourra|pourront|devra|devront|[a-z]{3,}(?:era|eront|ira|iront|tra|tront))\\b");
    /** The end of a sentence introducing what something is for: "permettre de :", "en faveur de :". */
    private static final Pattern AIMS_INTRO = Pattern.compile("(?:permettre|permet|vise|visent|viser|a pour objectifs?"
            + "|ont pour objectifs?|en faveur|afin|pour objectifs?)\\s+(?:a|de|d'|des|du)?\\s*:\\s*$");
    private static final Pattern CONTRACT_OR_ROLE = Pattern.compile("\\b(?:cls|contrat|son role|sa mission"
            + "|ses missions)\\b");
    /** Words before a duration that count it until now: "il y a 3 ans", "cela faisait 18 mois" (folded). */
    private static final String UNTIL_NOW = "il y a|voila|(?:cela|ca) (?:fait|faisait)";
    /** Words right before a duration that make it the time since something: "depuis plus de 40 ans" (folded). */
    private static final Pattern SINCE_DURATION = Pattern.compile("\\b(?:depuis|voici|" + UNTIL_NOW + ")\\s+"
            + "(?:(?:plus|moins|pres) d'\\s*|presque |environ |bientot |deja )?$");
    /**
     * Words right before a duration that make it a time from now or until now, not how long anything lasts: "d'ici
     * deux ans", "dans trois ans", "cela faisait 18 mois qu'il était dans les tuyaux", "après deux ans de
     * gestation, la signature…" (folded).
     */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(?:d'ici|dans|apres|" + UNTIL_NOW + ")\\s+"
            + "(?:(?:plus|moins|pres) d'\\s*|environ )?$");
    /**
     * A sentence that says what its amount pays for (folded): "une enveloppe de 15 000 euros a été allouée pour les
     * études d'ingénierie", "le poste … cofinancé à hauteur de 15 816 €": a part, not the whole budget. One that
     * says the amount is a total is not. What a budget is "dédié à" is no sure sign: it may be the contract's
     * whole purpose ("dédié à la santé des habitants").
     */
    private static final Pattern EARMARKED = Pattern.compile("\\b(?:postes?|recrutement|salaires?|remuneration"
            + "|etudes?|ingenierie)\\b");
    private static final Pattern SAYS_TOTAL = Pattern.compile("\\b(?:total|totale|global|globale|en tout|"
            + "l'ensemble du (?:cls|contrat|programme))\\b");
    /** Added to the single answer that fits a narrowed question. */
    private static final double UNIQUE = 0.2;
    /** "menée par", "assurée par" right before a person: that person does it. */
    private static final Pattern DONE_BY = Pattern.compile("\\bpar\\s+(?:m\\.|mme|madame|monsieur)?\\s*$");
    private static final int DONE_BY_REACH = 16;
    /** How far before the person the word asked may be: "une coordination qui a été menée par Annie Lombard". */
    private static final int DONE_BY_NEAR_CHARS = 50;
    /** The nouns an ordinal ranks when it ranks the contract: "le 3e contrat", "signé pour la 4e fois". */
    private static final Set<String> CONTRACT_RANKS = Stream.concat(Entity.CONTRACT_NOUNS.stream(),
            Stream.of("fois", "edition", "signature")).collect(Collectors.toUnmodifiableSet());
    /** How many organisations or persons a sentence names to say much of a list of who, and what it gains then. */
    private static final int MANY_NAMED = 3;
    private static final double NAMES_MANY = 0.03;
    /** The articles and prepositions inside a name (folded), with the spaces around them. */
    private static final Pattern NAME_LINKS = Pattern.compile("(?<=[\\s'-])(?:de|du|des|d|la|le|les|l)(?=[\\s'])");
    /** What a person gains whose role, as the evidence writes it, names the contract's own territory. */
    private static final double ROLE_OF_THE_TERRITORY = 0.03;
    /** What a person loses whose role the evidence gives as another body's: « son Président X ». */
    private static final double ROLE_ELSEWHERE = 0.05;
    /** A possessive before a role word right before a name: « son Président », « sa directrice ». */
    private static final Pattern POSSESSED_ROLE = Pattern.compile("(?iu)\\b(?:son|sa|leur)\\s+(?:vice-)?\\p{L}+\\s*$");
    private static final int POSSESSED_ROLE_REACH = 40;
    /** What evidence gains that gives the role of the person the question names, within this many characters. */
    private static final double ROLE_GIVEN = 0.03;
    private static final int ROLE_GIVEN_REACH = 60;
    /** What the same day given with its year gains over the best candidate that gives it without. */
    private static final double FULLER_DATE = 0.001;
    /** "… et présidente de …": a second role of the person named before it (within {@link #SECOND_ROLE_REACH}). */
    private static final Pattern SECOND_ROLE = Pattern.compile("(?iu)\\bet\\s+(?:le |la |l['’])?((?:vice-)?\\p{L}+)");
    private static final int SECOND_ROLE_REACH = 90;
    /** Entity types a sentence may leave to the sentence next to it: when and where something it tells happened. */
    private static final Set<EntityType> SAID_NEXT_DOOR = Set.of(EntityType.DATE, EntityType.PLACE);
    /** How well a date or place said in the sentence next door answers, against one in the sentence itself. */
    private static final double NEXT_DOOR_FIT = 0.6;
    /**
     * What a candidate whose answer is in the sentence next door loses: the two sentences may not tell of the same
     * event, so it is less sure than its coverage says.
     */
    private static final double NEXT_DOOR = 0.15;
    /**
     * How a sentence opens when it goes on about what the sentence before it told: a demonstrative or a pronoun
     * (« Cette visite », « Celle-ci », « Elle »), or an event named anew (« Un événement organisé à … », « La
     * cérémonie … »).
     */
    private static final Pattern GOES_ON = Pattern.compile("(?iu)(?:ce|cet|cette|ces|celui-ci|celle-ci|il|elle|ils"
            + "|elles|lors de (?:ce|cette)|[àa] cette occasion|[àa] l['’]issue de (?:ce|cette)"
            + "|(?:un |l['’])[ée]v[éè]nement|(?:une|la) (?:c[ée]r[ée]monie|rencontre|r[ée]union|manifestation))\\b");
    /** How far (in characters) a date may stand from the rank of the contract asked and still be its date. */
    private static final int FAR_FROM_RANK = 160;
    /** How many sentences away a sentence naming the same day may tell where it happened. */
    private static final int SAME_DAY_REACH = 6;
    /** A day of a month in a folded date: « vendredi 9 juillet », « 1er mars 2021 ». */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(\\d{1,2})(?:er)? (janvier|fevrier|mars|avril|mai"
            + "|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b");
    /** What a count that sums the others of its contract gains: it is their total. */
    private static final double TOTAL = 0.05;
    /** The same when a role is asked ("quel élu"): a person of that role is a rarer find than a date or a count. */
    private static final double UNIQUE_ROLE = 0.3;
    /** A whole list answers less well than the sentence of it that says what is asked. */
    private static final double LIST_PENALTY = 0.03;
    /** What a sentence loses for saying the words asked only through its heading: a tie-breaker. */
    private static final double HEADING_ONLY = 0.01;
    /** Words that ask for the current contract, which every typed fact is about (folded). */
    private static final Set<String> CURRENT = Set.of("nouveau", "nouvel", "nouvelle", "actuel", "actuelle",
            "recent", "recente", "dernier", "derniere");
    /** How far from a word asked an organisation may stand to be the one the question asks about. */
    private static final int NEAR_CHARS = 30;
    /** How far a person may stand from the organisation it speaks for ("représentée par son directeur général"). */
    private static final int NEAR_REPRESENTATIVE = 60;
    /** How long a role written after a person's name may run to the organisation it ends with. */
    private static final int ROLE_REACH = 140;
    /** ", Directeur de la Délégation Départementale de Saône-et-Loire de l'": a role after a name, up to its end. */
    private static final Pattern ROLE_AFTER_NAME = Pattern.compile("\\s*,\\s*(?:(?:le|la|l['’])\\s*)?((?:[Vv]ice-)?"
            + "\\p{L}+)[^,;:()]*$");
    /** What opens a list written in a sentence: "les axes SONT …", "trois axes : …", "autour de trois axes …". */
    private static final Pattern LIST_INTRO = Pattern.compile(
            "(?iu):|\\bsont\\b|\\bautour d|\\bportent? sur\\b|\\bs['’]articulent?\\b|\\bse déclinent?\\b"
                    + "|\\bcomprennent?\\b|\\bconcernent\\b|\\bvisent\\b"
                    // "d'importants défis comme A, B et C", "des priorités telles que A, B et C"
                    + "|\\bcomme\\b|\\btel(?:le)?s que\\b|\\bnotamment\\b"
                    // "« Nous avons fixé des axes prioritaires », poursuit le maire, « attirer …, œuvrer … et … »"
                    + "|»[^«»]{1,90}«"
                    // "tout d'abord l'accès aux soins, puis la prévention … et, enfin, la santé mentale"
                    + "|\\b(?:tout )?d['’]abord\\b"
                    // "aura pour objectif de mieux faire connaître …, de renforcer … mais aussi de développer …"
                    + "|\\b(?:objectifs?|ambitions?|buts?|vocation) (?:de |d['’])(?:mieux |plus |bien )?"
                    + "(?=\\p{L}+(?:er|ir|re)\\b)"
                    + "|\\b(?:défini|identifié|retenu|validé|arrêté|fixé)e?s\\s*,"
                    // "6 axes stratégiques (prévention, parcours de santé, santé mentale, …)"
                    + "|\\((?=[^()]*[,;][^()]*[,;][^()]*\\))");
    /** The numbers a list's count is written with in letters (« un » is an article more often). */
    private static final String TWO_TO_TWELVE = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze";
    /**
     * "trois axes principaux, A, B et C": a common noun counted by a small number, maybe with an adjective, then its
     * list after a comma (not "le PRS 2023-2033 La Réunion, feuille de route …, et …").
     */
    private static final Pattern COUNTED_APPOSITION = Pattern.compile("\\p{Ll}+(?:\\s+\\p{Ll}{4,})?\\s*,");
    private static final Pattern SMALL_COUNT_BEFORE = Pattern.compile(
            "(?iu)(?<![\\d\\p{L}])(?:\\d{1,2}|" + TWO_TO_TWELVE + ")\\s+(?:\\p{Ll}+\\s+)?$");
    private static final int MAX_NOUN_TO_LIST = 120;
    /** A sentence that counts its list itself ("les 4 axes suivants :"): the count it says answers. */
    private static final Pattern COUNT_IN_INTRO = Pattern.compile("\\b(?:\\d{1,2}|" + TWO_TO_TWELVE
            + "|treize|quatorze|quinze|seize|vingt)\\b");
    private static final int MAX_COUNTED_NOUN_TO_LIST = 240;
    /** A heading this short is a label ("Thème", "Axes prioritaires"), the line under it what it labels. */
    private static final int MAX_LABEL = 40;
    /** How far a singular noun may stand from the colon of the list it labels ("Thématique prioritaire :"). */
    private static final int MAX_LABEL_TO_LIST = 30;
    /** A word in the plural, from its start: "axes", "objectifs", "enjeux". */
    private static final Pattern PLURAL_END = Pattern.compile("\\p{L}+[sx]\\b");
    /** A number right before the noun asked, maybe with one adjective: "trois grandes", "4". */
    private static final Pattern COUNTED_BEFORE = Pattern.compile(
            "(?iu)(?:\\d+|\\b(?:" + TWO_TO_TWELVE + "))\\s+(?:\\p{L}+\\s+)?$");
    /** The roles and role categories a structure may hold as well as a person (roles.txt). */
    private static final Set<String> STRUCTURE_ROLES = Set.of("coordinateur", "coordination");
    /** The roles and role categories of people one contacts about a contract (roles.txt). */
    private static final Set<String> CONTACT_ROLES = Set.of("coordination", "responsable");
    /** « ainsi que », which joins the last item of a list written in a sentence. */
    private static final Pattern AS_WELL_AS = Pattern.compile("\\sainsi que\\s");
    /** A counted noun followed by its items: « trois axes, A, B et C », « trois axes (A, B, C) ». */
    private static final Pattern LISTED_AFTER_NOUN = Pattern.compile("\\p{L}+(?:\\s+\\p{L}+)?\\s*[,(]");
    /** A room or building asked for, which a town's name does not answer (folded). */
    private static final Pattern VENUE_ASKED = Pattern.compile("\\b(?:salle|batiment|auditorium|amphitheatre"
            + "|gymnase|hotel de ville)\\b");
    /**
     * "…, qui sont aujourd'hui (co-)signataires", "A, B, C… autant d'axes", "« A, B et C ». Tels sont les objectifs":
     * a list written before the noun it is.
     */
    private static final Pattern LIST_THEN_NOUN = Pattern.compile("(?iu)(?:\\bqui (?:sont|seront|étaient|ont été)"
            + "(?: aujourd['’]hui| désormais| tous| toutes| les)?\\s+(?:co-?)?"
            // "A, B et C sont au cœur des réflexions", "A et B sont les priorités"
            + "|\\b(?:sont|seront|constituent|forment) (?:au c(?:œ|oe)ur (?:des |du |de la |de l['’])|les |ses |leurs )"
            + "|\\bautant (?:de |d['’])?|\\btel(?:le)?s? (?:sont|étaient|seront|est|était) (?:les |ses |leurs )?"
            + "(?:\\p{L}+ )?)$");
    /** What separates the items of a list written in a sentence. */
    private static final Pattern ENUMERATION = Pattern.compile("[,;]|\\set\\s");

    private final EvidenceIndex index;
    private final EvidenceEntities entities;
    private final EntityRecognizer recognizer;
    private final FrenchAnalysis analysis;
    private final Synonyms synonyms;
    private final IntentClassifier classifier;
    private final Map<String, List<Entity>> headingEntities = new ConcurrentHashMap<>();
    /**
     * Each piece's entities with those of its heading or quote, put together once: every question filters each
     * candidate on them several times.
     */
    private final AtomicReferenceArray<List<Entity>> withHeading;
    private final AtomicReferenceArray<StemmedWords> stemmed;
    /** Per piece of evidence: {@link #KNOWN} once worked out, with the traits it has. */
    private final AtomicIntegerArray traits;
    private final Map<String, Integer> latestRanks = new ConcurrentHashMap<>();
    private final java.util.function.Function<String, String> questionRoles;
    /**
     * Kinds of typed fact that are the first answer of only one intent, with that intent's words: such a fact says
     * them without writing them (a signing fact says "signé", whatever the question's intent was read to be). A
     * milestone, first for the dates and the evaluation, does not.
     */
    private final Map<EvidenceKind, Set<String>> ownWords = new java.util.EnumMap<>(EvidenceKind.class);

    EvidenceRanker(EvidenceIndex index, EvidenceEntities entities, EntityRecognizer recognizer,
                   EngineVocabulary vocabulary, IntentClassifier classifier) {
        this.index = index;
        this.entities = entities;
        this.recognizer = recognizer;
        this.analysis = vocabulary.analysis();
        this.synonyms = vocabulary.synonyms();
        this.classifier = classifier;
        this.questionRoles = vocabulary.types()::role;
        this.withHeading = new AtomicReferenceArray<>(index.size());
        this.stemmed = new AtomicReferenceArray<>(index.size());
        this.traits = new AtomicIntegerArray(index.size());
        Map<EvidenceKind, List<Intent>> owners = new java.util.EnumMap<>(EvidenceKind.class);
        vocabulary.intents().intents().stream().filter(intent -> !intent.facts().isEmpty())
                .forEach(intent -> owners.computeIfAbsent(EvidenceKind.parse(intent.facts().get(0)),
                        kind -> new ArrayList<>()).add(intent));
        owners.forEach((kind, intents) -> {
            if (intents.size() == 1) {
                ownWords.put(kind, classifier.vocabulary(intents.get(0)));
            }
        });
    }

    /** The candidates that may answer, best first. */
    List<Candidate> rank(Question question, EvidenceGatherer.Pool pool) {
        float best = 0;
        for (float score : pool.scores().values()) {
            best = Math.max(best, score);
        }
        Set<String> intentWords = question.intent() == null ? Set.of() : classifier.vocabulary(question.intent());
        // Worked out once: an intent builds its set of kinds each time it is asked.
        Set<EvidenceKind> intentKinds = question.intent() == null ? Set.of() : question.intent().kinds();
        // Worked out once, not for every typed fact: the concepts that ask for the current contract ("nouveau").
        Set<String> currentAsked = question.concepts().stream().map(Concept::label)
                .filter(label -> CURRENT.contains(Folding.fold(label))).collect(Collectors.toUnmodifiableSet());
        List<Candidate> scored = new ArrayList<>();
        for (Evidence evidence : pool.evidence()) {
            Candidate candidate = score(question, evidence, best == 0 ? 0 : pool.scores().getOrDefault(
                    evidence.id(), 0f) / best, intentWords, intentKinds, currentAsked);
            if (candidate != null) {
                scored.add(candidate);
            }
        }
        String unique = uniqueAnswer(question, scored);
        boolean strongAsked = question.concepts().stream().anyMatch(c -> !c.weak());
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate candidate : scored) {
            boolean isUnique = unique != null && candidate.lead() != null && unique.equals(key(candidate.lead()))
                    && (candidate.coverage() > 0 || !question.filters().roles().isEmpty()
                    || !question.filters().families().isEmpty());
            boolean ofIntent = intentKinds.contains(candidate.evidence().kind());
            if (strongAsked && !isUnique && (candidate.coverage() == 0 && !ofIntent
                    || candidate.coverage() < 1 && ofIntent && missesTheSubject(question, candidate, intentWords))) {
                continue;
            }
            double bonus = question.filters().roles().isEmpty() ? UNIQUE : UNIQUE_ROLE;
            ranked.add(isUnique ? candidate.scored(Math.min(1, candidate.score() + bonus)) : candidate);
        }
        ranked = namingThePersonNamed(question, ranked);
        if (question.filters().counted() != null) {
            ranked = withTotalsFirst(ranked);
        }
        if (question.type().entities().contains(EntityType.DATE)) {
            ranked = withFullestDatesFirst(ranked);
        }
        // "quelle ARS ?": between equals, the organisation named in full, « l'Agence régionale de santé (ARS) de
        // Bourgogne Franche Comté », says which one; « l'ARS » does not.
        boolean whichOne = !question.filters().families().isEmpty()
                && question.types().stream().allMatch(t -> t.entities().equals(Set.of(EntityType.ORGANISATION)));
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> whichOne ? organisationNamed(c) : 0)
                        .reversed())
                .thenComparingInt(c -> c.evidence().id()));
        return ranked;
    }

    /**
     * "Quel est le rôle de Christine Torres ?": when some candidates name the person the question names (a first name
     * and the word after it), the typed facts that do not, such as the date of the signing she attended, answer
     * nothing of her. A sentence may speak of her as « elle ».
     */
    private List<Candidate> namingThePersonNamed(Question question, List<Candidate> ranked) {
        String surname = surnameNamed(question);
        if (surname == null) {
            return ranked;
        }
        Pattern named = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b");
        List<Candidate> naming = ranked.stream().filter(c -> named.matcher(Folding.fold(c.evidence().text())).find())
                .toList();
        return naming.isEmpty() ? ranked : ranked.stream().filter(c -> !c.evidence().typed() || naming.contains(c))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** The surname of a person the question names by first name and surname, folded; null when it names none. */
    private String surnameNamed(Question question) {
        List<Token> tokens = question.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String next = tokens.get(i + 1).text();
            if (recognizer.isFirstName(tokens.get(i).text()) && next.length() > 2
                    && !recognizer.isFirstName(next) && question.concepts().stream()
                    .anyMatch(c -> c.words().contains(next))) {
                return next;
            }
        }
        return null;
    }

    /** How long the organisation a candidate leads with is named; 0 when it leads with no organisation. */
    private static int organisationNamed(Candidate candidate) {
        Entity lead = candidate.lead();
        return lead == null || lead.type() != EntityType.ORGANISATION ? 0 : lead.text().length();
    }

    /**
     * "un programme de 26 actions" and the lines "12 actions de prévention…", "8 actions sur…", "6 actions de…": a
     * count that is the sum of the other counts of its contract is their total, and answers "combien" before any
     * part of it.
     */
    private static List<Candidate> withTotalsFirst(List<Candidate> ranked) {
        Map<String, Set<Long>> countsByContract = new HashMap<>();
        for (Candidate candidate : ranked) {
            Long value = countOf(candidate.lead());
            if (value != null) {
                countsByContract.computeIfAbsent(candidate.evidence().contract().id(), k -> new HashSet<>()).add(value);
            }
        }
        List<Candidate> result = new ArrayList<>(ranked.size());
        for (Candidate candidate : ranked) {
            Long value = countOf(candidate.lead());
            Set<Long> counts = value == null ? Set.of() : countsByContract.get(candidate.evidence().contract().id());
            long others = counts.stream().filter(v -> !v.equals(value)).mapToLong(Long::longValue).sum();
            boolean total = counts.size() >= 3 && value != null && others == value;
            result.add(total ? candidate.scored(Math.min(1, candidate.score() + TOTAL)) : candidate);
        }
        return result;
    }

    /**
     * "a eu lieu, le 12 juin" and a page's "12 juin 2018": the same day, the one that gives its year said first, with
     * the best score of the two.
     */
    private static List<Candidate> withFullestDatesFirst(List<Candidate> ranked) {
        List<Candidate> result = new ArrayList<>(ranked);
        for (int i = 0; i < result.size(); i++) {
            Candidate fuller = result.get(i);
            if (fuller.lead() == null || fuller.lead().type() != EntityType.DATE
                    || !Years.YEAR.matcher(fuller.lead().text()).find()) {
                continue;
            }
            double best = fuller.score();
            for (Candidate partial : ranked) {
                Entity lead = partial.lead();
                if (lead != null && lead.type() == EntityType.DATE && partial.score() > best
                        && partial.evidence().contract() == fuller.evidence().contract()
                        && !Years.YEAR.matcher(lead.text()).find() && Entity.DAY.equals(lead.detail())
                        && Years.sameDay(lead.text(), fuller.lead().text())) {
                    best = partial.score();
                }
            }
            if (best > fuller.score()) {
                result.set(i, fuller.scored(Math.min(1, best + FULLER_DATE)));
            }
        }
        return result;
    }

    private static Long countOf(Entity lead) {
        if (lead == null || lead.type() != EntityType.COUNT || lead.value() == null
                || !lead.value().chars().allMatch(Character::isDigit) || lead.value().length() > 9) {
            return null;
        }
        return Long.parseLong(lead.value());
    }

    /**
     * True when the question's strong concepts are all a subject of its own (no word of its intent's, "maison" in
     * "y a-t-il une maison de santé prévue ?") and the evidence says none of them: a fact of the intent read ("les
     * actions") does not answer about a subject it never mentions.
     */
    private boolean missesTheSubject(Question question, Candidate candidate, Set<String> intentWords) {
        boolean ownSubject = false;
        for (Concept concept : question.concepts()) {
            if (concept.weak() || concept.number()) {
                continue;
            }
            // The intent's own words ("diagnostic") are no subject: "Quelle surmortalité le diagnostic a-t-il
            // relevée ?" asks about the surmortalité.
            if (intentWords.containsAll(concept.ownStems())) {
                continue;
            }
            if (index.mentions(candidate.evidence(), concept)
                    || (candidate.lead() != null && satisfiedBy(question, concept, candidate.lead()))) {
                return false;
            }
            ownSubject = true;
        }
        return ownSubject;
    }

    /**
     * When the question narrows what it asks (a role, an organisation family, a counted noun, a place, an ordinal)
     * and a single answer in scope fits, that answer: "Quel élu s'est exprimé ?" has one answer if the document
     * names one elected official, whatever words it uses.
     */
    private static String uniqueAnswer(Question question, List<Candidate> scored) {
        QuestionFilters filters = question.filters();
        String type = question.type().name();
        boolean narrowed = !filters.roles().isEmpty() || !filters.families().isEmpty() || filters.counted() != null
                || type.equals("place") || type.equals("ordinal") || type.equals("person");
        if (!narrowed || !question.type().strict()) {
            return null;
        }
        Set<String> answers = new HashSet<>();
        for (Candidate candidate : scored) {
            if (candidate.fit() >= 1 && candidate.lead() != null) {
                answers.add(key(candidate.lead()));
            }
        }
        return answers.size() == 1 ? answers.iterator().next() : null;
    }

    private static String key(Entity entity) {
        return entity.type() + ":" + Folding.key(entity.value());
    }

    private Candidate score(Question question, Evidence evidence, double relevance, Set<String> intentWords,
                            Set<EvidenceKind> intentKinds, Set<String> currentAsked) {
        boolean ofIntent = intentKinds.contains(evidence.kind());
        if (!numbersMatch(question, evidence)) {
            return null;
        }
        if (wantsList(question) && question.filters().item() == null && evidence.origin() instanceof SourceLine line
                && line.role() == SourceLine.Role.HEADING) {
            // "Article 4 : Orientations stratégiques" names the list it heads; alone it lists nothing. It may
            // still be the item asked by rank ("Axe 1 : développer …").
            return null;
        }
        Evidence list = evidence.kind() == EvidenceKind.LIST ? evidence : evidence.list() >= 0
                && evidence.origin() instanceof SourceLine intro && intro.role() == SourceLine.Role.LIST_INTRO
                ? index.evidence().get(evidence.list()) : null;
        if (list != null && wantsList(question) && question.type().entities().contains(EntityType.ORGANISATION)
                && ofType(list, question.type()) < 2) {
            // "Qui sont les signataires ?" is not answered by a list of legal articles that names "l'hôpital": a list
            // of who did something names several.
            return null;
        }
        Evidence listedNext = null;
        if (asksWholeList(question)) {
            // "Quels sont les axes ?" is not answered by a sentence that lists nothing ("5 axes ont été validés"),
            // unless the next sentence gives the list it counts.
            listedNext = listedInTheNextSentence(question, evidence);
            if (listedNext == null && !listLike(question, evidence, ofIntent)) {
                return null;
            }
        }
        double filter = filters(question, evidence);
        if (Double.isNaN(filter)) {
            return null;
        }
        // "ça dure combien de temps, le CLS ?" asks the contract's own duration: its period, a fact of the intent
        // read, answers it fully when nothing else is asked.
        boolean aboutTheContract = ofIntent && evidence.typed() && question.asksNoSubject();
        Entity lead = null;
        Evidence context = null;
        double fit = 1;
        for (int i = 0; i < question.types().size(); i++) {
            AnswerType type = question.types().get(i);
            Fit found = fit(question, type, evidence, aboutTheContract);
            if (i == 0) {
                if (type.strict() && found.value() == 0) {
                    Neighbour neighbour = saidNextDoor(question, type, evidence);
                    if (neighbour == null) {
                        return null;
                    }
                    found = neighbour.fit();
                    context = neighbour.evidence();
                }
                fit = found.value();
                lead = found.entity();
            } else if (found.value() == 0) {
                fit *= 0.8;
            }
        }
        // An answer found in the sentence next door answers less well; a list announced then given does not.
        double nextDoor = context == null ? 0 : NEXT_DOOR;
        if (context == null && listedNext != null) {
            context = listedNext;
        }
        double coverage = coverage(question, evidence, ofIntent && ownWords.containsKey(evidence.kind())
                || listsTheContractsAims(evidence, intentKinds) ? intentWords
                : evidence.typed() && lead != null && !evidence.text().contains(lead.text())
                ? ownWords.getOrDefault(evidence.kind(), Set.of()) : Set.of(), lead, currentAsked);
        double listPenalty = evidence.kind() == EvidenceKind.LIST && !wantsList(question) ? LIST_PENALTY : 0;
        // "En quelle année … ?" is answered by a year as well as by a day.
        double precision = lead != null && lead.type() == EntityType.DATE && !question.filters().yearWanted()
                ? (Entity.DAY.equals(lead.detail()) ? DAY_PRECISION : Entity.MONTH.equals(lead.detail())
                ? DAY_PRECISION / 2 : 0) : 0;
        if (lead != null && lead.type() == EntityType.DATE && !Years.YEAR.matcher(lead.text()).find()
                && question.filters().yearWanted()) {
            // "En quelle année … ?": "lundi 18 novembre" does not say it.
            precision = -DAY_PRECISION;
        }
        // "pour une durée de 5 ans", "Il durera trois ans": a duration fact that says how long something lasts answers
        // "quelle durée" as the contract's own period does, and better; not "le premier CLS", which the facts are not.
        ofIntent |= evidence.kind() == EvidenceKind.DURATION && lead != null && lead.type() == EntityType.DURATION
                && question.types().get(0).entities().contains(EntityType.DURATION) && saysItLasts(evidence, lead)
                && question.filters().ordinal() == null && !question.filters().previousAsked();
        double score = COVERAGE * coverage + FIT * fit + (ofIntent ? INTENT : 0) + (evidence.typed() ? TYPED : 0)
                + RELEVANCE * relevance + filter - listPenalty + precision + (startsSomething(question,
                context == null ? evidence : context, lead) ? SINCE : 0)
                - HEADING_ONLY * saidByItsHeadingOnly(question, evidence)
                + (namesMany(question, evidence) ? NAMES_MANY : 0) - nextDoor
                + (holdsTheRoleHere(question, evidence, lead) ? ROLE_OF_THE_TERRITORY : 0)
                - (holdsTheRoleElsewhere(question, evidence, lead) ? ROLE_ELSEWHERE : 0)
                + (givesTheRoleOfThePersonNamed(question, evidence, lead) ? ROLE_GIVEN : 0);
        return new Candidate(evidence, coverage, fit, lead, Math.max(0, Math.min(1, score)), context);
    }

    /** An answer found in the sentence next to the evidence, and that sentence. */
    private record Neighbour(Fit fit, Evidence evidence) {
    }

    /**
     * The date or place a sentence that says what is asked leaves to its neighbour, when one of the two goes on about
     * the other: « Mardi 29 octobre, le maire … a accueilli à la mairie le directeur de l'ARS. Cette visite nous a
     * permis de signer … », « … a enfin signé le CLS. Un événement organisé à l'Escale, sur la commune d'Arnas. ».
     * It answers less well than a sentence that says both.
     */
    private Neighbour saidNextDoor(Question question, AnswerType type, Evidence evidence) {
        if (!isSentence(evidence) || Collections.disjoint(type.entities(), SAID_NEXT_DOOR)) {
            return null;
        }
        Evidence before = sentenceNextTo(evidence, -1);
        Neighbour said = before != null && GOES_ON.matcher(evidence.text()).lookingAt()
                ? saidIn(question, type, before) : null;
        if (said == null) {
            Evidence after = sentenceNextTo(evidence, 1);
            said = after != null && GOES_ON.matcher(after.text()).lookingAt() ? saidIn(question, type, after) : null;
        }
        return said == null && type.entities().contains(EntityType.PLACE) ? saidTheSameDay(question, type, evidence)
                : said;
    }

    /**
     * « … s'engagent dans un CLS, le 9 juillet 2021 à Valdahon. » then « … du CLS signé ce vendredi 9 juillet » :
     * a sentence of the same page, a few lines away, that names the same day tells of the same event, and where it
     * took place.
     */
    private Neighbour saidTheSameDay(Question question, AnswerType type, Evidence evidence) {
        Set<String> days = daysNamed(evidence);
        if (days.isEmpty()) {
            return null;
        }
        for (int step = 1; step <= SAME_DAY_REACH; step++) {
            for (int id : new int[] {evidence.id() - step, evidence.id() + step}) {
                if (id < 0 || id >= index.size()) {
                    continue;
                }
                Evidence other = index.evidence().get(id);
                if (sentenceOfTheSamePage(other, evidence) && !Collections.disjoint(days, daysNamed(other))) {
                    Neighbour said = saidIn(question, type, other);
                    if (said != null) {
                        return said;
                    }
                }
            }
        }
        return null;
    }

    /** The days (« 9 juillet ») of the dates the evidence names to the day, whatever their weekday or year. */
    private Set<String> daysNamed(Evidence evidence) {
        Set<String> days = new HashSet<>();
        for (Entity entity : entities.of(evidence)) {
            if (entity.type() == EntityType.DATE) {
                Matcher day = DAY_OF_MONTH.matcher(Folding.fold(entity.value()));
                if (day.find()) {
                    days.add(day.group(1) + " " + day.group(2));
                }
            }
        }
        return days;
    }

    /** The answer {@code neighbour} holds, fitting less well than in the sentence asked about; null when none. */
    private Neighbour saidIn(Question question, AnswerType type, Evidence neighbour) {
        Fit found = fit(question, type, neighbour, false);
        return found.value() > 0 && found.entity() != null
                ? new Neighbour(new Fit(found.value() * NEXT_DOOR_FIT, found.entity()), neighbour) : null;
    }

    /** The sentence right before ({@code step} -1) or after (1) the evidence in its section, or null. */
    private Evidence sentenceNextTo(Evidence evidence, int step) {
        int id = evidence.id() + step;
        if (id < 0 || id >= index.size()) {
            return null;
        }
        Evidence next = index.evidence().get(id);
        return sentenceOfTheSamePage(next, evidence) && Objects.equals(next.heading(), evidence.heading())
                ? next : null;
    }

    /** True when {@code other} is a sentence of the running text of the same source as {@code evidence}. */
    private static boolean sentenceOfTheSamePage(Evidence other, Evidence evidence) {
        return isSentence(other) && other.source() == evidence.source()
                && other.contract().id().equals(evidence.contract().id());
    }

    /** True for a sentence of a source's running text: not a typed fact, a heading, a list or one of its items. */
    private static boolean isSentence(Evidence evidence) {
        return evidence.kind() == EvidenceKind.SENTENCE && evidence.origin() instanceof SourceLine line
                && line.role() == SourceLine.Role.SENTENCE;
    }

    /**
     * "depuis quand … ?" is best answered by a date that starts something: "lancée depuis 2020", "engagé dès 2021"
     * (a typed fact's text holds its sentence after its value).
     */
    private static boolean startsSomething(Question question, Evidence evidence, Entity lead) {
        if (!question.filters().sinceAsked() || lead == null || lead.type() != EntityType.DATE) {
            return false;
        }
        String text = Folding.fold(evidence.text());
        String date = Folding.fold(lead.text());
        for (int at = text.indexOf(date); at >= 0; at = text.indexOf(date, at + 1)) {
            if (SINCE_BEFORE.matcher(text.substring(Math.max(0, at - SINCE_REACH), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Quels sont les axes ?": a list intent asked with a list's question words, for the whole list. */
    private static boolean asksWholeList(Question question) {
        return question.type().lead() == AnswerType.Lead.LIST && question.intent() != null
                && question.intent().style() == Intent.Style.LIST && !question.yesNo()
                && question.filters().item() == null && !question.filters().oneAsked();
    }

    /**
     * Evidence that can give a list: a typed fact of the intent, a source list or one of its lines, or a sentence
     * that enumerates, after a colon when it has one ("autour de trois axes : la prévention, l'accès aux soins et
     * …", "Les axes sont la prévention, l'accès aux soins et …").
     */
    private boolean listLike(Question question, Evidence evidence, boolean ofIntent) {
        if (ofIntent && evidence.typed() || evidence.kind() == EvidenceKind.LIST || evidence.list() >= 0) {
            return true;
        }
        if (evidence.typed()) {
            // A fact drawn from a sentence ("4 axes", a date) lists nothing itself; its sentence is evidence too.
            return false;
        }
        // The enumeration follows what is asked: "les axes sont A, B et C", not "En lien avec X, et Y, un
        // diagnostic … pour définir les objectifs".
        Set<String> asked = strongStems(question);
        String text = evidence.text();
        if (evidence.heading() != null && evidence.heading().length() <= MAX_LABEL
                && index.headingStemsOf(evidence).stream().anyMatch(asked::contains)
                && atLeastTwo(ENUMERATION.matcher(text))) {
            // "Thème" then "Environnement, Santé au travail, Conduites addictives, …": a labelled list.
            return true;
        }
        StemmedWords words = stemmedWords(evidence);
        for (int i = 0; i < words.stems.length; i++) {
            if (asked.contains(words.stems[i])) {
                Matcher intro = LIST_INTRO.matcher(text).region(words.starts[i], text.length());
                // A counted noun announces its list further on: "Trois thématiques ont été identifiées par …,
                // à la suite du premier contrat …: A, B et C".
                boolean counted = COUNTED_BEFORE.matcher(text.substring(Math.max(0, words.starts[i] - 25),
                        words.starts[i])).find();
                int reach = counted ? MAX_COUNTED_NOUN_TO_LIST : MAX_NOUN_TO_LIST;
                // "L'objectif de ce contrat est clair : réduire …, face à …": one aim, however many commas follow;
                // "Thématique prioritaire : A, B et C" is a label.
                boolean plural = counted || PLURAL_END.matcher(text).region(words.starts[i], text.length())
                        .lookingAt();
                if (counted) {
                    // Every small count SMALL_COUNT_BEFORE finds, COUNTED_BEFORE found: only then is it looked for.
                    Matcher apposition = COUNTED_APPOSITION.matcher(text).region(words.starts[i], text.length());
                    if (apposition.lookingAt() && SMALL_COUNT_BEFORE.matcher(text.substring(
                            Math.max(0, words.starts[i] - 25), words.starts[i])).find()
                            && atLeastTwo(ENUMERATION.matcher(text).region(apposition.end(), text.length()))) {
                        return true;
                    }
                }
                if (intro.find() && (plural || intro.start() - words.starts[i] <= MAX_LABEL_TO_LIST)
                        && intro.start() - words.starts[i] <= reach
                        && atLeastTwo(ENUMERATION.matcher(text).region(intro.end(), text.length()))) {
                    return true;
                }
                // "avec l'ARS, le centre hospitalier, le Département …, qui sont aujourd'hui co-signataires": the
                // list comes before the noun it is.
                String before = text.substring(0, words.starts[i]);
                if (LIST_THEN_NOUN.matcher(before).find()
                        && atLeastTwo(ENUMERATION.matcher(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * « Quatre axes avaient été définis … » then « On y trouvait A, B, C ainsi que D. »: a sentence that counts what is
     * asked and leaves the list to the next sentence of its section, that next sentence; null otherwise.
     */
    private Evidence listedInTheNextSentence(Question question, Evidence evidence) {
        if (!isSentence(evidence)) {
            return null;
        }
        Set<String> asked = strongStems(question);
        StemmedWords words = stemmedWords(evidence);
        String text = evidence.text();
        for (int i = 0; i < words.stems.length; i++) {
            if (asked.contains(words.stems[i]) && COUNTED_BEFORE.matcher(text.substring(
                    Math.max(0, words.starts[i] - 25), words.starts[i])).find()) {
                // Not when the sentence lists them itself, after a colon or in apposition (« trois axes, A, B et C »).
                Evidence next = sentenceNextTo(evidence, 1);
                return next != null && separators(next.text()) >= 2 && !text.contains(":")
                        && !LISTED_AFTER_NOUN.matcher(text).region(words.starts[i], text.length()).lookingAt()
                        ? next : null;
            }
        }
        return null;
    }

    /**
     * "Le Contrat Local de Santé devra donc permettre de : …", "Son rôle est de coordonner les actions … en faveur
     * de : …": a list of what the contract is for says its axes, objectives or priorities without naming them.
     */
    private static boolean listsTheContractsAims(Evidence evidence, Set<EvidenceKind> intentKinds) {
        if (!intentKinds.contains(EvidenceKind.AXIS) || evidence.kind() != EvidenceKind.LIST) {
            return false;
        }
        int end = evidence.text().indexOf('\n');
        String intro = Folding.fold(end < 0 ? evidence.text() : evidence.text().substring(0, end));
        return AIMS_INTRO.matcher(intro).find() && CONTRACT_OR_ROLE.matcher(intro).find();
    }

    /**
     * Whether a piece of evidence has a trait that depends on it alone: worked out once, as folding its text for
     * every question would cost more than the rest of its ranking.
     */
    private boolean has(Evidence evidence, int trait) {
        int known = traits.get(evidence.id());
        if (known == 0) {
            known = KNOWN | (aboutAnyContract(evidence) ? ABOUT_ANY_CONTRACT : 0)
                    | (introducedByAnotherPlan(evidence) ? INTRODUCED_BY_ANOTHER_PLAN : 0);
            traits.set(evidence.id(), known);
        }
        return (known & trait) != 0;
    }

    /**
     * True when a sentence speaks of contracts in general ("la signature de contrats locaux de santé", "Un CLS
     * constitue un engagement … pour une durée de 5 ans") and neither names its own territory nor points to one
     * contract ("ce contrat", "le nouveau CLS").
     */
    private static boolean aboutAnyContract(Evidence evidence) {
        String text = Folding.fold(evidence.text());
        if (!ANY_CONTRACT.matcher(text).find() || ONE_CONTRACT.matcher(text).find()) {
            return false;
        }
        return evidence.contract().territory().aliases().stream().map(Folding::fold)
                .noneMatch(alias -> alias.length() >= 3 && text.contains(alias));
    }

    /** True when the sentence introducing a source list names another plan last, after any contract word. */
    private static boolean introducedByAnotherPlan(Evidence list) {
        int end = list.text().indexOf('\n');
        if (list.kind() != EvidenceKind.LIST || end <= 0) {
            return false;
        }
        return OtherPlans.namedLast(OtherPlans.PLAN_WITH_PARTS, Folding.fold(list.text().substring(0, end)));
    }

    /** True when a duration the evidence holds is said to be how long something lasts. */
    private static boolean saysItLasts(Evidence evidence, Entity duration) {
        return writtenAfter(evidence, duration, LASTS_BEFORE, LASTS_REACH);
    }

    /**
     * True when one of the places the evidence writes {@code entity} follows words {@code before} finds in the
     * {@code reach} characters before it: a typed fact's value opens its text, its sentence writes it again.
     */
    private static boolean writtenAfter(Evidence evidence, Entity entity, Pattern before, int reach) {
        String text = evidence.text();
        for (int at = text.indexOf(entity.text()); at >= 0; at = text.indexOf(entity.text(), at + 1)) {
            if (before.matcher(foldedBefore(text, at, reach)).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when a place is only the name of the contract's own territory. */
    private static boolean namesOnlyItsTerritory(Evidence evidence, Entity place) {
        String key = Folding.key(LeadingArticle.strip(place.text()));
        Territory territory = evidence.contract().territory();
        return key.equals(Folding.key(territory.name()))
                || territory.aliases().stream().anyMatch(alias -> key.equals(Folding.key(alias)));
    }

    /**
     * "Qui est la présidente du Pays du Trégor-Goëlo ?": "Isabelle Nicolas Présidente du Pays du Trégor-Goëlo" holds
     * the role asked for the contract's territory, "Yvon Le Moigne Président du Pays de Guingamp" for another.
     */
    private static boolean holdsTheRoleHere(Question question, Evidence evidence, Entity lead) {
        if (lead == null || lead.type() != EntityType.PERSON || question.filters().roles().isEmpty()) {
            return false;
        }
        String text = evidence.text();
        return namesTheTerritory(text.substring(Math.min(lead.end(), text.length()),
                Math.min(text.length(), lead.end() + ROLE_REACH)), evidence.contract().territory());
    }

    /**
     * True when the person asked for by role holds it in a body the evidence named before, « présentée par son
     * Président Frédéric URLACHER », and the question names no body: « président de la CCHB » is the contract's.
     */
    private static boolean holdsTheRoleElsewhere(Question question, Evidence evidence, Entity lead) {
        if (lead == null || lead.type() != EntityType.PERSON || question.filters().roles().isEmpty()
                || !question.filters().families().isEmpty()) {
            return false;
        }
        String text = evidence.text();
        // « Plaine Limagne, représentée par son Président » is the contract's own body.
        return POSSESSED_ROLE.matcher(text.substring(Math.max(0, lead.start() - POSSESSED_ROLE_REACH), lead.start()))
                .find() && !namesTheTerritory(text.substring(Math.max(0, lead.start() - ROLE_REACH), lead.start()),
                evidence.contract().territory());
    }

    /**
     * True when the question names the person the evidence leads with (« christophe serre c'est qui ? ») and the
     * evidence gives her role right before her name: « le conseiller départemental du canton de Pont Christophe
     * Serre » says who he is; a caption listing names does not.
     */
    private boolean givesTheRoleOfThePersonNamed(Question question, Evidence evidence, Entity lead) {
        if (lead == null || lead.type() != EntityType.PERSON) {
            return false;
        }
        Set<String> asked = question.concepts().stream().flatMap(c -> c.words().stream()).collect(Collectors.toSet());
        List<String> name = List.of(Folding.fold(lead.text()).split("[^a-z]+"));
        if (name.size() < 2 || !asked.containsAll(name)) {
            return false;
        }
        String before = Folding.fold(evidence.text().substring(Math.max(0, lead.start() - ROLE_GIVEN_REACH),
                lead.start()));
        String[] words = before.split("[^a-z-]+");
        for (int i = 0; i < words.length; i++) {
            // "délégué territorial", "conseiller départemental": some roles are two words.
            if (recognizer.role(words[i]) != null
                    || i + 1 < words.length && recognizer.role(words[i] + " " + words[i + 1]) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} names {@code territory}, by its name or an alias, whatever its articles and accents. */
    private static boolean namesTheTerritory(String text, Territory territory) {
        String key = nameKey(text);
        return Stream.concat(Stream.of(territory.name()), territory.aliases().stream()).map(EvidenceRanker::nameKey)
                .anyMatch(name -> name.length() >= 4 && key.contains(name));
    }

    /** A name's words without the articles that join them: "Pays du Trégor-Goëlo" and "Pays de Trégor-Goëlo" agree. */
    private static String nameKey(String text) {
        return NAME_LINKS.matcher(" " + Folding.fold(text) + " ").replaceAll(" ").replaceAll("[^a-z0-9]", "");
    }

    /**
     * "Depuis quand … ?" is not answered by "qui court jusqu'en 2028", a date the evidence says ends something, nor
     * by "Plusieurs initiatives phares verront le jour en 2025", one of what is still to come.
     */
    private static boolean startsNothingAskedSince(Question question, Evidence evidence, Entity date) {
        return date.type() == EntityType.DATE && question.filters().sinceAsked()
                && (writtenAfter(evidence, date, ENDS_BEFORE, ENDS_REACH) || toCome(evidence, date));
    }

    /**
     * True when the clause that holds a date is in the future tense. A typed fact written "2025 : Plusieurs
     * initiatives phares verront le jour, dont …" is read from its sentence, after the value that heads it.
     */
    private static boolean toCome(Evidence evidence, Entity date) {
        String text = evidence.text();
        int from = date.start();
        if (evidence.typed() && date.start() == 0) {
            int colon = text.indexOf(':', date.end());
            from = colon < 0 ? date.end() : colon + 1;
        }
        int start = from;
        while (start > 0 && ",;:.!?".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = Math.max(from, date.end());
        while (end < text.length() && ",;.!?".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return FUTURE_TENSE.matcher(Folding.fold(text.substring(start, end))).find();
    }

    /**
     * What its sentence says right before an entity (folded): for a typed fact written "18 mois : Cela faisait 18 mois
     * qu'…", before the value in the sentence, not before the value that heads the fact.
     */
    private static String saidBefore(Evidence evidence, Entity entity, int reach) {
        String text = evidence.text();
        if (evidence.typed() && entity.start() == 0) {
            int inSentence = text.indexOf(entity.text(), entity.end());
            if (inSentence > 0) {
                return foldedBefore(text, inSentence, reach);
            }
        }
        return foldedBefore(text, entity.start(), reach);
    }

    /** The folded text of the {@code reach} characters before {@code at}: what a date or a duration follows. */
    private static String foldedBefore(String text, int at, int reach) {
        int end = Math.min(at, text.length());
        return Folding.fold(text.substring(Math.max(0, end - reach), end));
    }

    /** How many entities of the type asked a source list holds. */
    private long ofType(Evidence list, AnswerType type) {
        return entities.of(list).stream().filter(e -> type.entities().contains(e.type())).count();
    }

    /**
     * "Qui sont les signataires ?": a sentence that names several organisations ("l'ARS … et la Communauté de
     * communes du Genevois sont les primo-signataires, auxquels viennent s'associer l'Etat, le Département, …") says
     * more of the list than one that names the territory once.
     */
    private boolean namesMany(Question question, Evidence evidence) {
        return !evidence.typed() && wantsList(question)
                && question.type().entities().contains(EntityType.ORGANISATION)
                && ofType(evidence, question.type()) >= MANY_NAMED;
    }

    /** True when the question asks for a whole list ("quels sont les axes", "qui a signé"). */
    private static boolean wantsList(Question question) {
        return question.type().lead() == AnswerType.Lead.LIST || (question.intent() != null
                && question.intent().style() == Intent.Style.LIST);
    }

    /**
     * The weighted share of the question's concepts the evidence says. A concept counts as said when the evidence
     * mentions it, when it is a word of the intent and the evidence a typed fact of that intent ("axes
     * stratégiques" for an axis), or when the answer found satisfies it (the role "élu" for a mayor, "hôpital" for a
     * centre hospitalier, the noun a count counts).
     */
    private double coverage(Question question, Evidence evidence, Set<String> intentWords, Entity lead,
                            Set<String> currentAsked) {
        double total = 0;
        double said = 0;
        double numbersSaid = 0;
        boolean wordSaid = false;
        boolean words = false;
        boolean strong = false;
        // "… de la chargée de mission Hélène Cette. Elle a été recrutée début 2023": who "Elle" is, the sentence
        // before says.
        Evidence antecedent = isSentence(evidence) && SUBJECT_PRONOUN.matcher(evidence.text()).lookingAt()
                ? sentenceNextTo(evidence, -1) : null;
        for (Concept concept : question.concepts()) {
            total += concept.weight();
            strong |= !concept.weak();
            boolean mentioned = index.mentions(evidence, concept)
                    || (!intentWords.isEmpty() && intentWords.containsAll(concept.ownStems()))
                    // "la période du nouveau CLS": a typed fact is the current contract's.
                    || evidence.typed() && currentAsked.contains(concept.label())
                    || (lead != null && satisfiedBy(question, concept, lead))
                    || antecedent != null && !concept.number() && index.mentions(antecedent, concept);
            words |= !concept.number();
            if (mentioned && concept.number()) {
                numbersSaid += concept.weight();
            } else if (mentioned) {
                said += concept.weight();
                wordSaid = true;
            }
        }
        if (total == 0) {
            return 1;
        }
        // "alert(1)": a figure says something only beside a word of the question ("axe 1", "21 communes").
        said += wordSaid || !words ? numbersSaid : 0;
        return strong ? said / total : 0.75 + 0.25 * said / total;
    }

    /**
     * The share of the question's concepts a sentence says only through its section heading: under the heading "Le
     * contrat a été signé", "a été signé entre A et B" says more of the signing than "B a parlé".
     */
    private double saidByItsHeadingOnly(Question question, Evidence evidence) {
        if (evidence.typed() || evidence.heading() == null || question.concepts().isEmpty()) {
            return 0;
        }
        long headingOnly = question.concepts().stream()
                .filter(c -> index.mentions(evidence, c) && !index.mentionsItself(evidence, c)).count();
        return headingOnly / (double) question.concepts().size();
    }

    /** True when {@code concept} names what the answer found is: its role, its organisation family, its noun. */
    private boolean satisfiedBy(Question question, Concept concept, Entity lead) {
        String word = concept.words().get(0);
        return switch (lead.type()) {
            // "Qui représentait l'État ?": a sous-préfet speaks for the État (a role category named as a family).
            case PERSON -> lead.detail() != null && (asks(question.filters().roles(), roleOf(word))
                    || asks(question.filters().families(), recognizer.roleCategory(lead.detail()))
                    && recognizer.organisationsAsked(concept.label()).stream().anyMatch(e -> e.value().equals(
                            recognizer.roleCategory(lead.detail()))));
            case ORGANISATION -> recognizer.organisationsAsked(concept.label()).stream().anyMatch(e -> e.value()
                    .equals(lead.value()));
            case COUNT -> question.filters().counted() != null && sameNoun(word, lead.detail());
            default -> false;
        };
    }

    /**
     * "qui a coordonné ?" answered by "une coordination qui a été menée par Annie Lombard, Vice-présidente": a person
     * of another role said to do what is asked, right after « par ». Not when the role itself is named ("la
     * coordinatrice").
     */
    private boolean doesWhatIsAsked(Question question, Evidence evidence, Entity entity) {
        return entity.type() == EntityType.PERSON && !question.filters().roles().isEmpty()
                && !question.filters().personNamed()
                && DONE_BY.matcher(foldedBefore(evidence.text(), entity.start(), DONE_BY_REACH)).find()
                && nearTheAsked(question, evidence, entity, DONE_BY_NEAR_CHARS);
    }

    /**
     * "Patricia Granet, maire de Digne et présidente de Provence Alpes Agglomération": a person named with a first
     * role holds the one asked when it follows, joined by « et », before anyone else is named.
     */
    private boolean holdsASecondRoleAsked(Question question, Evidence evidence, Entity entity) {
        if (entity.type() != EntityType.PERSON || entity.detail() == null || question.filters().roles().isEmpty()) {
            return false;
        }
        String text = evidence.text();
        int end = Math.min(text.length(), entity.end() + SECOND_ROLE_REACH);
        for (Entity other : entities.of(evidence)) {
            if (other.type() == EntityType.PERSON && other.start() > entity.end()) {
                end = Math.min(end, other.start());
            }
        }
        Matcher second = SECOND_ROLE.matcher(text).region(entity.end(), end);
        while (second.find()) {
            String role = recognizer.role(Folding.fold(second.group(1)));
            if (role != null && (asks(question.filters().roles(), role)
                    || asks(question.filters().roles(), recognizer.roleCategory(role)))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code entity} stands within a few words of a word the question asks ("coordonné par l'ARS"). */
    private boolean nearTheAsked(Question question, Evidence evidence, Entity entity) {
        return nearTheAsked(question, evidence, entity, NEAR_CHARS);
    }

    private boolean nearTheAsked(Question question, Evidence evidence, Entity entity, int reach) {
        Set<String> asked = strongStems(question);
        StemmedWords words = stemmedWords(evidence);
        for (int i = 0; i < words.stems.length; i++) {
            if (asked.contains(words.stems[i]) && Math.abs(words.starts[i] - entity.start()) <= reach) {
                return true;
            }
        }
        return false;
    }

    /** The stems of every alternative of the question's strong concepts: the words that say what is asked. */
    private static Set<String> strongStems(Question question) {
        Set<String> stems = new HashSet<>();
        question.concepts().stream().filter(c -> !c.weak()).forEach(c -> c.alternatives().forEach(stems::addAll));
        return stems;
    }

    /** Whether one of the roles asked may be held by a structure ("coordonné par le PETR"), not a president's. */
    private boolean aStructureMayHold(Set<String> roles) {
        return roles.stream().anyMatch(role -> asks(STRUCTURE_ROLES, role)
                || asks(STRUCTURE_ROLES, recognizer.roleCategory(role)));
    }

    /** {@code Set.contains} that takes null (immutable sets refuse it). */
    private static boolean asks(Set<String> asked, String value) {
        return value != null && asked.contains(value);
    }

    private String roleOf(String word) {
        String role = questionRoles.apply(word);
        return role != null ? role : recognizer.role(word);
    }

    /** A figure typed in the question ("21 communes") must be in the evidence. */
    private boolean numbersMatch(Question question, Evidence evidence) {
        for (Concept concept : question.concepts()) {
            if (concept.number() && !index.mentions(evidence, concept)) {
                return false;
            }
        }
        return true;
    }

    private record Fit(double value, Entity entity) {
    }

    /** The items of a list written in a sentence, « ainsi que » included. */
    private static long separators(String text) {
        return ENUMERATION.matcher(text).results().count() + AS_WELL_AS.matcher(text).results().count();
    }

    /** True when {@code matcher} finds two matches: a list's separators, counted no further. */
    private static boolean atLeastTwo(Matcher matcher) {
        return matcher.find() && matcher.find();
    }

    /**
     * True when the words of {@code amount}, between the amounts before and after it, say what it pays for: « Doté
     * d'un budget de 170 000 euros en 2025, complété par 26 000 euros consacrés aux études » earmarks the second
     * amount only; « Le poste de coordinateur, porté par X, est cofinancé à hauteur de 15 816 € » the one it has.
     */
    private static boolean paysForAPart(String text, Entity amount, List<Entity> found) {
        int start = 0;
        int end = text.length();
        for (Entity other : found) {
            if (other.type() == EntityType.AMOUNT && other != amount) {
                start = other.end() <= amount.start() ? Math.max(start, other.end()) : start;
                end = other.start() >= amount.end() ? Math.min(end, other.start()) : end;
            }
        }
        String words = Folding.fold(text.substring(Math.min(start, text.length()), Math.min(end, text.length())));
        return EARMARKED.matcher(words).find() && !SAYS_TOTAL.matcher(words).find();
    }

    /**
     * How well the evidence answers {@code type}; a weak entity type counts fully when it is about the contract and
     * the evidence a fact that answers this type (the period answers "combien de temps", the signing date never
     * answers "jusqu'à quand").
     */
    private Fit fit(Question question, AnswerType type, Evidence evidence, boolean aboutTheContract) {
        if (!type.strict()) {
            return new Fit(1, null);
        }
        if (type.name().equals("count") && countsByList(question, evidence)) {
            return new Fit(1, null);
        }
        if (type.name().equals("contact") && !question.filters().roles().isEmpty()
                && !mentionsRole(evidence, question.filters().roles())) {
            return new Fit(0, null);
        }
        List<Entity> found = entities.of(evidence);
        if (evidence.typed() && type.entities().contains(EntityType.PLACE)
                && found.stream().noneMatch(e -> e.type() == EntityType.PLACE)) {
            // "Signé le 22 novembre 2019", quoted from "À Bobigny, le 22 novembre 2019": the fact's place is in
            // its quote.
            found = entitiesWithHeading(evidence);
        }
        Entity best = null;
        double value = 0;
        // A duration the sentence says is a time from now or until now: its typed fact says nothing of the contract.
        boolean elsewhere = false;
        // "budget total du CLS ?" is not answered by what pays for one of its parts.
        boolean wholeAsked = question.asksTheWholeBudget();
        for (Entity entity : found) {
            double weight = type.entities().contains(entity.type()) ? 1
                    : type.weak().contains(entity.type()) ? (aboutTheContract && type.kinds().contains(
                            evidence.kind()) ? CONTRACTS_OWN_WEAK_FIT : WEAK_FIT) : 0;
            if (weight == 0 && entity.type() == EntityType.PERIOD && type.entities().contains(EntityType.DATE)
                    && question.filters().ordinal() != null) {
                // "Quand s'est déroulé le premier CLS ?": that contract's period says when.
                weight = WEAK_FIT;
            }
            if ((entity.type() == EntityType.ORGANISATION || entity.type() == EntityType.GROUP)
                    && type.entities().contains(EntityType.PERSON) && !question.filters().roles().isEmpty()) {
                // "C'est qui la coordinatrice ?" asks for her name; "qui coordonne ?" may be a structure, named as
                // the one that does it ("coordonné par le PETR"), never people in general ("les acteurs") nor an
                // organisation the sentence names for something else; "qui préside ?" is never a structure.
                boolean doesIt = entity.type() == EntityType.ORGANISATION && aStructureMayHold(question.filters()
                        .roles()) && (evidence.typed() && type.kinds()
                        .contains(evidence.kind()) || nearTheAsked(question, evidence, entity));
                weight = question.filters().personNamed() || !doesIt ? 0 : Math.min(weight, WEAK_FIT);
            }
            if (entity.type() == EntityType.GROUP && !question.filters().families().isEmpty()) {
                // "Qui représentait l'État ?" is not answered by "les élus" present.
                weight = 0;
            }
            if (question.filters().endAsked() && type.entities().contains(EntityType.PERIOD)) {
                // "fini quand ?": "La période contractuelle s'est achevée en 2015" says it; "depuis plus de 40 ans"
                // does not.
                weight = entity.type() == EntityType.DURATION ? 0 : entity.type() == EntityType.DATE
                        && ENDS_BEFORE.matcher(foldedBefore(evidence.text(), entity.start(), ENDS_REACH)).find()
                        ? 1 : weight;
            }
            if (entity.type() == EntityType.DURATION && !question.filters().sinceAsked()
                    && DEADLINE_BEFORE.matcher(saidBefore(evidence, entity, SINCE_REACH)).find()) {
                // "nous aimerions être à 50 % d'ici deux ans" says when, not how long anything lasts.
                weight = 0;
                elsewhere = true;
            }
            if (entity.type() == EntityType.DURATION && question.filters().sinceAsked()
                    && !SINCE_DURATION.matcher(saidBefore(evidence, entity, SINCE_REACH)).find()) {
                // "Depuis quand … ?" is answered by "depuis plus de 40 ans", not by "pendant plus d'un an".
                weight = 0;
            }
            if (startsNothingAskedSince(question, evidence, entity)) {
                weight = 0;
            }
            if (wholeAsked && (entity.type() != EntityType.AMOUNT || paysForAPart(evidence.text(), entity, found))) {
                // A whole budget is an amount: not "cinq ans", nor what pays for one part.
                weight = 0;
            }
            if (entity.type() == EntityType.PLACE && namesOnlyItsTerritory(evidence, entity)) {
                // "Où a été signé le CLS de Lyon ?": "à Lyon" is true but says less than "dans le salon d'honneur de
                // l'Hôtel de Ville de Lyon"; "dans quelle salle ?" it does not answer at all.
                weight = VENUE_ASKED.matcher(Folding.fold(question.text())).find() ? 0
                        : Math.min(weight, OWN_TERRITORY_FIT);
            }
            if (entity.type() == EntityType.DATE && LAW_DATE.matcher(foldedBefore(evidence.text(), entity.start(),
                    LAW_REACH)).find() && !ASKS_LAW.matcher(Folding.fold(question.text())).find()) {
                // "le CLS est issu de la Loi « Hôpital, Patients, Santé, Territoires » du 21 juillet 2009": the
                // law's date, not the contract's.
                weight = 0;
            }
            if (entity.type() == EntityType.PERIOD && OtherPlans.namedLast(foldedBefore(evidence.text(),
                    entity.start(), PLAN_REACH)) && !OtherPlans.PLAN.matcher(Folding.fold(question.text())).find()) {
                // "le Projet Régional de Santé (PRS) 2023-2033" is the plan's period, not the contract's.
                weight = Math.min(weight, WEAK_FIT);
            }
            if (entity.type() == EntityType.PERIOD && !question.filters().previousAsked()
                    && !question.filters().sinceAsked() && OtherPlans.EARLIER_CONTRACT_BEFORE.matcher(
                            foldedBefore(evidence.text(), entity.start(), PLAN_REACH)).find()) {
                // "va poursuivre les objectifs du précédent contrat (2014-2016)": not the period of this one.
                weight = 0;
            }
            if (!standsForTheFamilyAsked(question, entity, found, evidence.text())) {
                weight = entity.type() == EntityType.PERSON ? Math.min(weight, WEAK_FIT) : 0;
            }
            if (weight > value && (passes(question, entity) || doesWhatIsAsked(question, evidence, entity)
                    || holdsASecondRoleAsked(question, evidence, entity))) {
                value = weight;
                best = entity;
            }
        }
        if (best != null) {
            best = nearest(question, evidence, found, type, best);
            if (farFromTheRankAsked(question, found, best)) {
                // "Fort du bilan du premier CLS, …, la charte d'Ottawa, rédigée par l'OMS en 1986": the date is
                // another sentence's business, far from the contract of the rank asked.
                value = Math.min(value, WEAK_FIT);
            }
        }
        List<Entity> entitiesFound = found;
        if (value < WEAK_FIT && evidence.typed() && !elsewhere && type.kinds().contains(evidence.kind())
                && type.entities().stream().anyMatch(QUANTITIES::contains)
                && found.stream().anyMatch(e -> QUANTITIES.contains(e.type()))
                && question.filters().counted() == null && !(wholeAsked && (found.stream().anyMatch(
                        e -> e.type() == EntityType.AMOUNT && paysForAPart(evidence.text(), e, entitiesFound))
                        || found.stream().noneMatch(e -> e.type() == EntityType.AMOUNT)))) {
            // A typed fact of a kind that answers this type ("50 %" is a funding) fits, if less well; never a count
            // of something else than the noun asked ("16 communes" for "combien de fiches actions"), nor a share
            // for the whole budget ("50 % de la rémunération du coordinateur").
            value = WEAK_FIT;
        }
        return new Fit(value, best);
    }

    /**
     * "Qui représentait l'ARS ?" asks for someone speaking for the ARS: not the ARS itself, nor the préfet named in
     * the same sentence, who speaks for someone else.
     */
    private boolean standsForTheFamilyAsked(Question question, Entity entity, List<Entity> found, String text) {
        Set<String> families = question.filters().families();
        if (families.isEmpty()) {
            return true;
        }
        if (entity.type() == EntityType.ORGANISATION) {
            return !question.filters().speakerAsked() || !families.contains(entity.value());
        }
        return entity.type() != EntityType.PERSON || speaksFor(families, entity, found, text);
    }

    /**
     * True when a person speaks for an organisation of a family asked: by the role's category (a sous-préfet for
     * l'État), or standing right beside such an organisation with no other person between ("l'ARS, représentée par
     * son directeur Jean Coiplet", "Martine Aoustin pour l'ARS").
     */
    private boolean speaksFor(Set<String> families, Entity person, List<Entity> found, String text) {
        if (person.detail() != null && families.contains(recognizer.roleCategory(person.detail()))) {
            return true;
        }
        for (Entity organisation : found) {
            if (organisation.type() != EntityType.ORGANISATION || !families.contains(organisation.value())) {
                continue;
            }
            Entity holder = holderOfTheRole(organisation, found, text);
            if (holder != null) {
                // "Cédric L., Directeur de la Délégation départementale de l'ARS, de Philippe L., …": the ARS is
                // the first one's, not the next person's in the list.
                if (holder == person) {
                    return true;
                }
                continue;
            }
            int from = Math.min(organisation.end(), person.end());
            int to = Math.max(organisation.start(), person.start());
            boolean near = to - from <= NEAR_REPRESENTATIVE;
            if (near && !personBetween(found, person, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person whose role, written after the name, ends with the organisation ("Jean Brun, directeur de la
     * délégation départementale de l'ARS"), or null.
     */
    private Entity holderOfTheRole(Entity organisation, List<Entity> found, String text) {
        Entity before = null;
        for (Entity entity : found) {
            if (entity.type() == EntityType.PERSON && entity.end() <= organisation.start()) {
                before = entity;
            }
        }
        if (before == null || organisation.start() - before.end() > ROLE_REACH
                || organisation.start() > text.length()) {
            return null;
        }
        Matcher role = ROLE_AFTER_NAME.matcher(text.substring(before.end(), organisation.start()));
        return role.lookingAt() && recognizer.role(Folding.fold(role.group(1))) != null ? before : null;
    }

    private static boolean personBetween(List<Entity> found, Entity person, int from, int to) {
        return found.stream().anyMatch(e -> e != person && e.type() == EntityType.PERSON && e.start() >= from
                && e.end() <= to);
    }

    /** "Combien d'axes ?" is answered by the list of axes: the counted noun names the intent of the typed facts. */
    private boolean countsByList(Question question, Evidence evidence) {
        String counted = question.filters().counted();
        if (counted != null && countedBySourceList(counted, evidence)) {
            return true;
        }
        if (counted == null || !evidence.typed() || question.intent() == null
                || question.intent().style() != Intent.Style.LIST) {
            return false;
        }
        List<IntentMatch> intents = classifier.rank(List.of(counted));
        return !intents.isEmpty() && intents.get(0).intent().kinds().contains(evidence.kind());
    }

    /**
     * "Combien de phases ?" counted by a source list that its sentence announces with the noun asked and no number
     * ("La mise en place du CLS est conditionnée selon plusieurs phases :" then « Phase 1 … », « Phase 2 … »).
     */
    private boolean countedBySourceList(String counted, Evidence evidence) {
        if (evidence.kind() != EvidenceKind.LIST) {
            return false;
        }
        int end = evidence.text().indexOf('\n');
        if (end < 0 || evidence.text().indexOf('\n', end + 1) < 0) {
            return false;
        }
        String intro = Folding.fold(evidence.text().substring(0, end));
        if (!intro.endsWith(":") || COUNT_IN_INTRO.matcher(intro).find()) {
            return false;
        }
        for (String word : intro.split("[^a-z]+")) {
            if (!word.isEmpty() && sameNoun(counted, word)) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsRole(Evidence evidence, Set<String> roles) {
        String folded = Folding.fold(evidence.text());
        for (String word : folded.split("[^a-z0-9-]+")) {
            String role = recognizer.role(word);
            if (role != null && (asks(roles, role) || asks(roles, recognizer.roleCategory(role)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an entity passes the question's filters: the day, the counted noun, the role, the organisation. */
    private boolean passes(Question question, Entity entity) {
        QuestionFilters filters = question.filters();
        return switch (entity.type()) {
            // "signé ce vendredi" says which day, if not the date.
            case DATE -> (!filters.dayWanted() || Entity.DAY.equals(entity.detail())
                    || filters.weekdayEnough() && Entity.WEEKDAY.equals(entity.detail()))
                    && !(filters.dateNamed() && Entity.RELATIVE.equals(entity.detail()));
            case COUNT -> filters.counted() == null || countsNoun(filters.counted(), entity);
            case PERSON -> !filters.organisationAsked() && filters.roles().isEmpty() && (!asksAContact(question)
                    || entity.detail() != null && (CONTACT_ROLES.contains(entity.detail())
                    || CONTACT_ROLES.contains(recognizer.roleCategory(entity.detail()))))
                    || (entity.detail() != null && (asks(filters.roles(), entity.detail())
                    || asks(filters.roles(), recognizer.roleCategory(entity.detail()))));
            case ORGANISATION -> filters.families().isEmpty() || filters.families().contains(entity.value());
            // "c'est le combientième CLS ?": "pour la 4e fois", "son troisième contrat", not "la 10e fiche action".
            case ORDINAL -> !question.type().name().equals("ordinal") || entity.detail() == null
                    || CONTRACT_RANKS.contains(entity.detail())
                    || Pattern.compile("\\b" + Pattern.quote(entity.detail()) + "s?\\b")
                    .matcher(Folding.fold(question.text())).find();
            default -> true;
        };
    }

    /**
     * "quel contact pour le CLS ?" asks for someone to contact: a person the page names for something else (the mayor
     * quoted, a health centre named after a doctor) is none.
     */
    private static boolean asksAContact(Question question) {
        return question.types().stream().anyMatch(t -> t.entities().contains(EntityType.PHONE));
    }

    /** True when a count counts {@code asked}: its noun, or a part of a compound ("38 fiches-actions"). */
    private boolean countsNoun(String asked, Entity count) {
        if (sameNoun(asked, count.detail())) {
            return true;
        }
        String[] words = Folding.fold(count.text()).split("[^a-z]+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && sameNoun(asked, words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "partenaires" counts what "partenaire" or a synonym counts. */
    private boolean sameNoun(String asked, String counted) {
        if (counted == null) {
            return false;
        }
        if (recognizer.countsPeopleAsked(asked, Folding.fold(counted))) {
            return true;
        }
        String stem = analysis.stem(Folding.fold(counted));
        if (analysis.stem(asked).equals(stem)) {
            return true;
        }
        for (List<String> equivalent : synonyms.equivalents(List.of(asked))) {
            // "comcom" counts what "6 communautés (de communes)" counts: a count names the head of a compound.
            if (!equivalent.isEmpty() && analysis.stem(equivalent.get(0)).equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Of the entities that answer, the one nearest to the words the question shares with the evidence. */
    private Entity nearest(Question question, Evidence evidence, List<Entity> found, AnswerType type, Entity first) {
        // "le premier CLS, en 2014" in a sentence that also dates a diagnostic: the date beside the rank asked.
        List<Integer> anchors = new ArrayList<>(ranksAsked(question, found));
        if (anchors.isEmpty()) {
            Set<String> asked = new HashSet<>();
            question.concepts().forEach(c -> c.alternatives().forEach(asked::addAll));
            StemmedWords words = stemmedWords(evidence);
            for (int i = 0; i < words.stems.length; i++) {
                if (asked.contains(words.stems[i])) {
                    anchors.add(words.starts[i]);
                }
            }
        }
        if (anchors.isEmpty()) {
            return first;
        }
        Entity best = first;
        int bestDistance = Integer.MAX_VALUE;
        // "Qui dirige l'ARS ?": a person of the role asked is not traded for the organisation the question names.
        boolean personOfRole = first.type() == EntityType.PERSON && !question.filters().roles().isEmpty();
        for (Entity entity : found) {
            if (!type.entities().contains(entity.type()) || !passes(question, entity)
                    || personOfRole && entity.type() != EntityType.PERSON || !standsForTheFamilyAsked(question,
                    entity, found, evidence.text()) || startsNothingAskedSince(question, evidence, entity)) {
                continue;
            }
            for (int anchor : anchors) {
                int distance = Math.abs(entity.start() - anchor);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = entity;
                }
            }
        }
        return best;
    }

    /** True when the question asks a contract by its rank and the answer stands far from every mention of it. */
    private static boolean farFromTheRankAsked(Question question, List<Entity> found, Entity answer) {
        if (answer.type() != EntityType.DATE && answer.type() != EntityType.PERIOD) {
            return false;
        }
        List<Integer> ranks = ranksAsked(question, found);
        return !ranks.isEmpty() && ranks.stream().allMatch(at -> Math.abs(at - answer.start()) > FAR_FROM_RANK);
    }

    /** Where the evidence names the rank of the contract the question asks about ("le premier CLS"); none without. */
    private static List<Integer> ranksAsked(Question question, List<Entity> found) {
        Integer ordinal = question.filters().ordinal();
        if (ordinal == null) {
            return List.of();
        }
        return found.stream().filter(e -> e.type() == EntityType.ORDINAL && e.value().equals(String.valueOf(ordinal)))
                .map(Entity::start).toList();
    }

    /**
     * What the question's ordinal and years say of the evidence: a bonus when it names the same, NaN (dropped) when
     * it speaks of another contract of the territory ("le 2e CLS" asked, "le premier CLS" said).
     */
    private double filters(Question question, Evidence evidence) {
        double adjustment = 0;
        if (!evidence.typed() && OF_THIS_CONTRACT.contains(question.type().name())
                && has(evidence, ABOUT_ANY_CONTRACT)) {
            // "Un CLS constitue un engagement … pour une durée de 5 ans": what any CLS is, never when this one was
            // signed, where, nor for how long.
            return Double.NaN;
        }
        Evidence list = evidence.kind() == EvidenceKind.LIST ? evidence
                : evidence.list() >= 0 ? index.evidence().get(evidence.list()) : null;
        if (list != null && has(list, INTRODUCED_BY_ANOTHER_PLAN)
                && !OtherPlans.PLAN_WITH_PARTS.matcher(Folding.fold(question.text())).find()) {
            // "Le projet régional de santé est constitué : 1/ D'un plan stratégique …": the plan's parts, not the
            // contract's axes.
            return Double.NaN;
        }
        if (question.yesNo() && !question.filters().families().isEmpty() && entitiesWithHeading(evidence).stream()
                .noneMatch(e -> e.type() == EntityType.ORGANISATION
                        && question.filters().families().contains(e.value()))) {
            // "La MSA a-t-elle signé ?" is answered only by evidence that names an organisation of that kind.
            return Double.NaN;
        }
        Integer ordinal = question.filters().ordinal();
        if (question.filters().sinceAsked() && ordinal == null && (evidence.kind() == EvidenceKind.SIGNING
                || evidence.kind() == EvidenceKind.PERIOD) && latestRank(evidence.contract().id()) > 1) {
            // "Depuis quand … a un CLS ?" when the current contract is a second one: since the first.
            adjustment -= EARLIER_CONTRACT;
        }
        if (question.filters().previousAsked() && ordinal == null) {
            // "le précédent CLS": the contract file holds the current one's period and signing; the sources say
            // what came before.
            if (evidence.kind() == EvidenceKind.PERIOD || evidence.kind() == EvidenceKind.SIGNING) {
                return Double.NaN;
            }
            return adjustment + (recallsAnEarlierContract(evidence) ? PREVIOUS : 0);
        }
        if (ordinal == null) {
            // No rank asked: the contract the page is about today, not an earlier one it recalls. Most evidence
            // names no rank, and then the contract's latest is not needed.
            boolean ranked = false;
            boolean allEarlier = true;
            int latest = 0;
            for (Entity entity : entitiesWithHeading(evidence)) {
                if (ranksAContract(entity)) {
                    if (!ranked) {
                        ranked = true;
                        latest = latestRank(evidence.contract().id());
                    }
                    allEarlier &= Integer.parseInt(entity.value()) < latest;
                }
            }
            // "Depuis quand … a un CLS ?" asks when the first began: an earlier contract is what it asks.
            if (ranked && allEarlier && !question.filters().sinceAsked()) {
                adjustment -= EARLIER_CONTRACT;
            }
        }
        if (ordinal != null) {
            List<Entity> ordinals = new ArrayList<>();
            entities.of(evidence).stream().filter(e -> e.type() == EntityType.ORDINAL).forEach(ordinals::add);
            // A sentence that ranks no contract itself takes its heading's rank, less surely: under « Un deuxième
            // CLS pour Bordeaux », « En 2014, un CLS est adopté » recalls the first.
            boolean fromHeading = ordinals.isEmpty();
            if (fromHeading) {
                entitiesWithHeading(evidence).stream().filter(e -> e.type() == EntityType.ORDINAL)
                        .forEach(ordinals::add);
            }
            boolean same = ordinals.stream().anyMatch(e -> e.value().equals(String.valueOf(ordinal)));
            boolean other = ordinals.stream().anyMatch(e -> e.detail() != null && Entity.CONTRACT_NOUNS.contains(
                    Folding.fold(e.detail())));
            if (evidence.typed() && latestRank(evidence.contract().id()) > ordinal) {
                // The typed facts are the current contract's, and the sources say it comes after the one asked, even
                // when the fact's sentence recalls that one ("le CLS 2ème génération, signé en septembre 2019, fait
                // suite au CLS 1ère génération existant depuis 2013").
                return Double.NaN;
            }
            if (!same && other && fromHeading && !evidence.typed()) {
                adjustment -= OTHER_RANK_IN_HEADING;
            } else if (same) {
                // A typed fact is the current contract's even when its sentence recalls the one asked ("le premier
                // CLS a été évalué et … renouvelé pour 5 ans"): the sentence that says it of that contract wins.
                adjustment += evidence.typed() ? 0.03 : 0.1;
            } else if (other && question.yesNo()) {
                // "C'est le premier CLS ?" is answered by the sentence that says it is the second.
                adjustment += 0.1;
            } else if (other) {
                return Double.NaN;
            } else {
                // A typed fact that does not say which contract it is of is the current one's, most likely.
                adjustment -= evidence.typed() ? 0.15 : 0.05;
            }
        }
        if (!question.filters().years().isEmpty()) {
            boolean same = false;
            boolean otherPeriod = false;
            for (Entity entity : entitiesWithHeading(evidence)) {
                if (entity.type() == EntityType.PERIOD && YEARS_SPAN.matcher(entity.value()).matches()) {
                    String[] bounds = entity.value().split("-");
                    int start = Integer.parseInt(bounds[0]);
                    int end = Integer.parseInt(bounds[1]);
                    boolean inside = question.filters().years().stream().anyMatch(y -> y >= start && y <= end);
                    same |= inside;
                    otherPeriod |= !inside;
                } else if (entity.type() == EntityType.DATE && question.filters().years().stream()
                        .anyMatch(y -> entity.text().contains(String.valueOf(y)))) {
                    same = true;
                }
            }
            if (same) {
                adjustment += 0.1;
            } else if (otherPeriod) {
                adjustment -= 0.15;
            }
        }
        return adjustment;
    }

    /** A piece that ranks a contract before the latest, or gives a period that starts before the current one's. */
    private boolean recallsAnEarlierContract(Evidence evidence) {
        var period = evidence.contract().period();
        for (Entity entity : entitiesWithHeading(evidence)) {
            if (ranksAContract(entity) && Integer.parseInt(entity.value()) < latestRank(evidence.contract().id())) {
                return true;
            }
            if (entity.type() == EntityType.PERIOD && period != null && period.start() != null
                    && YEARS_SPAN.matcher(entity.value()).matches()
                    && Integer.parseInt(entity.value().substring(0, 4)) < period.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSmallNumber(String value) {
        return !value.isEmpty() && value.length() <= 2 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private boolean ranksAContract(Entity entity) {
        return entity.type() == EntityType.ORDINAL && entity.detail() != null
                && Entity.CONTRACT_NOUNS.contains(Folding.fold(entity.detail())) && isSmallNumber(entity.value());
    }

    /** The stems of a piece's words, each with where the word starts in its text. */
    private static final class StemmedWords {
        private final String[] stems;
        private final int[] starts;

        private StemmedWords(String[] stems, int[] starts) {
            this.stems = stems;
            this.starts = starts;
        }
    }

    /** Worked out the first time a piece's answer is looked for near the words asked, then remembered. */
    private StemmedWords stemmedWords(Evidence evidence) {
        StemmedWords known = stemmed.get(evidence.id());
        if (known == null) {
            List<Token> tokens = analysis.tokens(evidence.text());
            String[] stems = new String[tokens.size()];
            int[] starts = new int[tokens.size()];
            for (int i = 0; i < stems.length; i++) {
                stems[i] = analysis.stem(tokens.get(i).text());
                starts[i] = tokens.get(i).start();
            }
            known = new StemmedWords(stems, starts);
            stemmed.set(evidence.id(), known);
        }
        return known;
    }

    /** Works out now the entities of every piece of evidence of {@code contract}, and its latest rank. */
    void warm(Contract contract) {
        latestRank(contract.id());
        for (EvidenceKind kind : EvidenceKind.values()) {
            for (Evidence evidence : index.of(contract.id(), kind)) {
                entitiesWithHeading(evidence);
            }
        }
    }

    /** The highest rank of contract the evidence of a contract speaks of ("le 3e CLS"), 0 when none. */
    private int latestRank(String contractId) {
        return latestRanks.computeIfAbsent(contractId, id -> {
            int latest = 0;
            for (EvidenceKind kind : List.of(EvidenceKind.SENTENCE, EvidenceKind.PERIOD, EvidenceKind.SIGNING)) {
                for (Evidence evidence : index.of(id, kind)) {
                    if (kind == EvidenceKind.SENTENCE && RENEWED.matcher(Folding.fold(evidence.text())).find()) {
                        // "a signé le renouvellement de son CLS, dont la première version …": a second one at least.
                        latest = Math.max(latest, 2);
                    }
                    for (Entity entity : entitiesWithHeading(evidence)) {
                        if (ranksAContract(entity)) {
                            latest = Math.max(latest, Integer.parseInt(entity.value()));
                        }
                    }
                }
            }
            return latest;
        });
    }

    /** The entities of the evidence with those of its section heading, or of its quote for a typed fact. */
    private List<Entity> entitiesWithHeading(Evidence evidence) {
        List<Entity> known = withHeading.get(evidence.id());
        if (known != null) {
            return known;
        }
        String context = evidence.typed() ? evidence.quote() : evidence.heading();
        if (context == null) {
            known = entities.of(evidence);
        } else {
            List<Entity> all = new ArrayList<>(entities.of(evidence));
            all.addAll(headingEntities.computeIfAbsent(context, recognizer::find));
            known = List.copyOf(all);
        }
        withHeading.set(evidence.id(), known);
        return known;
    }
}
