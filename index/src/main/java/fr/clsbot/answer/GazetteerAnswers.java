package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Source;
import fr.clsbot.territory.Commune;
import fr.clsbot.territory.Departement;
import fr.clsbot.territory.Gazetteer;
import fr.clsbot.territory.Region;
import fr.clsbot.territory.TerritoryGroup;
import fr.clsbot.text.Folding;
import fr.clsbot.text.FrenchNumbers;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers from the administrative map rather than from the contracts: which contract covers a commune, a postal
 * code, a département or a région (or that none is known, or which of several communes is meant), and how many
 * communes and inhabitants a contract's territory has, which communes, and in which département and région it
 * lies. Figures of the map are given with their source, the INSEE, and kept apart from the figures the contract
 * itself quotes.
 */
final class GazetteerAnswers {
    private static final String SOURCE = Gazetteer.SOURCE;
    private static final String DATA_FILE = "territories.bin.gz";
    private static final Pattern COUNT = Pattern.compile("\\b(?:combien|nombre)\\b.{0,25}\\bcommunes?\\b");
    /** How many live there: "combien d'habitants", "quelle population", "population montlucon"; not "la population a
     * été associée", which asks something else of the people. */
    private static final Pattern POPULATION = Pattern.compile("\\b(?:combien|nombre)\\b.{0,25}\\bhabitants?\\b"
            + "|\\b(?:quelle|quel|combien|nombre|taille|chiffre)\\b.{0,25}\\bpopulation\\b|^\\s*population\\b"
            + "|\\bpopulation (?:totale|municipale|legale)\\b");
    /** "Quelles communes…", "liste des communes"; not "dans quelle commune a eu lieu la signature", a place. */
    private static final Pattern LIST = Pattern.compile("\\b(?:quelles|liste|lister|listez|enumere\\w*|noms?)\\b"
            + ".{0,25}\\bcommunes?\\b|\\bquelles?\\b.{0,25}\\bcommunes\\b"
            + "|\\bcommunes? (?:membres?|couvertes?|concernees?)\\b");
    /** "Dans quel département ?", "quelle région ?": where the territory lies. */
    private static final Pattern WHERE = Pattern.compile("\\bquels? departements?\\b|\\bquelles? regions?\\b");
    private static final Pattern ABOUT_COMMUNES = Pattern.compile("\\bcommunes?\\b");
    /** A piece of every word {@link #MEMBERSHIP} finds, as typed in lower case. */
    private static final List<String> MEMBERSHIP_WORDS = List.of("parti", "appart", "dans", "couvert", "inclu",
            "concern");
    /**
     * Words asking whether a place belongs to a territory (folded): "fait partie", "est dans", "appartient à", "est
     * concernée".
     */
    private static final Pattern MEMBERSHIP = Pattern.compile("\\b(?:fai[ts]|font|faisait) partie\\b|\\bappartien"
            + "|\\b(?:est|sont|suis|etait|c) (?:bien |aussi )?(?:dans|couverte?s?|inclu(?:se?|es?|s)"
            + "|concernee?s?)\\b");
    private static final Pattern ABOUT_INHABITANTS = Pattern.compile("\\bhabitants?\\b|\\bhab\\b|\\bpopulation\\b");
    private static final int MAX_LISTED = 60;
    /** The number a figure starts with, after a word or two ("près de 42 000", "plus de 150"). */
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\D{0,20}?(\\d[\\d\\s\\u00a0\\u202f.]*)");
    /** Words of a question the map answers by itself: "combien d'habitants compte le territoire du CLS ?". */
    private static final Pattern MAP_WORD = Pattern.compile("(?:communes?|habitants?|population|nombre|combien"
            + "|territoires?|departements?|regions?|intercommunalites?|membres?|total(?:e|es)?|municipale|legale"
            + "|cls|contrats?|locale?|sante|agglomerations?|communautes?|villes?"
            + "|couvr\\w*|couvert\\w*|compt\\w*|regroup\\w*|rassembl\\w*|compren\\w*|compris\\w*|concern\\w*"
            + "|viv\\w*|habit\\w*)");

    private final KnowledgeBase base;
    private final TerritoryScope scope;

    GazetteerAnswers(KnowledgeBase base, TerritoryScope scope) {
        this.base = base;
        this.scope = scope;
    }

    /**
     * The answer a question naming places gets before any other: which commune is meant, or that no contract covers
     * the place, or which contract covers it when that is all it asks. Null to answer it as usual.
     */
    Draft aboutPlaces(Question question) {
        if (question.places().isEmpty()) {
            return null;
        }
        List<PlaceMention> ambiguous = question.places().stream().filter(p -> p.ambiguous()
                && !p.contracts().isEmpty()).toList();
        if (!ambiguous.isEmpty()) {
            PlaceMention place = ambiguous.get(0);
            List<String> choices = place.candidates().stream().limit(12).map(scope::communeLabel).toList();
            return Draft.refusal(place.candidates().size() + " communes s'appellent " + place.label() + " : "
                    + Phrases.join(choices) + (place.candidates().size() > choices.size() ? "…" : "")
                    + ". De laquelle parlez-vous ? Précisez le département, par exemple « " + place.label() + " "
                    + place.candidates().get(0).departementCode() + " ».")
                    .suggest(place.candidates().stream().limit(4).map(c -> place.label() + " "
                            + c.departementCode()).toList());
        }
        if (!question.territories().isEmpty()) {
            boolean belonging = saysMembership(question.text());
            if (belonging && !QuestionSplitter.asks(question.text())) {
                return membership(question);
            }
            // "Thuret fait partie de quel cls ?": the contract of the commune named.
            return asksOnlyWhere(question) || belonging ? coverage(question) : null;
        }
        List<String> uncovered = question.places().stream().map(p -> p.ambiguous() ? p.label() + " ("
                + Phrases.join(p.candidates().stream().map(c -> scope.communeLabel(c)
                .replaceFirst("^.*\\((.*)\\)$", "$1")).distinct().limit(8).toList()) + ")" : p.label()).toList();
        Draft refusal = Draft.refusal("Je ne connais aucun CLS pour " + Phrases.join(uncovered) + ".");
        // Where the commune belongs tells whom to ask: its intercommunalité may run a CLS the bot does not know.
        Gazetteer gazetteer = scope.territories().gazetteer();
        question.places().stream().filter(p -> p.candidates().isEmpty() && p.commune() != null).forEach(p ->
                gazetteer.epciOf(p.commune()).ifPresent(epci -> refusal.line(p.commune().name()
                        + " fait partie de l'intercommunalité " + epci.name() + ".")));
        return refusal.line(Phrases.known(base)).suggest(Phrases.territoryNames(base));
    }

    /**
     * "Montluçon a-t-il un contrat local de santé ?": a yes/no question that names a territory of the base and asks
     * nothing else is answered yes, with what is known of its contract, and so is a contract's name typed alone
     * ("montlucon") when no question came before. Null for any other question.
     */
    Draft aboutExistence(Question question) {
        boolean nameAlone = question.onlyNamesTerritory() && question.places().isEmpty()
                && !QuestionSplitter.asks(question.text());
        if (!(question.yesNo() || nameAlone) || question.territories().isEmpty() || !question.places().isEmpty()
                || !question.asksNoSubject() || question.intent() != null || question.filters().ordinal() != null
                || !question.filters().years().isEmpty()) {
            // "C'est le premier CLS de X ?" asks which contract, not whether there is one.
            return null;
        }
        Draft draft = Draft.answer(0.9);
        for (TerritoryMention mention : question.territories()) {
            Contract contract = mention.contract();
            draft.about(contract.territoryName());
            // "montlucon", typed alone with no question before it: what the bot knows of that contract.
            draft.line((nameAlone ? "Je connais " : "Oui : ") + Phrases.contract(contract) + ".");
            draft.line(Phrases.whatIsKnown(contract));
            draft.suggest(Phrases.examples(contract));
            // The contract's first source says it exists: its title, or its period's quote when it has one.
            if (!contract.sources().isEmpty()) {
                Source source = contract.sources().get(0);
                draft.cite(new SourceRef(source.title(), source.file(), contract.period() != null
                        && source.id().equals(contract.period().source()) ? contract.period().quote()
                        : source.title()));
            }
        }
        return draft;
    }

    /** "Y a-t-il un CLS à Maringues ?", "cls 63350": nothing asked but the place. */
    private static boolean asksOnlyWhere(Question question) {
        return question.asksNoSubject()
                && (question.intent() == null || question.intent().style() == Intent.Style.TERRITORIES);
    }

    /**
     * "fait partie", "est dans", "appartient à", with no question word: whether a commune belongs to a contract's
     * territory ("depuis quand Fort-de-France est dans le réseau de l'OMS ?" asks something else).
     */
    static boolean asksMembership(String question) {
        return saysMembership(question) && !QuestionSplitter.asks(question);
    }

    /** True when the question holds the words of belonging, with or without a question word. */
    private static boolean saysMembership(String question) {
        // Most questions hold none of the words, and are told apart without folding them.
        return MEMBERSHIP_WORDS.stream().anyMatch(question::contains)
                && MEMBERSHIP.matcher(Folding.fold(question)).find();
    }

    /** Whether each commune named belongs to the territory of each contract named, from the map. */
    private Draft membership(Question question) {
        Draft draft = Draft.answer(0.9);
        for (PlaceMention place : question.places()) {
            for (TerritoryMention mention : question.territories()) {
                Contract contract = mention.contract();
                draft.about(contract.territoryName());
                if (place.contracts().contains(contract)) {
                    draft.line("Oui : " + place.label() + " fait partie du territoire " + Phrases.ofContract(contract)
                            + ".");
                } else {
                    draft.line("Non : " + place.label() + " ne fait pas partie du territoire "
                            + Phrases.ofContract(contract) + ".");
                    place.contracts().forEach(other -> draft.line(Phrases.capitalize(place.label()) + " : "
                            + Phrases.contract(other) + "."));
                }
                scope.territories().of(contract).ifPresent(group -> draft.cite(communesCited(group)));
            }
        }
        return draft;
    }

    /** The map cited for how many communes a group holds: "CC Plaine Limagne : 25 communes". */
    private static SourceRef communesCited(TerritoryGroup group) {
        return new SourceRef(SOURCE, DATA_FILE, group.label() + " : " + communes(group.communes().size()));
    }

    private Draft coverage(Question question) {
        Draft draft = Draft.answer(0.9);
        for (PlaceMention place : question.places()) {
            if (place.contracts().isEmpty()) {
                draft.line("Je ne connais aucun CLS pour " + place.label() + ".");
                continue;
            }
            List<String> names = place.contracts().stream().map(Phrases::contract).toList();
            draft.line(Phrases.capitalize(place.label()) + " : " + Phrases.join(names) + ".");
            for (Contract contract : place.contracts()) {
                scope.territories().of(contract).ifPresent(group -> draft.cite(communesCited(group)));
                draft.about(contract.territoryName());
                draft.line(Phrases.whatIsKnown(contract));
                draft.suggest(Phrases.examples(contract));
            }
        }
        return draft;
    }

    /**
     * "Quelles communes…", "combien d'habitants…", "combien de communes…" about the contracts in scope, answered from
     * the map with its source and beside what the contract itself says; null when the question asks something else.
     */
    Draft aboutTerritory(Question question, List<Contract> contracts) {
        // "Quelles communautés de communes ?" asks for intercommunalities, not communes.
        String folded = Folding.fold(question.text()).replaceAll("communautes? de communes", "intercommunalites");
        // Every pattern below needs one of these words: most questions are told apart without a regular expression.
        if (!folded.contains("commune") && !folded.contains("habitant") && !folded.contains("population")
                && !folded.contains("departement") && !folded.contains("region")) {
            return null;
        }
        if (question.type().name().equals("percent")) {
            // "Quelle part de la population…": a share, which the map's head count never answers.
            return null;
        }
        String text = folded.replaceAll("[^a-z0-9]+", " ");
        boolean count = COUNT.matcher(text).find();
        boolean population = POPULATION.matcher(text).find();
        boolean list = !count && LIST.matcher(text).find();
        boolean where = WHERE.matcher(text).find();
        if (!(count || population || list || where) || contracts == null || contracts.isEmpty()) {
            return null;
        }
        if (!population && !where && contracts.stream().allMatch(this::ofOneCommune)) {
            // A town's contract: the map's one commune tells nothing, and the pages may name the communes that signed
            // it together (« Dix communes de l'agglomération … ont ratifié un CLS : A, B… »).
            return null;
        }
        Draft draft = Draft.answer(0.9);
        boolean any = false;
        boolean contractsSay = false;
        for (Contract contract : contracts) {
            TerritoryGroup group = scope.territories().of(contract).orElse(null);
            if (group == null) {
                continue;
            }
            any = true;
            draft.about(contract.territoryName());
            String who = Phrases.capitalize(Phrases.contract(contract)) + " (" + group.label() + ")";
            if (count) {
                // What the map counts: the intercommunality today, which the contract may not cover.
                draft.line(group.label() + " compte " + communes(group.communes().size()) + ", selon l'" + SOURCE
                        + ".");
                draft.cite(communesCited(group));
                contractsSay |= quoted(contract, ABOUT_COMMUNES, draft);
            }
            if (population) {
                draft.line(group.label() + " compte " + thousands(group.population()) + " habitants (population "
                        + "municipale), selon l'" + SOURCE + ".");
                draft.cite(new SourceRef(SOURCE, DATA_FILE, group.label() + " : " + thousands(group.population())
                        + " habitants"));
                contractsSay |= quoted(contract, ABOUT_INHABITANTS, draft);
            }
            if (where) {
                String located = located(group);
                draft.line(who + " : " + located + ", selon l'" + SOURCE + ".");
                draft.cite(new SourceRef(SOURCE, DATA_FILE, group.label() + " : " + located));
            }
            if (list) {
                List<String> names = group.communes().stream().map(Commune::name).sorted(java.text.Collator
                        .getInstance(Locale.FRANCE)).toList();
                String shown = names.size() <= MAX_LISTED ? Phrases.join(names)
                        : String.join(", ", names.subList(0, MAX_LISTED)) + "… (" + names.size() + " en tout)";
                draft.line(who + " couvre " + communes(names.size()) + ", selon l'" + SOURCE + " : " + shown + ".");
                draft.cite(communesCited(group));
            }
        }
        if (any && (count || population) && !where && !list && !contractsSay) {
            // The map counts the intercommunality as it is today, which the contract may not cover: told as what the
            // bot knows, not as the contract's figure.
            draft.asRefusal("Je ne sais pas : " + (contracts.size() == 1 ? "les sources "
                    + Phrases.ofContract(contracts.get(0)) : "les sources") + " ne donnent pas ce chiffre. "
                    + "La carte administrative dit :");
        }
        return any ? draft : null;
    }

    private boolean ofOneCommune(Contract contract) {
        return scope.territories().of(contract).map(group -> group.communes().size() == 1).orElse(true);
    }

    private static String communes(int count) {
        return count + (count == 1 ? " commune" : " communes");
    }

    /**
     * True when a question about the territory asks more than the map knows: another subject ("quelles communes en
     * zone prioritaire") or a year ("la population en 2030"). The sources are asked first then. Where the territory
     * lies is the map's whatever else is asked ("l'ARS de quelle région").
     */
    boolean asksMoreThanTheMap(Question question) {
        String text = Folding.fold(question.text()).replaceAll("[^a-z0-9]+", " ");
        if (WHERE.matcher(text).find()) {
            return false;
        }
        return !question.filters().years().isEmpty() || question.concepts().stream().anyMatch(c -> !c.weak()
                && !c.number() && !MAP_WORD.matcher(Folding.fold(c.label()).replaceFirst("^[a-z]'", "")).matches());
    }

    /** "département Puy-de-Dôme (63), région Auvergne-Rhône-Alpes": of its communes, most populated first. */
    private String located(TerritoryGroup group) {
        Gazetteer gazetteer = scope.territories().gazetteer();
        Map<Departement, Integer> departements = new LinkedHashMap<>();
        group.communes().stream().sorted(Comparator.comparingInt(Commune::population).reversed())
                .forEach(c -> {
                    Departement departement = gazetteer.departementOf(c);
                    if (departement != null) {
                        departements.merge(departement, c.population(), Integer::sum);
                    }
                });
        List<String> names = departements.keySet().stream().map(d -> d.name() + " (" + d.code() + ")").toList();
        List<String> regions = departements.keySet().stream().map(gazetteer::regionOf).filter(Objects::nonNull)
                .map(Region::name).distinct().toList();
        return (names.size() > 1 ? "départements " : "département ") + Phrases.join(names)
                + (regions.isEmpty() ? "" : (regions.size() > 1 ? ", régions " : ", région ") + Phrases.join(regions));
    }

    /** "21 410", with a no-break space so that a phone never cuts the number. */
    private static String thousands(int number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', '\u00a0');
    }

    /**
     * Writes the contract's own figures on the subject {@code about} names, each with its quote, after the map's;
     * false when it gives none. The largest only: "72 894 habitants" for the agglomeration, not "Louviers 19 081
     * habitants", one of its towns; and only a figure that says what it counts ("72 894 habitants", never "six axes"
     * said in a sentence about the inhabitants).
     */
    private static boolean quoted(Contract contract, Pattern about, Draft draft) {
        List<Figure> figures = largest(contract.figures().stream()
                .filter(f -> f.value() != null && about.matcher(Folding.fold(f.value())).find()).toList());
        Set<String> seen = new LinkedHashSet<>();
        for (Figure figure : figures) {
            if (!seen.add(figure.value())) {
                continue;
            }
            Source source = contract.source(figure.source());
            draft.line("Le contrat, lui, cite " + figure.value() + (figure.about() == null ? "" : " ("
                    + figure.about() + ")") + (source == null ? "" : ", selon « " + source.title() + " »") + ".");
            if (source != null && figure.quote() != null) {
                draft.cite(new SourceRef(source.title(), source.file(), figure.quote()));
            }
        }
        return !seen.isEmpty();
    }

    /** The figures of the largest number among {@code figures} (all of them when none reads as a number). */
    private static List<Figure> largest(List<Figure> figures) {
        long max = figures.stream().mapToLong(GazetteerAnswers::number).max().orElse(-1);
        return max < 0 ? figures : figures.stream().filter(f -> number(f) == max).toList();
    }

    /** The number a figure's value starts with ("72 894 habitants" → 72894), or -1. */
    private static long number(Figure figure) {
        Matcher number = LEADING_NUMBER.matcher(figure.value());
        return number.lookingAt() ? FrenchNumbers.parse(number.group(1)).orElse(-1) : -1;
    }
}
