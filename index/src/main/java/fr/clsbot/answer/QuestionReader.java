package fr.clsbot.answer;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.search.Concept;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Synonyms;
import fr.clsbot.search.Token;
import fr.clsbot.text.Folding;
import fr.clsbot.text.FrenchNumbers;
import fr.clsbot.text.WordMemo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * Step 1 of answering: reads a question into the territories it names, the type of answer it expects (from its
 * question words), what it is about (its intent and concepts, spelling corrected against the knowledge base's own
 * vocabulary, with synonyms) and what narrows the evidence (an ordinal, years, a counted noun, a role, an
 * organisation).
 */
final class QuestionReader {
    /** "qu'est-ce qui …": a question about what. */
    private static final Pattern WHAT_THAT = Pattern.compile("\\bqu'?\\s*est[- ]ce qui\\b");
    /** "Quelle CPTS", "quels hôpitaux": the question word right before an organisation asks for one of them. */
    private static final Pattern ASKED_ORGANISATION = Pattern.compile(
            "(?i)\\bquel(?:le)?s?\\s+(?:est\\s+l[ae']\\s*)?$");
    /**
     * What sets organisations aside ("à part la communauté et l'ARS", "en plus de l'ARS"): the question asks for the
     * others, so those named up to the end of the clause do not narrow the answer.
     */
    private static final Pattern SET_ASIDE = Pattern.compile("\\b(?:a part|outre|en plus d(?:e|u|es)?|hormis|sauf"
            + "|en dehors d(?:e|u|es)?|autres? que|excepte)(?![a-z])[^,?;]*");
    /** Words after which an unknown capitalised or unknown word is taken for a place name. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("de", "du", "d", "a", "en", "sur", "cls", "chez",
            "vers", "pour");
    /**
     * The words that ask for a whole (folded): the "budget", "total", "coût" of the CLS. "Quel financement pour le
     * CLS ?" may be answered by what the ARS pays for the coordinator's post.
     */
    private static final Pattern WHOLE_ASKED = Pattern.compile("\\b(?:budget|total|totale|global|globale|cout"
            + "|coute|coutera|en tout)\\b");
    /** "quels hôpitaux", "quelles CPTS": a question word that asks for several. */
    private static final Pattern PLURAL_INTERROGATIVE = Pattern.compile("(?:quels|quelles|lesquels|lesquelles)\\b");
    /** Adjectives between a number and what it counts ("les trois grands axes"). */
    private static final Pattern LIST_ADJECTIVE = Pattern.compile("grande?s?|principa(ux|les?)|nouve(aux|lles?)");
    /** "la date exacte", "le jour précis": a date that gives the day, not a month or a year. */
    private static final Pattern EXACT_DATE = Pattern.compile("\\b(?:date|jour) (?:exacte?|precise?)\\b");
    /** A contract's or territory's noun right before a « qui » that starts a clause (folded). */
    private static final Pattern CONTRACTS_BEFORE = Pattern.compile("\\b(?:cls|contrats?|contrats locaux de sante"
            + "|territoires?|ceux|celles?)\\s*$");
    /**
     * "Quel est l'objectif", "c'est quel axe", "la priorité principale", "cls x objectif": one thing asked for, in
     * the singular. A goal in the singular is one aim, said in a sentence, not a list.
     */
    private static final Pattern ONE_ASKED = Pattern.compile("\\b(?:quel|quelle)\\b"
            + "|\\bprincipale?\\b|\\b(?:objectif|but|finalite|ambition)\\b");
    private static final Pattern MANY_ASKED = Pattern.compile("\\b(?:quels|quelles|lesquels|lesquelles|sont|principaux"
            + "|principales)\\b");
    /** "fini quand", "jusqu'à quand", "arrive à échéance" (folded). */
    private static final Pattern END_ASKED = Pattern.compile("\\b(?:jusqu['’ ]?a quand|jusqu['’ ]?en quelle"
            + "|(?:se )?termin(?:e|era|ait)|fini[rt]?|finira|(?:prend|prendra|pris) fin|echeance|expire|(?:s ?)?acheve"
            + "|date de fin|fin du (?:contrat|cls))\\b");
    /** The words one of which {@link #END_ASKED} needs. */
    private static final String[] END_WORDS = {"jusqu", "termin", "fin", "echeance", "expire", "acheve"};
    /** What comes right before an organisation one asks who speaks for: "côté ARS", "pour l'ARS", "au nom de la". */
    private static final Pattern SPEAKS_FOR = Pattern.compile("\\b(?:cote|pour|au nom|de la part)"
            + "(?:\\s+(?:de|du|des|d))?(?:\\s+(?:la|le|les|l))?\\W*$");
    /** "depuis quand", "depuis quelle année", "depuis combien de temps", "à partir de quand". */
    private static final Pattern SINCE_ASKED = Pattern.compile("\\bdepuis (?:quand|quel|quelle|combien)\\b"
            + "|\\ba partir de quand\\b");
    private static final Pattern PREVIOUS_ASKED = Pattern.compile("\\b(?:precedente?s?|ancien(?:ne)?s?)\\s+(?:cls|contrats?)\\b"
            + "|\\b(?:cls|contrats?)\\s+(?:local de sante\\s+)?precedente?s?\\b");
    /** Nouns an ordinal ranks when it speaks of a contract's generation ("le 2e CLS", "3e génération"). */
    private static final Set<String> RANKED = Stream.concat(Entity.CONTRACT_NOUNS.stream(), Stream.of("clss"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> INTERROGATIVES = Set.of("quel", "quelle", "quels", "quelles", "lequel",
            "laquelle");
    /** « quel consensus », « lesquels » : a question holding one of these asks which, never yes or no. */
    private static final Set<String> WHICH_WORDS = Stream.concat(INTERROGATIVES.stream(),
            Stream.of("lesquels", "lesquelles")).collect(Collectors.toUnmodifiableSet());

    /**
     * Nouns after which a role is what is paid or filled, not the person asked: "le poste de coordinatrice", "le
     * financement du coordo".
     */
    private static final Set<String> POST = Set.of("poste", "postes", "salaire", "recrutement", "emploi",
            "financement", "cofinancement", "remuneration");
    /**
     * Verbs whose object a role is, not the person asked: « qui paie le coordinateur », « qui emploie la
     * coordinatrice » ask who pays or employs.
     */
    private static final Set<String> PAYING = Set.of("paie", "paye", "paient", "payent", "finance", "financent",
            "cofinance", "cofinancent", "remunere", "remunerent", "subventionne", "subventionnent", "emploie",
            "emploient", "recrute", "recrutent", "embauche", "embauchent");
    /** The purpose of a contract, asked in the singular (folded), and in the plural. */
    private static final Pattern PURPOSE = Pattern.compile("\\b(?:objectif|but|finalite|ambition)\\b");
    private static final Pattern PURPOSES = Pattern.compile("\\b(?:objectifs|buts|finalites|ambitions)\\b");
    /** The words that open a noun's complement: « axes de travail », « actions des … », or « d' » before a word. */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("de", "des", "du");
    private static final Pattern ELIDED_DE = Pattern.compile("(?iu)d['’]");
    /** Meetings and bodies named after their members: « le sommet des maires », « l'association des élus ». */
    private static final Set<String> GATHERINGS = Set.of("sommet", "reseau", "reseaux", "association", "associations",
            "assemblee", "congres", "union", "federation", "rencontre", "rencontres", "conference", "forum", "colloque",
            "collectif", "reunion", "reunions", "seminaire");
    /** Intents scoring this close to the best are a tie the question word settles. */
    private static final double TIE = 0.95;
    /** Answer types that name who: a person, an organisation, either. */
    private static final Set<String> WHO = Set.of("agent", "person", "organisation");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\(([^()]{1,60})\\)");
    /** Cues that ask for a name, of a person or of a thing. */
    private static final Pattern NAMING = Pattern.compile("appell|nomm|\\bnom\\b");
    private static final Pattern ON_BEHALF = Pattern.compile("\\bau\\s*$");
    /** How many words around a territory's mention may still be words of its names ("s/s bois"). */
    private static final int OWN_WORD_REACH = 3;
    /** What may stand between a noun and its number: "l'axe n°2", "la fiche numéro 3". */
    private static final Set<String> NUMBER_SIGNS = Set.of("n", "no", "numero", "num");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "du", "de", "des", "d", "son", "sa",
            "ses", "leur", "cette", "ce", "cet");
    private static final Set<String> PERSON_NOUNS = Set.of("personne", "personnes", "elu", "elue", "elus", "elues",
            "medecin", "medecins", "responsable", "referent", "referente", "interlocuteur", "interlocutrice",
            "contact", "femme", "homme", "signataire", "intervenant", "intervenante", "representant",
            "representante", "representants", "representantes", "charge", "chargee", "ministre", "personnalite",
            "personnalites");
    /** The letters a word elides its article before: "l'axe", "d'habitants". */
    private static final String ELIDING = "aeiouyhàâéèêîôû";
    /** "dactions", "lars", "jusqua": an elided article or preposition typed without its apostrophe. */
    private static final Pattern GLUED = Pattern.compile("(?iu)(?<![\\p{L}'’])(d|l|qu|jusqu)([" + ELIDING
            + "]\\p{L}{2,})");
    /** "c'est quoi", "c koi", "qu'est-ce que" (folded): what is asked is named right after. */
    private static final Pattern WHAT_IS = Pattern.compile("\\b(?:c'?\\s?(?:est\\s)?(?:quoi|koi)|qu'est[- ]ce qu)");
    /** The end of a count cue that counts who did something: "combien ont", "combien l'ont" (folded). */
    private static final Pattern COUNTS_WHO_DID = Pattern.compile("\\bont$");
    /** Two figures offered as a choice before the noun they count: "4 ou 5 ans", "cinq ou six axes". */
    private static final Pattern FIGURE_CHOICE = Pattern.compile("(?iu)\\b(?:\\d{1,3}|deux|trois|quatre|cinq|six|sept"
            + "|huit|neuf|dix)\\s+ou\\s+(?:\\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+(?=\\p{L}{2,})");
    /** "signé pour 5 ans ?", "est-ce qu'il dure trois ans ?": a duration a yes/no question states, to be checked. */
    private static final Pattern STATED_DURATION = Pattern.compile("\\b(?:pour|sur|dure|duree de|pendant)\\s+"
            + "(?:\\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+(?:ans?|annees?|mois)\\b");
    /** "quel % des habitants", "combien de %": a percent sign with no figure before it stands for the word. */
    private static final Pattern BARE_PERCENT = Pattern.compile("(?<![\\d\\s])%|(?<!\\d)\\s+%");
    /** "combien axes", "cb communes": a plural noun right after "combien", its "de" left out as on a phone. */
    private static final Pattern COUNT_WITHOUT_DE = Pattern.compile("(?iu)\\bcombien\\s+(?=(\\p{L}{3,}[sx])\\b)");
    /** One letter, an apostrophe, then a consonant: no elision in French, but a name ("M'tsamboro"). */
    private static final Pattern APOSTROPHE_IN_NAME = Pattern.compile(
            "(?iu)(?<![\\p{L}'’])(\\p{L})['’]([b-df-gj-np-tv-xz]\\p{L}{2,})");
    /** The "de" that may join the words of a name: "Cœur de Garonne", "Pays d'Issoudun" (optional). */
    private static final String NAME_LINK = "(?:(?:de|du|des|de la|de l['’]|d['’])\\s*)?";
    /**
     * A name joined to the one before it: ", Cœur de Garonne", " et Volvestre", " et de Champagne berrichonne" (up
     * to four words, as many as the pages write).
     */
    private static final Pattern JOINED_NAME = Pattern.compile("\\A(?:\\s*,\\s*|\\s+et\\s+)" + NAME_LINK
            + "(\\p{Lu}[\\p{L}'’-]*(?:\\s+" + NAME_LINK + "(?!et\\b)\\p{L}[\\p{L}'’-]*){0,3})");
    /** The last word of a name, with its "de": what is dropped while the pages do not write the name. */
    private static final Pattern LAST_WORD = Pattern.compile("\\s+" + NAME_LINK + "\\p{L}[\\p{L}'’-]*$");
    /** Operators of search-engine syntax, in capitals as such syntax writes them. */
    private static final Set<String> SEARCH_OPERATORS = Set.of("AND", "OR", "NOT");
    /** "le dernier axe": the last item of a list. */
    static final Set<String> LAST = Set.of("dernier", "derniere");
    /** Words between a contract's name and the place that locates it ("à La Réunion", "en Guadeloupe"). */
    private static final Set<String> LOCATING_WORDS = Set.of("a", "en", "la", "le", "les", "l", "de", "du", "dans");
    /** How alike a misspelt word of a name must be to the name's own word ({@link LevenshteinDistance}'s scale). */
    private static final float MISSPELT_SIMILARITY = 0.66f;
    private static final int MIN_MISSPELT_NAME_WORD = 5;
    private static final LevenshteinDistance SPELLING = new LevenshteinDistance();
    private final FrenchAnalysis analysis;
    private final EvidenceIndex index;
    private final Synonyms synonyms;
    private final TerritoryMatcher territories;
    private final TerritoryScope places;
    private final IntentClassifier classifier;
    private final QuestionTypes types;
    /** The concept of each answer type's hints, analysed once: a type's hints never change. */
    private final Map<String, Concept> hintConcepts = new ConcurrentHashMap<>();
    private final EntityRecognizer recognizer;
    private final IntentCatalog catalog;
    private final Set<String> generic = new HashSet<>();
    private final Set<String> weak = new HashSet<>();
    /** The idioms of the catalog, folded, as whole words; null when it has none. */
    private final Pattern idioms;
    private final NamedInSources namedInSources;
    /** The stem sequences of each expression asked, worked out once (bounded): questions share their words. */
    private final WordMemo<List<List<String>>> alternativesOf = new WordMemo<>(20_000);

    QuestionReader(EngineVocabulary vocabulary, EvidenceIndex index, TerritoryMatcher territories,
                   TerritoryScope places, IntentClassifier classifier, EntityRecognizer recognizer) {
        this.places = places;
        this.analysis = vocabulary.analysis();
        this.index = index;
        this.synonyms = vocabulary.synonyms();
        this.territories = territories;
        this.classifier = classifier;
        this.types = vocabulary.types();
        this.recognizer = recognizer;
        this.catalog = vocabulary.intents();
        catalog.generic().forEach(word -> generic.addAll(analysis.words(word)));
        catalog.weak().forEach(word -> weak.addAll(analysis.words(word)));
        this.idioms = catalog.idioms().isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|",
                catalog.idioms().stream().map(idiom -> Pattern.quote(Folding.fold(idiom))).toList()) + ")\\b");
        Set<String> vocabularyWords = new HashSet<>(classifier.words());
        vocabularyWords.addAll(generic);
        vocabularyWords.addAll(weak);
        this.namedInSources = new NamedInSources(index, analysis, recognizer, vocabularyWords);
    }

    Question read(String typed) {
        String text = spelledOut(typed);
        List<Token> tokens = analysis.tokens(text);
        List<TerritoryMention> mentions = new ArrayList<>(territories.find(tokens));
        mentions.removeIf(mention -> locatedElsewhere(tokens, mention));
        Set<Integer> territoryPositions = new HashSet<>();
        mentions.forEach(m -> territoryPositions.addAll(m.positions()));
        // With no contract named, a commune, postal code, département or région names those covering it.
        List<PlaceMention> placesNamed = mentions.isEmpty() ? places.find(tokens, territoryPositions) : List.of();
        if (mentions.isEmpty() && placesNamed.stream().allMatch(place -> place.contracts().isEmpty())) {
            // "cls sud toulousain signé quand": no territory of the base is named, but a word only one contract's
            // pages write as a name.
            Set<Integer> ofTheMap = new HashSet<>();
            placesNamed.forEach(place -> ofTheMap.addAll(place.positions()));
            Optional<NamedInSources.Found> found = namedInSources.find(tokens, territoryPositions,
                    token -> ofTheMap.contains(token.position()) || places.namesAPlace(token.text()));
            if (found.isPresent()) {
                Set<Integer> naming = found.get().positions();
                mentions.add(new TerritoryMention(found.get().contract(), naming));
                territoryPositions.addAll(naming);
                placesNamed = placesNamed.stream().filter(place -> Collections.disjoint(place.positions(), naming))
                        .toList();
            }
        }
        Set<Integer> after = new HashSet<>();
        for (TerritoryMention mention : mentions) {
            int last = Collections.max(mention.positions());
            after.add(last + 1);
            // "st andre la reunion", "Sainte-Suzanne à La Réunion": a place may follow past an article or "à".
            for (int p = last + 1; p < tokens.size() && p <= last + 2
                    && LOCATING_WORDS.contains(tokens.get(p).text()); p++) {
                after.add(p + 1);
            }
            int end = tokens.get(last).end();
            if (end < text.length() && text.charAt(end) == '-') {
                // "Fontenay-le-Comte" for the Pays de Fontenay-Vendée: a commune of the contract whose name the
                // contract's name only begins.
                // "Romans-sur-Isère" for a contract the page names « Romans »: the commune whose name starts with
                // the contract's.
                places.find(tokens, Set.of()).stream()
                        .filter(place -> place.positions().contains(last)
                                && (place.contracts().contains(mention.contract())
                                || place.commune() != null && place.contracts().isEmpty() && Folding.key(
                                place.commune().name()).startsWith(Folding.key(mention.contract().territoryName()))))
                        .forEach(place -> territoryPositions.addAll(place.positions()));
            }
            territoryPositions.addAll(namesContinuing(text, tokens, end, mention.contract()));
            territoryPositions.addAll(ownWordsAround(tokens, mention));
            territoryPositions.addAll(communesAround(tokens, mention, territoryPositions));
            // "le CLS du Douaisis (Coeur d'Ostrevent)": what users add in brackets after a territory only locates it.
            Matcher bracket = BRACKETED.matcher(text).region(end, text.length());
            if (bracket.lookingAt()) {
                tokens.stream().filter(t -> t.start() >= bracket.start(1) && t.end() <= bracket.end(1))
                        .forEach(t -> territoryPositions.add(t.position()));
            }
        }
        for (Token token : tokens) {
            if (after.contains(token.position()) && token.number() && places.isDepartementCode(token.text())) {
                // "le CLS du Genevois 74": the département's number after a contract only locates it.
                territoryPositions.add(token.position());
            }
        }
        for (Token token : tokens) {
            if (after.contains(token.position()) && !token.capitalized()
                    && places.namesARegionOrDepartement(token.text())) {
                // "cls cap excellence guadeloupe", "st andre la reunion": typed in lower case.
                territoryPositions.add(token.position());
            }
        }
        if (tokens.stream().anyMatch(t -> after.contains(t.position()) && !territoryPositions.contains(t.position())
                && (t.capitalized() || places.mayNameARegionOrDepartement(t.text())))) {
            // "le CLS de Saint-Leu (Réunion)", "cls … puy de dome": a département or région right after a contract
            // only locates it; elsewhere it may be what is asked ("le premier CLS de Lozère"). The map is looked at
            // only then.
            places.find(tokens, territoryPositions).stream()
                    .filter(place -> place.wholeArea()
                            && after.contains(Collections.min(place.positions())))
                    .forEach(place -> territoryPositions.addAll(place.positions()));
        }
        for (PlaceMention place : placesNamed) {
            territoryPositions.addAll(place.positions());
            if (!place.ambiguous()) {
                place.contracts().stream().filter(c -> mentions.stream().noneMatch(m -> m.contract() == c))
                        .forEach(c -> mentions.add(new TerritoryMention(c, place.positions())));
            }
        }
        if (!mentions.isEmpty() && placesNamed.isEmpty() && GazetteerAnswers.asksMembership(text)) {
            // "est-ce que Aigueperse fait partie du CLS de Plaine Limagne ?": the commune is what is asked about.
            List<Contract> named = mentions.stream().map(TerritoryMention::contract).toList();
            placesNamed = places.find(tokens, territoryPositions).stream()
                    .filter(place -> place.commune() != null || !place.candidates().isEmpty())
                    .map(place -> places.settledBy(place, named))
                    .toList();
            placesNamed.forEach(place -> territoryPositions.addAll(place.positions()));
        }

        List<QuestionTypes.Cue> cues = types.cues(text);
        Set<Integer> cuePositions = new HashSet<>();
        for (Token token : tokens) {
            for (QuestionTypes.Cue cue : cues) {
                if (token.start() >= cue.start() && token.end() <= cue.end()) {
                    cuePositions.add(token.position());
                }
            }
        }
        List<String> words = new ArrayList<>();
        List<String> unknownPlaces = new ArrayList<>();
        Set<Integer> idiomPositions = idiomPositions(text, tokens);
        for (Token token : tokens) {
            if (territoryPositions.contains(token.position()) || idiomPositions.contains(token.position())) {
                words.add(null);
                continue;
            }
            String word = token.text();
            if (analysis.isStopWord(word) || token.number() || index.knows(word) || knowsInOtherNumber(word)) {
                words.add(word);
                continue;
            }
            String corrected = token.capitalized() && token.position() > 0 ? null : index.correct(word).orElse(null);
            if (corrected != null) {
                words.add(corrected);
                continue;
            }
            words.add(word);
            String previous = token.position() == 0 ? "" : tokens.get(token.position() - 1).text();
            boolean inCue = cuePositions.contains(token.position())
                    || SEARCH_OPERATORS.contains(token.original());
            if (!inCue && ((token.capitalized() && token.position() > 0) || PLACE_PREPOSITIONS.contains(previous))) {
                unknownPlaces.add(token.original());
            }
        }
        // A weak word no example writes says little of what is asked, and its stem may meet an example's ("font
        // partie" is not "quelle part est financée"); one an example writes ("dure") still tells the intent.
        // "Qu'est-ce qui démarre … avec le CLS ?" asks what, not who: its « qui » is no « avec qui ».
        String folded = Folding.fold(text);
        boolean what = mayMatch(folded, "est-ce qui", "est ce qui") && WHAT_THAT.matcher(folded).find();
        Matcher asideMatcher = SET_ASIDE.matcher(Folding.foldKeepingOffsets(text));
        MatchResult aside = asideMatcher.find() ? asideMatcher.toMatchResult() : null;
        Set<Integer> setAside = aside == null ? Set.of() : startingWithin(tokens, aside.start(), aside.end());
        List<String> asked = new ArrayList<>(words);
        if (aside != null && aside.end() < text.length() && ",;".indexOf(text.charAt(aside.end())) >= 0) {
            // "En plus des axes, quels facteurs … ?": what is set aside before a comma says nothing of what is asked.
            setAside.forEach(position -> asked.set(position, null));
        }
        List<IntentMatch> intents = classifier.rank(asked.stream().filter(w -> w != null
                && (!weak.contains(w) || classifier.words().contains(w)) && !(what && w.equals("qui"))).toList());
        QuestionFilters filters = filters(text, tokens, words, cues, aside);
        if (!filters.roles().isEmpty() || !filters.families().isEmpty()) {
            // "signé par le préfet du Puy-de-Dôme ?", "la CPAM de l'Allier a signé ?": the département or région of
            // a contract named only locates one of its partners; it asks nothing.
            for (int position : partnersPlaces(tokens, territoryPositions, mentions)) {
                words.set(position, null);
                unknownPlaces.remove(tokens.get(position).original());
            }
        }
        Set<Integer> filterPositions = new HashSet<>(cuePositions);
        // "les autres signataires, à part l'ARS et la préfecture ?": what is set aside is no word to look for.
        filterPositions.addAll(setAside);
        for (Token token : tokens) {
            if (ordinalAt(tokens, token.position()).isPresent() || isYear(token.text())
                    || SEARCH_OPERATORS.contains(token.original())) {
                // "axes AND (montlucon OR …)": a search engine's operators are no words of the question.
                filterPositions.add(token.position());
            }
        }
        Matcher statedDuration = cues.isEmpty() && types.yesNo(text)
                ? STATED_DURATION.matcher(Folding.foldKeepingOffsets(text)) : null;
        boolean checksADuration = statedDuration != null && statedDuration.find();
        if (checksADuration) {
            // "est-ce signé pour 5 ans ?" asks the duration, which the sources may give as another one: the stated
            // figure is what is checked, no word to look for.
            for (int position : startingWithin(tokens, statedDuration.start(), statedDuration.end())) {
                Token token = tokens.get(position);
                if (token.number() || !analysis.isStopWord(token.text())) {
                    filterPositions.add(position);
                }
            }
        }
        List<Concept> concepts = concepts(tokens, words, filterPositions);
        boolean asksWhatItIs = WHAT_IS.matcher(folded).find();
        boolean whatIs = mentions.isEmpty() && asksWhatItIs;
        Intent plausible = plausibleIntent(intents, concepts, mentions.size(), cues.isEmpty() ? null
                : cues.get(0).type().name(), whatIs);
        // "qu'est-ce qu'un CLS ?": its words are all function words but the term asked.
        Intent intent = plausible == null && whatIs ? definitionOfATerm(folded, tokens, concepts) : plausible;
        if (intent != null && intent.style() == Intent.Style.LIST && PURPOSE.matcher(folded).find()
                && !PURPOSES.matcher(folded).find()) {
            // "objectif du CLS", "son but": one purpose, which the page says in a sentence, not the list of axes
            // "les objectifs" may name.
            intent = null;
        }
        if (filters.item() != null && listKnown(intent, mentions)) {
            // "le troisième axe" of a contract whose axes are known facts: the rank picks one of them, and no page
            // need write it. Without such facts it is a word to look for ("Le deuxième porte sur …").
            concepts = weakened(concepts, c -> c.words().size() == 1 && isRank(c.words().get(0)));
        }
        String qualifier = filters.counted() == null || !listKnown(intent, mentions)
                || !classifier.vocabulary(intent).contains(analysis.stem(filters.counted())) ? null
                : complementOf(filters.counted(), tokens, words);
        if (qualifier != null) {
            // "combien d'axes d'intervention ?" of a contract whose axes are known facts: the noun's complement says
            // which list is counted, not what its items are about, and the items need not write it.
            concepts = weakened(concepts, c -> c.words().equals(List.of(qualifier)));
        }
        if (filters.counted() == null && intent != null && intent.style() == Intent.Style.LIST
                && intent.missing() != null && intent.missing().startsWith("les ")
                && cues.stream().anyMatch(cue -> countsWhoDid(cue, cueText(cue, text)))) {
            // "combien ont signé ?" counts the list of the intent, as its refusal names it: "10 signataires".
            filters = filters.withCounted(intent.missing().substring("les ".length()));
        }
        if (intent != null && intent.style() == Intent.Style.TERRITORIES) {
            // "Quels CLS TRAITENT de la santé mentale ?": the words of the intent say how, not what, it asks.
            Set<String> vocabulary = classifier.vocabulary(intent);
            concepts = concepts.stream().filter(c -> !vocabulary.containsAll(c.ownStems())).toList();
        }
        // "La MSA a signé ?" asks yes or no; "Quel préfet a signé ?" asks who, and "Grenoble a signé quel
        // consensus ?" asks which one, even when no answer type knows the noun after « quel ».
        boolean yesNo = !checksADuration && types.yesNo(text) && cues.isEmpty() && !asksForRole(tokens)
                && !asksForPerson(tokens) && !filters.organisationAsked()
                && tokens.stream().noneMatch(t -> WHICH_WORDS.contains(t.text()));
        List<AnswerType> answerTypes = checksADuration ? List.of(types.named("duration"))
                : yesNo ? List.of(types.named("description"))
                : answerTypes(cues, intent, text, tokens, filters, asksWhatItIs);
        if (!answerTypes.get(0).hints().isEmpty()) {
            concepts = new ArrayList<>(concepts);
            concepts.add(hinted(answerTypes.get(0)));
        }
        return new Question(text, tokens, mentions, unknownPlaces, answerTypes, intent, concepts, filters, yesNo,
                placesNamed);
    }

    /**
     * "y a un cls à Montagne en Gironde ?": a word of a contract's name followed by a département or région that does
     * not hold it names another place (the commune of Montagne, not Thiers Dore et Montagne in the Puy-de-Dôme). A
     * contract named in full stays named: the map may have placed it wrongly.
     */
    private boolean locatedElsewhere(List<Token> tokens, TerritoryMention mention) {
        int next = Collections.max(mention.positions()) + 1;
        while (next < tokens.size() && LOCATING_WORDS.contains(tokens.get(next).text())) {
            next++;
        }
        if (next >= tokens.size() || !places.mayNameARegionOrDepartement(tokens.get(next).text())
                || namedInFull(tokens, mention) || !places.placed(mention.contract())) {
            return false;
        }
        int start = next;
        Set<Integer> before = new HashSet<>();
        for (int p = 0; p < start; p++) {
            before.add(p);
        }
        return places.find(tokens, before).stream()
                .anyMatch(place -> place.wholeArea()
                        && place.positions().contains(start) && !place.contracts().contains(mention.contract()));
    }

    /** True when the words of a mention hold every distinctive word of its contract's name or of one alias. */
    private boolean namedInFull(List<Token> tokens, TerritoryMention mention) {
        Set<String> typed = new HashSet<>();
        mention.positions().forEach(p -> typed.add(tokens.get(p).text()));
        var territory = mention.contract().territory();
        return Stream.concat(Stream.of(territory.name()), territory.aliases().stream())
                .anyMatch(name -> typed.containsAll(analysis.words(name).stream()
                        .filter(w -> !TerritoryMatcher.GENERIC.contains(w)).toList()));
    }

    /** The positions of the départements and régions named outside {@code taken} that hold a contract named. */
    private Set<Integer> partnersPlaces(List<Token> tokens, Set<Integer> taken, List<TerritoryMention> mentions) {
        if (mentions.isEmpty() || tokens.stream().noneMatch(t -> !taken.contains(t.position())
                && places.mayNameARegionOrDepartement(t.text()))) {
            return Set.of();
        }
        List<Contract> named = mentions.stream().map(TerritoryMention::contract).toList();
        Set<Integer> positions = new HashSet<>();
        places.find(tokens, taken).stream()
                .filter(place -> place.wholeArea()
                        && place.contracts().stream().anyMatch(named::contains))
                .forEach(place -> positions.addAll(place.positions()));
        return positions;
    }

    /**
     * "le CLS de Loches Sud Touraine": a commune of the contract typed beside its name only locates it. Only the words
     * around the mention are looked up on the map.
     */
    private Set<Integer> communesAround(List<Token> tokens, TerritoryMention mention, Set<Integer> taken) {
        int from = Collections.min(mention.positions()) - OWN_WORD_REACH;
        int to = Collections.max(mention.positions()) + OWN_WORD_REACH;
        Set<Integer> elsewhere = new HashSet<>(taken);
        // A word right after the territory that the sources do not know may be one of its communes, in lower case.
        int right = Collections.max(mention.positions()) + 1;
        boolean mayBeCommune = false;
        for (Token token : tokens) {
            if (token.position() < from || token.position() > to) {
                elsewhere.add(token.position());
            } else if (!taken.contains(token.position()) && (token.capitalized() && token.position() > 0
                    && !token.original().equals(token.original().toUpperCase(Locale.ROOT))
                    || token.position() == right && token.text().length() >= 4 && !index.knows(token.text()))
                    && !analysis.isStopWord(token.text())) {
                // Not "CLS" nor a question's first word: the map is loaded only for a word that may be a commune.
                mayBeCommune = true;
            }
        }
        if (!mayBeCommune) {
            // A lone word is a place on the map only capitalised or after a preposition; the cheap case first.
            return Set.of();
        }
        Set<Integer> positions = new HashSet<>();
        // "cls sna vernon": of the three Vernon, the contract named covers one.
        places.find(tokens, elsewhere).stream()
                .filter(place -> place.commune() != null && place.contracts().contains(mention.contract())
                        || place.ambiguous() && places.covers(mention.contract(), place.candidates()))
                .forEach(place -> positions.addAll(place.positions()));
        return positions;
    }

    /**
     * "clichy s/s bois": words of the territory's own names typed around its mention, past what the matcher took,
     * say which territory and are no concept of the question.
     */
    private Set<Integer> ownWordsAround(List<Token> tokens, TerritoryMention mention) {
        Set<String> own = territories.nameWords(mention.contract());
        int first = Collections.min(mention.positions());
        int last = Collections.max(mention.positions());
        Set<Integer> positions = new HashSet<>();
        int to = Math.min(tokens.size() - 1, last + OWN_WORD_REACH);
        for (int p = Math.max(0, first - OWN_WORD_REACH); p <= to; p++) {
            String word = tokens.get(p).text();
            // Not a kind word: "l'Agglo" in "accueil santé agglo annonay" is what the pages call the carrier.
            if (!mention.positions().contains(p) && word.length() >= 3 && !analysis.isStopWord(word)
                    && !TerritoryMatcher.GENERIC.contains(word)
                    && (own.contains(word) || (p == first - 1 || p == last + 1) && misspelt(word, own))) {
                positions.add(p);
            }
        }
        return positions;
    }

    /**
     * "plenne" beside « limane » for Plaine Limagne: a word no page writes, right beside the name, that is one of the
     * name's words misspelt (same first letter, at most two edits in six letters).
     */
    private boolean misspelt(String word, Set<String> own) {
        if (word.length() < MIN_MISSPELT_NAME_WORD || index.knows(word)) {
            return false;
        }
        for (String name : own) {
            if (name.charAt(0) == word.charAt(0) && SPELLING.getDistance(word, name) >= MISSPELT_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * "le CLS du Bassin Auterivain, Cœur de Garonne et Volvestre": the names users join to the territory's, when the
     * contract's own pages name them too, only say which territory (positions of their words).
     */
    private Set<Integer> namesContinuing(String text, List<Token> tokens, int end, Contract contract) {
        Set<Integer> positions = new HashSet<>();
        int at = end;
        String pages = null;
        for (Matcher joined = JOINED_NAME.matcher(text).region(at, text.length()); joined.lookingAt();
             joined = JOINED_NAME.matcher(text).region(at, text.length())) {
            if (pages == null) {
                StringBuilder all = new StringBuilder();
                index.of(contract.id(), EvidenceKind.SENTENCE).forEach(e -> all.append(e.text()).append('\n'));
                pages = Folding.fold(all.toString());
            }
            String name = joined.group(1);
            // "et de Champagne berrichonne signé quand": the name ends where the pages stop writing it.
            while (!pages.contains(Folding.fold(name))) {
                Matcher last = LAST_WORD.matcher(name);
                if (!last.find()) {
                    break;
                }
                name = name.substring(0, last.start());
            }
            if (!pages.contains(Folding.fold(name))) {
                break;
            }
            int from = joined.start(1);
            int to = from + name.length();
            tokens.stream().filter(t -> t.start() >= from && t.end() <= to).forEach(t -> positions.add(t.position()));
            at = to;
        }
        return positions;
    }

    /**
     * The answer types of the question's cues, the longest first; with no cue, the intent's own type. A list intent
     * asked with "quels" keeps its own type ("quels sont les signataires" asks for organisations).
     */
    private List<AnswerType> answerTypes(List<QuestionTypes.Cue> cues, Intent intent, String text,
                                         List<Token> tokens, QuestionFilters filters, boolean asksWhatItIs) {
        List<AnswerType> found = new ArrayList<>();
        if (!filters.roles().isEmpty() && (asksForRole(tokens) || cues.isEmpty() && startsWithRole(tokens))
                || asksForPerson(tokens)) {
            // "Quelle ministre était présente ?", "Quelle représentante de la préfecture … ?" ask for a person.
            found.add(types.named("person"));
        } else if (filters.organisationAsked() && types.has("organisation")) {
            // "Quelles CPTS ont signé ?", "quel hôpital est partenaire ?" ask for organisations of that kind.
            found.add(types.named("organisation"));
        }
        for (QuestionTypes.Cue cue : cues) {
            if (joinsAClause(cue, cues, text)) {
                continue;
            }
            if (!found.contains(cue.type()) && !namesAThing(cue, text) && !relativePronoun(cue, text)) {
                found.add(cue.type());
            }
            if (types.has("items") && PLURAL_INTERROGATIVE.matcher(cueText(cue, text)).lookingAt()) {
                // "quels hôpitaux ont signé ?" asks for every one of them, not the first.
                found.add(types.named("items"));
            }
        }
        boolean intentTyped = intent != null && intent.type() != null && types.has(intent.type());
        if (intentTyped && !found.isEmpty() && found.get(0).name().equals("description")
                && !types.named(intent.type()).entities().isEmpty() && asksWhatItIs) {
            // "c'est quoi le budget total du CLS ?" asks the budget's amount, not what a budget is.
            found.add(0, types.named(intent.type()));
        }
        if (found.isEmpty() || (intentTyped && found.get(0).name().equals("items")
                && intent.style() == Intent.Style.LIST)) {
            found.add(0, intentTyped ? types.named(intent.type()) : types.named("description"));
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }

    /** "maire de st louis", "la coordinatrice cls gex": a fragment that starts with a role asks who holds it. */
    private boolean startsWithRole(List<Token> tokens) {
        int first = !tokens.isEmpty() && ARTICLES.contains(tokens.get(0).text()) ? 1 : 0;
        if (first >= tokens.size()) {
            return false;
        }
        String word = tokens.get(first).text();
        return isRole(word) || first + 1 < tokens.size() && isRole(word + "-" + tokens.get(first + 1).text());
    }

    /**
     * "quel élu", "quelle ministre", "lequel des maires", "quel sous-préfet": an interrogative right before a role,
     * which may be written in two words.
     */
    private boolean asksForRole(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!INTERROGATIVES.contains(tokens.get(i).text())) {
                continue;
            }
            String next = tokens.get(i + 1).text();
            String compound = i + 2 < tokens.size() ? next + "-" + tokens.get(i + 2).text() : next;
            if (isRole(next) || isRole(compound)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Comment s'appelle le dispositif … ?", "le nom du plan": a cue that asks a name, of a thing rather than of a
     * person when the noun it names is no role nor a person ("la coordinatrice", "l'élu").
     */
    private boolean namesAThing(QuestionTypes.Cue cue, String text) {
        String said = cueText(cue, text);
        if (!NAMING.matcher(said).find() || ON_BEHALF.matcher(Folding.fold(text.substring(0,
                Math.max(0, Math.min(text.length(), cue.start()))))).find()) {
            // "Qui a signé au nom de la ville ?" asks who, on the town's behalf.
            return false;
        }
        if (said.endsWith("comment")) {
            // "le préfet de l'Allier s'appelle comment ?": what is named comes before.
            List<String> before = analysis.words(text.substring(0, Math.max(0, Math.min(text.length(),
                    cue.start())))).stream().filter(w -> !analysis.isStopWord(w)).toList();
            return !before.isEmpty() && before.stream().noneMatch(w -> isRole(w) || PERSON_NOUNS.contains(w));
        }
        List<String> after = analysis.words(text.substring(Math.min(text.length(), cue.end())));
        return after.stream().filter(w -> !ARTICLES.contains(w)).findFirst()
                .map(noun -> !isRole(noun) && !PERSON_NOUNS.contains(noun)).orElse(false);
    }

    /**
     * "qui dirigeait l'ARS quand Mamoudzou a signé son CLS ?": « quand » after another question word and before a
     * clause joins that clause; it asks no date.
     */
    private static boolean joinsAClause(QuestionTypes.Cue cue, List<QuestionTypes.Cue> cues, String text) {
        if (!cueText(cue, text).equals("quand") || cues.stream().noneMatch(other -> other.end() <= cue.start())) {
            return false;
        }
        String after = text.substring(Math.min(text.length(), Math.max(0, cue.end()))).strip();
        return after.split("\\s+").length >= 2;
    }

    /** "les cls qui parlent de santé mentale": « qui » after a contract's noun joins a clause, it asks no one. */
    private static boolean relativePronoun(QuestionTypes.Cue cue, String text) {
        int start = Math.max(0, Math.min(text.length(), cue.start()));
        return Folding.fold(text.substring(start, Math.min(text.length(), cue.end()))).strip().equals("qui")
                && CONTRACTS_BEFORE.matcher(Folding.fold(text.substring(0, start))).find();
    }

    /** "quelle représentante", "quel élu", "quelle personne": an interrogative right before a person's noun. */
    private static boolean asksForPerson(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (INTERROGATIVES.contains(tokens.get(i).text()) && PERSON_NOUNS.contains(tokens.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean isRole(String word) {
        return types.role(word) != null || recognizer.role(word) != null;
    }

    /**
     * The best intent that fits the rest of the question: a definition only when all it asks about are glossary
     * words, the list of territories only when no single territory is named, help only when nothing else is asked.
     */
    private Intent plausibleIntent(List<IntentMatch> intents, List<Concept> concepts, int territoriesNamed,
                                   String cueType, boolean whatIs) {
        Intent first = null;
        double firstScore = 0;
        for (IntentMatch match : intents) {
            Intent intent = plausible(match.intent(), concepts, territoriesNamed, whatIs);
            if (intent == null) {
                continue;
            }
            if (first == null) {
                first = intent;
                firstScore = match.score();
                if (cueType == null || answers(intent, cueType)) {
                    return intent;
                }
            } else if (match.score() >= TIE * firstScore && answers(intent, cueType)) {
                // "Quelles CPTS ont signé ?" fits "signé quand" and "qui a signé" as well: the question word decides.
                return intent;
            }
        }
        // "pourquoi ces axes ?", "à quoi servent les axes ?" ask a reason or a purpose, which no list's items give.
        return first != null && ("reason".equals(cueType) || "purpose".equals(cueType))
                && first.style() == Intent.Style.LIST ? null : first;
    }

    /** The definition intent when the question names a glossary term, or writes one out, and asks nothing else. */
    private Intent definitionOfATerm(String folded, List<Token> tokens, List<Concept> concepts) {
        var glossary = index.base().glossary();
        boolean named = tokens.stream().anyMatch(t -> glossary.find(t.text()).isPresent())
                || glossary.writtenOutIn(folded).findAny().isPresent();
        boolean nothingElse = concepts.stream().allMatch(c -> c.weak() || glossary.find(c.words().get(0)).isPresent());
        return !named || !nothingElse ? null : catalog.intents().stream()
                .filter(i -> i.style() == Intent.Style.DEFINITION).findFirst().orElse(null);
    }

    /** True when an intent's own answer is of the kind the question word asks for. */
    private static boolean answers(Intent intent, String cueType) {
        boolean who = WHO.contains(cueType);
        return intent.type() != null && (intent.type().equals(cueType) || who && WHO.contains(intent.type())
                || cueType.equals("items") && intent.style() == Intent.Style.LIST);
    }

    /**
     * The intent, unless the question shows it is not what is asked; null then. "Qu'est-ce qu'un contrat local de
     * santé ?" ({@code whatIs}) asks what one is, not which ones there are.
     */
    private Intent plausible(Intent intent, List<Concept> concepts, int territoriesNamed, boolean whatIs) {
        if (intent.style() == Intent.Style.DEFINITION && concepts.stream().anyMatch(c -> !c.weak()
                && !classifier.vocabulary(intent).containsAll(c.ownStems()) && !index.base().glossary()
                .find(c.words().get(0)).isPresent())) {
            return null;
        }
        if (intent.style() == Intent.Style.TERRITORIES && (territoriesNamed == 1 || whatIs)) {
            return null;
        }
        // "le CLS de X aide-t-il l'installation des médecins ?" asks about X, not for the bot's help.
        if (intent.style() == Intent.Style.HELP && (territoriesNamed > 0 || concepts.stream()
                .anyMatch(c -> !c.weak() && !classifier.vocabulary(intent).containsAll(c.ownStems())))) {
            return null;
        }
        return intent;
    }

    /** The positions of the words of an idiom ("en même temps que…"), which ask nothing. */
    private Set<Integer> idiomPositions(String text, List<Token> tokens) {
        if (idioms == null) {
            return Set.of();
        }
        Set<Integer> positions = new HashSet<>();
        Matcher idiom = idioms.matcher(Folding.foldKeepingOffsets(text));
        while (idiom.find()) {
            for (Token token : tokens) {
                if (token.start() >= idiom.start() && token.end() <= idiom.end()) {
                    positions.add(token.position());
                }
            }
        }
        return positions;
    }

    /**
     * False when {@code folded} holds none of the words a pattern needs: most questions hold none, and looking for a
     * word costs less than trying an alternation at every position.
     */
    private static boolean mayMatch(String folded, String... needed) {
        for (String word : needed) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private QuestionFilters filters(String text, List<Token> tokens, List<String> words,
                                    List<QuestionTypes.Cue> cues, MatchResult setAside) {
        Integer ordinal = null;
        Set<Integer> years = new HashSet<>();
        Set<String> roles = new HashSet<>();
        boolean personNamed = false;
        int afterRole = -1;
        for (Token token : tokens) {
            OptionalInt rank = ordinalAt(tokens, token.position());
            if (rank.isPresent() && ordinal == null) {
                ordinal = rank.getAsInt();
            }
            if (isYear(token.text())) {
                years.add(Integer.parseInt(token.text()));
            }
            String word = words.get(token.position()) == null ? token.text() : words.get(token.position());
            String twoBefore = token.position() >= 2 ? tokens.get(token.position() - 2).text() : "";
            if (POST.contains(twoBefore) || GATHERINGS.contains(twoBefore) || PAYING.contains(twoBefore)) {
                // "qui paie le poste de coordinatrice" and "qui paie le coordinateur" ask who pays, not for the
                // coordinator; "qui organisait le sommet des maires" asks who organised it, not for a mayor.
                continue;
            }
            if (!isRole(word) && isRole(token.text())) {
                // "maire" is a role as typed, whatever word of the pages the spelling corrector finds near it.
                word = token.text();
            }
            if (token.position() == afterRole) {
                // "le conseiller municipal délégué à la santé", "l'adjointe déléguée": a role word right after a
                // role only qualifies it.
                continue;
            }
            String pair = token.position() + 1 < tokens.size()
                    ? recognizer.role(token.text() + " " + tokens.get(token.position() + 1).text()) : null;
            if (pair != null) {
                // "conseiller municipal", "délégué territorial": the role is the two words'.
                roles.add(pair);
                personNamed = true;
                afterRole = token.position() + 2;
                continue;
            }
            String role = types.role(word);
            String noun = recognizer.role(word);
            if (noun != null && token.position() > 0 && tokens.get(token.position() - 1).text().equals("vice")) {
                // "vice-présidente" is read as two words: the role is the vice-president's.
                noun = recognizer.role("vice-" + word);
                role = null;
            }
            personNamed |= noun != null;
            if (role == null) {
                role = noun;
            }
            if (role != null) {
                roles.add(role);
                afterRole = token.position() + 1;
            }
        }
        String folded = Folding.fold(text);
        String counted = null;
        boolean exactDate = mayMatch(folded, "exact", "precis") && EXACT_DATE.matcher(folded).find();
        boolean dayWanted = exactDate;
        boolean yearWanted = false;
        boolean dateNamed = false;
        for (QuestionTypes.Cue cue : cues) {
            String cueText = cueText(cue, text);
            dayWanted |= cueText.equals("quel jour");
            yearWanted |= cueText.contains("quelle annee");
            dateNamed |= cueText.contains("date");
            if (counted == null && cue.type().name().equals("count") && !countsWhoDid(cue, cueText)) {
                // "combien ont signé ?" counts who did it: the participle after the cue is no noun counted.
                counted = countedNoun(tokens, words, cue.end());
            }
        }
        Set<String> families = new HashSet<>();
        boolean organisationAsked = false;
        List<Entity> organisations = recognizer.organisationsAsked(text);
        int asideStart = setAside == null ? -1 : setAside.start();
        int asideEnd = setAside == null ? -1 : setAside.end();
        boolean speakerAsked = tokens.stream().anyMatch(t -> t.text().startsWith("represent"));
        for (Entity entity : organisations) {
            speakerAsked |= SPEAKS_FOR.matcher(Folding.fold(text.substring(0, entity.start()))).find();
            boolean aside = entity.start() >= asideStart && entity.start() < asideEnd;
            boolean asked = ASKED_ORGANISATION.matcher(text.substring(0, entity.start())).find();
            // "le CLS de la communauté de communes X" names the contract; "quelles communautés de communes" asks.
            if (!aside && (asked || !entity.value().equals("intercommunalite") && !entity.value().equals("commune"))) {
                families.add(entity.value());
                organisationAsked |= asked;
            }
        }
        return new QuestionFilters(ordinal, years, counted, roles, families, dayWanted, yearWanted,
                itemRank(tokens, words), organisationAsked, personNamed,
                mayMatch(folded, "depuis", "partir") && SINCE_ASKED.matcher(folded).find(),
                mayMatch(folded, "precedent", "ancien") && PREVIOUS_ASKED.matcher(folded).find(),
                mayMatch(folded, END_WORDS) && END_ASKED.matcher(folded).find(),
                ONE_ASKED.matcher(folded).find() && !MANY_ASKED.matcher(folded).find(), dayWanted && !exactDate,
                dateNamed, speakerAsked,
                WHOLE_ASKED.matcher(folded).find());
    }

    /** "le quatrième axe", "la 2e priorité": the rank of an item of a list the question asks for, or null. */
    private Integer itemRank(List<Token> tokens, List<String> words) {
        for (int i = 1; i < tokens.size(); i++) {
            // "l'axe 1", "la priorité n°2": a list's noun numbered by the text's own label.
            String number = tokens.get(i).text();
            if (!tokens.get(i).number() || number.length() > 2 || Integer.parseInt(number) == 0) {
                continue;
            }
            int noun = i - 1;
            while (noun > 0 && NUMBER_SIGNS.contains(tokens.get(noun).text())) {
                noun--;
            }
            String word = words.get(noun);
            if (word != null && !analysis.isStopWord(word) && isListNoun(word)) {
                return Integer.parseInt(number);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            OptionalInt rank = LAST.contains(tokens.get(i).text()) ? OptionalInt.of(QuestionFilters.LAST_ITEM)
                    : FrenchNumbers.ordinal(tokens.get(i).text());
            if (rank.isEmpty() || ordinalAt(tokens, i).isPresent()) {
                continue;
            }
            for (int next = i + 1; next < Math.min(tokens.size(), i + 3); next++) {
                String word = words.get(next);
                if (word == null || analysis.isStopWord(word)) {
                    continue;
                }
                if (isListNoun(word)) {
                    return rank.getAsInt();
                }
                break;
            }
        }
        return null;
    }

    /** True for a word that ranks an item of a list: "troisième", "3eme", "dernier". */
    static boolean isRank(String word) {
        return LAST.contains(word) || FrenchNumbers.ordinal(word).isPresent();
    }

    /** True when the word alone asks for a list ("axe", "priorité"): its items can be ranked. */
    private boolean isListNoun(String word) {
        List<IntentMatch> intents = classifier.rank(List.of(word));
        return !intents.isEmpty() && intents.get(0).intent().style() == Intent.Style.LIST;
    }

    /** "phases" when the sources write "Phase 1", "axe" when they write "axes": no typo to correct. */
    private boolean knowsInOtherNumber(String word) {
        if (word.length() < 4) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        return (last == 's' || last == 'x') ? index.knows(word.substring(0, word.length() - 1))
                : index.knows(word + "s");
    }

    /** {@code concepts}, with those {@code which} picks made weak. */
    private static List<Concept> weakened(List<Concept> concepts, Predicate<Concept> which) {
        return concepts.stream().map(c -> !c.weak() && which.test(c) ? c.asWeak() : c).toList();
    }

    /** True when every contract named has typed facts of the list {@code intent} asks for. */
    private boolean listKnown(Intent intent, List<TerritoryMention> mentions) {
        return intent != null && intent.style() == Intent.Style.LIST && !mentions.isEmpty()
                && mentions.stream().allMatch(m -> intent.kinds().stream()
                .anyMatch(kind -> !index.of(m.contract().id(), kind).isEmpty()));
    }

    /** The word of the complement right after {@code noun} ("intervention" in "axes d'intervention"), or null. */
    private String complementOf(String noun, List<Token> tokens, List<String> words) {
        for (Token token : tokens) {
            if (!noun.equals(words.get(token.position()))) {
                continue;
            }
            int next = token.position() + 1;
            if (next < tokens.size() && COMPLEMENT_OPENERS.contains(tokens.get(next).text())) {
                next++;
            }
            if (next == tokens.size() || next == token.position() + 1
                    && !ELIDED_DE.matcher(tokens.get(next).original()).lookingAt()) {
                return null;
            }
            String word = words.get(next);
            return word == null || analysis.isStopWord(word) ? null : word;
        }
        return null;
    }

    /** The first content word after a count cue ("combien de grandes PRIORITES"). */
    private String countedNoun(List<Token> tokens, List<String> words, int after) {
        for (Token token : tokens) {
            String word = words.get(token.position());
            if (token.end() > after && word != null && !analysis.isStopWord(word) && !generic.contains(word)
                    && !LIST_ADJECTIVE.matcher(word).matches()) {
                return word;
            }
        }
        return null;
    }

    /**
     * The rank a word gives a contract ("2e CLS", "deuxième contrat", "premier CLS", "cls 2"), if it does; not in
     * "premier axe cls montlucon", where it ranks the list's noun right after it.
     */
    private OptionalInt ordinalAt(List<Token> tokens, int position) {
        String text = tokens.get(position).text();
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '9' && position > 0
                && tokens.get(position - 1).text().equals("cls")) {
            // "cls 2": the contract's rank written as its number, as pages write "CLS 1 : 2012/2019".
            return OptionalInt.of(Integer.parseInt(text));
        }
        OptionalInt rank = FrenchNumbers.ordinal(text);
        if (rank.isEmpty()) {
            return rank;
        }
        for (int next = position + 1; next < Math.min(tokens.size(), position + 3); next++) {
            if (RANKED.contains(tokens.get(next).text())) {
                return rank;
            }
            if (isListNoun(tokens.get(next).text())) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** "2025": 19xx or 20xx (read for every word of every question, hence no regular expression). */
    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && isDigit(word.charAt(2))
                && isDigit(word.charAt(3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Groups the words (null where a territory stood) into concepts, longest synonym expressions first. */
    private List<Concept> concepts(List<Token> tokens, List<String> words, Set<Integer> skipped) {
        List<Concept> concepts = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        int i = 0;
        while (i < words.size()) {
            if (words.get(i) == null || skipped.contains(i)) {
                i++;
                continue;
            }
            int length = longestExpression(words, i, skipped);
            List<String> expression = words.subList(i, i + length);
            if (length > 1 || !(analysis.isStopWord(expression.get(0)) || generic.contains(expression.get(0)))) {
                if (!allGeneric(expression) && seen.add(List.copyOf(expression))) {
                    String label = String.join(" ", tokens.subList(i, i + length).stream().map(Token::original)
                            .toList());
                    List<String> typed = tokens.subList(i, i + length).stream().map(Token::text).toList();
                    boolean isWeak = expression.stream().allMatch(w -> weak.contains(w) || analysis.isStopWord(w)
                            || generic.contains(w)) || typed.stream().allMatch(w -> weak.contains(w)
                            || analysis.isStopWord(w) || generic.contains(w));
                    concepts.add(concept(label, expression, tokens.get(i).number(), isWeak));
                }
            }
            i += length;
        }
        return concepts;
    }

    private int longestExpression(List<String> words, int start, Set<Integer> skipped) {
        for (int length = Math.min(synonyms.longest(), words.size() - start); length > 1; length--) {
            List<String> candidate = words.subList(start, start + length);
            boolean free = true;
            for (int k = start; k < start + length; k++) {
                free &= !skipped.contains(k);
            }
            if (free && !candidate.contains(null) && synonyms.knows(candidate)) {
                return length;
            }
        }
        return 1;
    }

    private boolean allGeneric(List<String> expression) {
        return expression.stream().allMatch(w -> generic.contains(w) || analysis.isStopWord(w));
    }

    /**
     * What a type's hints make of the question: one weak concept that evidence says when it holds any of them
     * ("afin", "constat" for "pourquoi …").
     */
    private Concept hinted(AnswerType type) {
        return hintConcepts.computeIfAbsent(type.name(), name -> hintConcept(type));
    }

    private Concept hintConcept(AnswerType type) {
        List<List<String>> alternatives = new ArrayList<>();
        for (String hint : type.hints()) {
            List<String> stems = analysis.words(hint).stream().filter(w -> !analysis.isStopWord(w))
                    .map(analysis::stem).toList();
            if (!stems.isEmpty()) {
                alternatives.add(stems);
            }
        }
        return new Concept(type.name(), List.of(Folding.fold(type.hints().get(0))), alternatives, false, true);
    }

    private Concept concept(String label, List<String> expression, boolean number, boolean isWeak) {
        return new Concept(label, List.copyOf(expression), alternativesOf.get(String.join(" ", expression),
                key -> alternatives(expression)), number, isWeak);
    }

    /** The stem sequences that say {@code expression}: its own and its synonyms'. */
    private List<List<String>> alternatives(List<String> expression) {
        Set<List<String>> alternatives = new LinkedHashSet<>();
        alternatives.add(stems(expression));
        for (List<String> equivalent : synonyms.equivalents(List.copyOf(expression))) {
            List<String> stems = stems(equivalent);
            if (!stems.isEmpty()) {
                alternatives.add(stems);
            }
        }
        if (expression.size() == 1) {
            // "les 3 axes" asks for what a page writes "trois axes", and the other way round.
            FrenchNumbers.otherSpelling(expression.get(0))
                    .ifPresent(other -> alternatives.add(List.of(analysis.stem(other))));
        }
        alternatives.removeIf(List::isEmpty);
        if (alternatives.isEmpty()) {
            alternatives.add(List.of(analysis.stem(expression.get(0))));
        }
        return List.copyOf(alternatives);
    }

    private List<String> stems(List<String> words) {
        return words.stream().filter(w -> !analysis.isStopWord(w)).map(analysis::stem).toList();
    }

    /** The words of the question a cue matched, folded. */
    private static String cueText(QuestionTypes.Cue cue, String text) {
        return Folding.fold(text.substring(Math.max(0, cue.start()), Math.min(text.length(), cue.end())));
    }

    /** A count cue that ends with a verb: "combien ont (signé)", "combien l'ont (signé)" ({@code said} folded). */
    private static boolean countsWhoDid(QuestionTypes.Cue cue, String said) {
        return cue.type().name().equals("count") && COUNTS_WHO_DID.matcher(said).find();
    }

    /** The positions of the tokens that start between {@code start} and {@code end}. */
    private static Set<Integer> startingWithin(List<Token> tokens, int start, int end) {
        Set<Integer> positions = new HashSet<>();
        for (Token token : tokens) {
            if (token.start() >= start && token.start() < end) {
                positions.add(token.position());
            }
        }
        return positions;
    }

    /**
     * The question as the engine reads it: elisions typed without their apostrophe, phone shorthands and mistyped
     * question words written out ("qd", "cbien", "conbien"), "de" put back after "combien", and a choice between two
     * figures asked as the figure ("4 ou 5 ans" as "combien d'ans"), and a percent sign with no figure as the word
     * ("quel % des habitants").
     */
    String spelledOut(String typed) {
        String percent = typed.indexOf('%') < 0 ? typed : BARE_PERCENT.matcher(typed).replaceAll(" pourcentage ");
        String text = withCountedDe(types.respelled(withApostrophes(percent),
                word -> index.knows(word) || analysis.isStopWord(word)));
        // "dure 4 ou 5 ans ?", "5 ou 6 axes ?": a choice between two figures asks the figure.
        return FIGURE_CHOICE.matcher(text).replaceAll(choice -> ELIDING.indexOf(Character.toLowerCase(
                text.charAt(choice.end()))) >= 0 ? "combien d'" : "combien de ");
    }

    /** "combien axes" read as "combien de axes" when the noun is a word of the sources, not "combien sont". */
    private String withCountedDe(String text) {
        Matcher count = COUNT_WITHOUT_DE.matcher(text);
        StringBuilder read = new StringBuilder(text.length() + 3);
        int last = 0;
        while (count.find()) {
            String noun = Folding.fold(count.group(1));
            if (!analysis.isStopWord(noun) && index.knows(noun)) {
                read.append(text, last, count.end()).append("de ");
                last = count.end();
            }
        }
        return last == 0 ? text : read.append(text, last, text.length()).toString();
    }

    /**
     * "combien dactions", "contact lars": a word the sources do not know that is an elided "d'", "l'" or "qu'" glued
     * to a word they know is read with its apostrophe; "M'tsamboro", when the sources write "Mtsamboro", without it.
     */
    private String withApostrophes(String typed) {
        String text = withoutApostrophesInNames(typed);
        Matcher glued = GLUED.matcher(text);
        StringBuilder read = null;
        int last = 0;
        while (glued.find()) {
            String whole = Folding.fold(glued.group());
            String rest = Folding.fold(glued.group(2));
            if (index.knows(whole) || analysis.isStopWord(whole) || !index.knows(rest)) {
                continue;
            }
            read = read == null ? new StringBuilder(text.length() + 4) : read;
            read.append(text, last, glued.end(1)).append('\'');
            last = glued.end(1);
        }
        return read == null ? text : read.append(text, last, text.length()).toString();
    }

    private String withoutApostrophesInNames(String text) {
        Matcher name = APOSTROPHE_IN_NAME.matcher(text);
        StringBuilder read = null;
        int last = 0;
        while (name.find()) {
            if (!index.knows(Folding.fold(name.group(1) + name.group(2)))) {
                continue;
            }
            read = read == null ? new StringBuilder(text.length()) : read;
            read.append(text, last, name.end(1));
            last = name.start(2);
        }
        return read == null ? text : read.append(text, last, text.length()).toString();
    }
}
