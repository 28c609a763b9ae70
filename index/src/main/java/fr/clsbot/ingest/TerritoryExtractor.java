package fr.clsbot.ingest;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.knowledge.Territory;
import fr.clsbot.territory.Commune;
import fr.clsbot.territory.Departement;
import fr.clsbot.territory.Epci;
import fr.clsbot.territory.Gazetteer;
import fr.clsbot.territory.TerritoryResolver;
import fr.clsbot.text.Folding;
import fr.clsbot.text.LeadingArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the territory whose contract a document is about, from the way French documents name it: as the contract's
 * own ("le Contrat Local de Santé du Pays Vendômois", "le CLS des Mureaux"), as the one who signs or launches it
 * ("Aunis Atlantique a signé son deuxième CLS", "Le Grand Saint-Dizier lance son Contrat local de santé"), or as a
 * collectivity ("communauté de communes Gorges Causses Cévennes", "Montluçon Communauté", "la Ville de
 * Saint-Paul"). Each way of naming weighs what it says about the contract; a town named only as where the contract
 * was signed ("à Vendôme") or as another territory ("le premier est sur le territoire du Haut-Allier") weighs little.
 * Never the file name.
 */
final class TerritoryExtractor {
    /** A part of a document, never of a name: "du Thouarsais - Année 1", "du Pays de Gex Période 2015 – 2018". */
    private static final String DOCUMENT_WORD = "(?:Année|Axe|Fiche|Action|Bilan|Phase|Volet|Partie|Programme|Édition"
            + "|Annexe|Sommaire|Socle|Période|Préambule|Introduction|Synthèse|Version)";
    /** Words right before a name that put a place (folded): "sur le", "dans la", "le territoire du". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?:sur|dans|en|a travers) (?:le |la |l'|les )?"
            + "|\\bterritoire (?:du |de la |de l'|des |de ))$");
    private static final int PLACE_BEFORE_REACH = 25;
    /** A proper name: capitalised words with the small words French names hold, "Der & Vallées" included. */
    private static final String WORD = "(?:\\p{Lu}|\\d\\p{Lu})[\\p{L}\\d'’\\-]*[\\p{L}\\d]";
    /**
     * "Paris – Vallée de la Marne": a spaced dash joins two parts of a name, never a name and a new sentence or a
     * part of the document ("du Thouarsais - Année 1").
     */
    private static final String DASH = " [–-] (?!(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Ce|Cette|Il|Elle|Son|Sa|Ses"
            + "|" + DOCUMENT_WORD + "|Ville|Commune|Mairie|Agence|Communauté|Conseil|Préfecture|Département|Région"
            + "|Caisse|Syndicat)\\b)"
            + "(?=\\p{Lu})";
    /** "l'île d'Oléron", "les îles bretonnes du Ponant": a lower-case noun that starts a place's name. */
    private static final String GEOGRAPHIC_NOUN = "(?:îles?|iles?|vallées?|val|plaine|coteaux|monts|terres|portes|rives"
            + "|gorges|causses|bassin)";
    /**
     * "Île", "Vallée": a geographic noun alone names no territory ("l'île" of a page about another island); in
     * capitals a page may drop its accent ("VALLEE").
     */
    private static final Pattern LONE_GEOGRAPHIC_NOUN = Pattern.compile("(?iu)" + GEOGRAPHIC_NOUN + "|vallees?");
    /** "nord Franche-Comté", "île d'Oléron": a name whose first word is written in lower case in running text. */
    private static final Pattern LOWER_CASE_START = Pattern.compile("(?:nord|sud|centre)[ \\-]|" + GEOGRAPHIC_NOUN + " ");
    /**
     * "et" joins only the last part of a name after a comma ("Grand Saint-Dizier, Der & Vallées"); a name may end
     * with a geographic adjective ("Doubs central") and start with a direction written in lower case ("du nord
     * Franche-Comté").
     */
    private static final String NAME = "((?:(?:nord|sud|centre)[ \\-](?=\\p{Lu})|" + GEOGRAPHIC_NOUN + "(?: \\p{Ll}+)? "
            + "(?:de la |de l['’]|du |des |de |d['’])(?=\\p{Lu}))?" + WORD + "(?:(?:[ \\-]|, (?=" + WORD + " (?:&|et) )|" + DASH + ")"
            + "(?:(?:de la|de l['’]|de|du|des|la|le|les|d'|l'|d’|l’|&|sur|sous|en|lès|aux)[ \\-]?)?" + WORD
            + "|(?<=, " + WORD + ") (?:et|&) " + WORD + "){0,6}"
            + "(?: (?:centrale?|orientale?|occidentale?|méridionale?|septentrionale?)\\b)?)";
    private static final String OF = "(?:du |de la |des |de l['’]|d['’]|de )";
    /**
     * How a contract names whose it is: "le CLS du Pays Vendômois", "un contrat local de santé pour le Pays de
     * Fougères", "un nouveau Contrat local de santé pour Vénissieux".
     */
    private static final String CONTRACT_OF = "(?:du |de la |des |de l['’]|d['’]|de |pour (?:le |la |les |l['’])?)";
    private static final String KIND = "(communauté de communes|communauté d['’]agglomération|communauté urbaine"
            + "|syndicat mixte|pôle d['’]équilibre territorial et rural|pôle métropolitain|PETR|métropole|ville|commune"
            + "|mairie|pays"
            + "|territoire)";
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The contract's names; "intercommunal" and its acronym "CLSi" say whose it is no more than "CLS" does. */
    private static final String CLS = "(?:contrat local de sant[ée](?: intercommunal)?|contrat territorial de sant[ée]"
            + "|(?-i:CLSi?|CTS))";
    private static final String VERBS = "(?:lance|a lancé|engage|a engagé|s['’]engage|signe|a signé|signent|ont signé"
            + "|adopte|a adopté|renouvelle|a renouvelé|dévoile|présente|officialise|a officialisé|poursuit|consolide"
            + "|annonce|inaugure|met en place|a mis en place|élabore|prépare|lancent|engagent|finalise|a finalisé"
            + "|approuve|a approuvé|reconduit|a reconduit)";

    /** A way a document names a territory, and how much it says that the contract is that territory's. */
    /** "Un contrat local de santé signé entre (les Villes de) …": what comes before two towns that sign together. */
    private static final String SIGNED_BETWEEN_TOWNS = "(?iu:" + CLS + ")[^.;]{0,60}?(?iu:signé|conclu)e?\\s+"
            + "(?iu:entre)\\s+(?iu:les (?:villes|communes) (?:de |d['’]))?";
    /** Words that say what kind of contract it is, never whose: "CONTRAT LOCAL DE SANTE MEDICO-SOCIAL du PAYS de …". */
    private static final String QUALIFIER = "(?iu:m[ée]dico-sociale?|intercommunale?|territoriale?|rurale?)";

    private record Way(Pattern pattern, double weight, int nameGroup, int kindGroup) {
    }

    private static final List<Way> WAYS = List.of(
            // "le Contrat Local de Santé du Pays Vendômois", "CLS de la ville des Mureaux"
            new Way(Pattern.compile("(?iu:" + CLS + ")(?:\\s*\\(CLSi?\\))?(?:\\s+(?:\\d{4}\\s*[-–]\\s*\\d{4}|de \\S+ "
                    + "génération|" + QUALIFIER + "))?\\s+(?iu:" + CONTRACT_OF + ")(?:(?iu:" + KIND + ")\\s+(?iu:" + OF + ")?)?" + NAME), 3, 2, 1),
            // "Signature CLS Seine-et-Tilles", "Contrat Local de Santé Thiers Ambert Billom 2024 / 2028": the contract
            // right before the name
            new Way(Pattern.compile("(?:\\b(?:CLSi?|CTS)[ \\t]+|(?iu:contrat local de sant[ée](?: intercommunal)?)"
                    + "(?:\\s*\\((?:CLSi?|CTS)\\))? )(?!(?iu:" + QUALIFIER + ")\\b)" + NAME), 3, 1, 0),
            // "le CLS 2022-2026 a été signé entre la Ville de Vénissieux et ses partenaires", "le Contrat Local de
            // Santé mis en place par la Communauté d'Agglomération de l'Étampois Sud-Essonne"
            new Way(Pattern.compile("(?iu:" + CLS + ")[^.;]{0,60}?(?iu:signé|conclu|adopté|porté|piloté|élaboré|initié"
                    + "|mis en place|mise en place)e?\\s+(?iu:entre|par|avec)\\s+"
                    + "(?iu:la |le |l['’])?(?iu:(ville|commune|communauté de communes|communauté d['’]agglomération"
                    + "|agglomération))\\s+(?iu:" + OF + ")?" + NAME), 3, 2, 1),
            // "Un contrat local de santé signé entre Échirolles et Pont-de-Claix", "… signé entre les Villes
            // d'Échirolles et de Pont-de-Claix": two towns that sign together
            new Way(Pattern.compile(SIGNED_BETWEEN_TOWNS + NAME + "(?= et (?:de |d['’])?\\p{Lu})"), 3, 1, 0),
            // and the second of them, a little less sure: the page is first about the first
            new Way(Pattern.compile(SIGNED_BETWEEN_TOWNS + "\\p{Lu}[\\p{L}'’\\-]+ et (?:de |d['’])?" + NAME), 2.5, 1, 0),
            // "Aunis Atlantique a signé son deuxième CLS"
            new Way(Pattern.compile(NAME + "\\s+(?iu:" + VERBS + ")\\b[^.;:]{0,90}?(?iu:" + CLS + ")"), 3, 1, 0),
            // "communauté de communes Gorges Causses Cévennes", "Syndicat Mixte du Pays Vendômois"
            // (accents optional: a heading in capitals often drops them, "COMMUNAUTE DE COMMUNES DE PONT-AUDEMER")
            new Way(Pattern.compile("(?iu:(communaut[ée]s? des? communes|communaut[ée] d['’]agglom[ée]ration"
                    + "|communaut[ée] urbaine|syndicat mixte|p[ôo]le d['’][ée]quilibre territorial et rural"
                    + "|p[ôo]le m[ée]tropolitain|m[ée]tropole|agglom[ée]ration|entente|parc naturel r[ée]gional"
                    + "|parc naturel|(?-i:PNR)))(?:\\s*\\(\\p{Lu}{2,6}\\))?\\s+(?iu:" + OF + ")?(?:«\\s*)?" + NAME), 2,
                    2, 1),
            new Way(Pattern.compile("\\b(PETR)\\s+(?iu:" + OF + ")?" + NAME), 2, 2, 1),
            // "le Pays Auxois Morvan", "le Pays de Fougères", "le pays Lédonien" (a pays is a territory; "Pays de la
            // Loire" is a region, left out below)
            new Way(Pattern.compile("\\b(?:[Ll]e |[Dd]u |[Aa]u )([Pp]ays) (?:" + OF + ")?" + NAME), 2, 2, 1),
            // "le Pays horloger", "du pays bellegardien": a pays named by a lower-case adjective
            new Way(Pattern.compile("(\\bPays|(?<=\\b(?:le|du|au) )pays) (\\p{Ll}+(?:ois|oise|ais|aise|ain|aine|ger|ien"
                    + "|ienne))\\b"), 2, 2, 1),
            // "Montluçon Communauté", "CapAtlantique La Baule Guérande Agglo", "Pornic agglo"
            new Way(Pattern.compile(NAME + "\\s+(Communauté|Agglo|agglo|Agglomération|Métropole)\\b"), 2, 1, 2),
            // "la Ville de Saint-Paul", "la ville des Mureaux"
            new Way(Pattern.compile("(?iu:\\b(ville|commune|mairie))\\s+(?iu:" + OF + ")" + NAME), 1.5, 2, 1),
            // "les villes d'Évry et Courcouronnes" (two towns, not "les villes de la CCHVO")
            new Way(Pattern.compile("(?iu:\\b(villes))\\s+(?iu:" + OF + ")" + NAME + "(?= et \\p{Lu})"), 1.5, 2, 1),
            // "François Asensi, maire de Tremblay-en-France": the commune of the mayor who signs, when nothing else says
            new Way(Pattern.compile("(?iu:\\b(maire))\\s+(?iu:" + OF + ")" + NAME), 1, 2, 1),
            // "Les États Généraux de la Santé en Terres de Lorraine": where the page's first line says it happens
            new Way(Pattern.compile("\\A\\s*[^\\n]*?\\b(?:en|à|pour)\\s+(?:«\\s*)?" + NAME + "\\s*$",
                    Pattern.MULTILINE), 1, 1, 0),
            // "sur le territoire du Haut-Allier", "le territoire Haute Lande Armagnac"
            new Way(Pattern.compile("(?iu:\\bterritoire)\\s+(?iu:" + OF + ")?" + NAME), 1, 1, 0));
    /** First words that make a name an organisation or a generic word, not a territory. */
    private static final Set<String> NOT_TERRITORY = Set.of("ars", "agence", "prefecture", "prefet", "conseil",
            "sante", "contrat", "cls", "france", "etat", "region", "departement", "caisse", "communaute", "agglomeration",
            "pole", "petr", "pnr", "parc",
            "direction", "service", "relations", "cpam", "caf", "msa", "carsat", "cpts", "centre", "ville",
            "commune", "mairie", "education", "academie", "mutualite", "groupement", "hopital", "chu", "syndicat",
            "assurance", "promotion", "ce", "cette", "il", "elle", "le", "la", "les", "son", "sa", "ses", "un",
            "une", "nous", "vous", "ils", "on", "signature", "communique", "catégories", "categories", "date",
            "maire", "president", "presidente", "madame", "monsieur", "mme", "m", "depuis", "en", "dans", "apres",
            "avec", "pour", "lors", "afin", "parmi", "selon", "ainsi", "signe", "signee", "signes", "adopte", "lance");
    /**
     * "Vaulx-en-Velin", "Bourges", "Livry-gargan": a capitalised word, or hyphenated words, that may be a commune's
     * name.
     */
    private static final Pattern CAPITALISED_PLACE = Pattern.compile("(?<![\\p{L}-])\\p{Lu}[\\p{Ll}'’]+"
            + "(?:-(?:(?:en|sur|sous|le|la|les|de|du|des|lès|aux)-|[dl]['’])?\\p{L}[\\p{Ll}'’]+)*(?![\\p{L}-])");
    /** A capitalised word right after: "Laurie" before "Pierre" is a first name. */
    private static final Pattern NEXT_CAPITALISED = Pattern.compile(" \\p{Lu}");
    /** Words before a territory's name that only say its kind, or join them to it. */
    private static final Pattern LEADING_KIND = Pattern.compile("^(?:(?:Du|Des|De la|De l['’]|D['’]|De)\\s*"
            + "|(?:Les |La |Le )?(?iu:communautés? de communes|communes|communautés? d['’]agglomération)\\s+"
            + "(?:du |de la |des |de l['’]|d['’]|de )?)(?=\\p{Lu})");
    /** A capitalised article right before a word, which may begin a commune's name: "La Madeleine", "Le Port". */
    private static final Pattern ARTICLE_OF_NAME = Pattern.compile("(?<!\\p{L})(L[ae] |Les |L['’])$");
    /**
     * A capitalised word right before a name: "George" before "Sand" makes a person's name, not a commune; "À" before
     * "Vierzon" does not.
     */
    private static final Pattern PROPER_WORD_BEFORE = Pattern.compile("(?<!\\p{L})(?!(?:À|A|Au|Aux|En|Le|La|Les|De|Du|Des"
            + "|Dans|Pour|Sur|Vers|Et|Ou|Par|Chez|Avec)\\s)\\p{Lu}[\\p{Ll}'’-]*\\s$");
    /** A word of five letters or more in capitals ("BEZIERS", "EXTRAIT"), not an acronym ("CCPAP", "CARA"). */
    private static final Pattern SHOUTED_WORD = Pattern.compile("(?<!\\p{L})(?=(?:\\p{Lu}*[AEIOUYÉÈÊÀÂÎÔÛ]){2})"
            + "\\p{Lu}{2,}(?:[\\-'’]\\p{Lu}+)*\\p{Lu}(?!\\p{L})");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[–−-]\\s");
    /** "Blésois", "Dracénois": one word that names the people of a place rather than the place. */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ois|oise|ais|aise|ain|aine|ien|ienne)");
    private static final Pattern LEADING_VENUE = Pattern.compile("(?:Salle|Hôtel|Maison|Espace|Théâtre|Auditorium"
            + "|Amphithéâtre|Centre des congrès)\\b[^–-]*? [–-] ");
    private static final Pattern ARTICLE_THEN_WORD = Pattern.compile(" (?:(?:Le|La|L['’]) ?)?(\\p{Lu}[\\p{L}-]+)");
    private static final Pattern OF_THE_STATE = Pattern.compile("(?iu)\\b(?:préfecture|préfet|préfète|sous-préfecture"
            + "|conseil départemental|département)\\s+(?:de la |de l['’]|du |des |de |d['’])$");
    /** What joins two names of one contract: "et", "Pays horloger/Pays du Haut-Doubs", "Pays horloger, Pays du …". */
    private static final String JOINER = "(?:,? et (?:de |du |d['’]|des )?(?:la |le |l['’])?|\\s*/\\s*|, )";
    private static final Pattern LONE_DIRECTION = Pattern.compile("(?:Nord|Sud|Est|Ouest|Centre)");
    /** "Centre Ouest Bretagne", "Centre-Est": a first word that names organisations, followed by a direction. */
    private static final Pattern CARDINAL_NAME = Pattern.compile("\\p{L}+[ \\-](?:Ouest|Est|Nord|Sud)\\b");
    private static final Pattern ET_WORD = Pattern.compile(" et (" + WORD + ")");
    /** "CCVS", "4CPS": an acronym, perhaps with a count of the letter after it. */
    private static final Pattern ACRONYM = Pattern.compile("[1-9]?\\p{Lu}[\\p{Lu}\\d]{2,7}");
    private static final Pattern SMALL_WORD = Pattern.compile("(?iu)de|du|des|la|le|les|l['’]|d['’]|et|en|sur");
    // "(CAPH)", "(4CPS)", and a short capitalised word such as "(Cali)" unless it is a place that locates the name
    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "\\A\\s*\\(((?:\\p{Lu}|\\d)[\\p{Lu}\\d]{1,7}|\\p{Lu}\\p{Ll}{2,5})\\)");
    private static final List<String> REGIONS = List.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté",
            "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie",
            "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe",
            "Martinique", "Guyane", "La Réunion", "Mayotte");
    /** The regions before 2016, still named by older pages ("le premier CLS de Basse-Normandie"): never a CLS's. */
    private static final List<String> FORMER_REGIONS = List.of("Alsace", "Aquitaine", "Auvergne", "Basse-Normandie",
            "Bourgogne", "Champagne-Ardenne", "Franche-Comté", "Haute-Normandie", "Languedoc-Roussillon", "Limousin",
            "Lorraine", "Midi-Pyrénées", "Nord-Pas-de-Calais", "Picardie", "Poitou-Charentes", "Rhône-Alpes",
            "Centre");
    private static final Pattern DEPARTEMENT = Pattern.compile("(?<![-\\p{L}])(?iu:préfecture|conseil départemental|département)"
            + "\\s+(?iu:" + OF + ")" + NAME);
    /**
     * Where a name in a title written in capitals ends: « … du Pays de Chaumont Décembre 2018 », « … de La Châtre Pour le
     * Contrat Local de Santé ».
     */
    private static final Pattern NAME_END = Pattern.compile(" (?:(?:Janvier|Février|Fevrier|Mars|Avril|Mai|Juin"
            + "|Juillet|Août|Aout|Septembre|Octobre|Novembre|Décembre|Decembre)|Pour|Par|Avec|Dans|Contrat|Diagnostic)"
            + "\\b.*$");
    /** "le Département 77", "département (974)": a département named by its code. */
    private static final Pattern DEPARTEMENT_CODE = Pattern.compile("(?<![-\\p{L}])(?iu:département)\\s*\\(?(\\d{2,3}|2[AB])"
            + "\\)?(?![\\d\\p{L}])");
    /** "en Saône-et-Loire", "dans l'Allier", "dans le Gard": a département named where French puts a place. */
    private static final Pattern IN_A_PLACE = Pattern.compile("(?<!\\p{L})(?:en|dans (?:le |la |les |l['’]))\\s*"
            + "(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+)?)");
    /** A kind of intercommunality named without a name: "la Communauté urbaine renouvelle…". */
    private static final Pattern BARE_KIND = Pattern.compile("(?iu:\\b(?:la|l['’])\\s*(communauté urbaine"
            + "|communauté d['’]agglomération|agglomération|communauté de communes|métropole))(?!\\s+(?iu:"
            + "du |de la |des |de l['’]|d['’]|de )?\\p{Lu})");
    /** A town in running text: "à Fécamp", "du Havre", "de Montivilliers". */
    private static final Pattern TOWN = Pattern.compile("\\b(?:à|(du|des|de|d['’]))\\s*(\\p{Lu}[\\p{L}'’\\-]+"
            + "(?:[ \\-](?:sur|sous|en|le|la|les|de)[ \\-]\\p{Lu}[\\p{L}\\-]+)?)");
    private static final Pattern LEADING_ROLE = Pattern.compile("((?:Vice-)?\\p{L}+)\\s+(?:de la |de l['’]|du |des |de |d['’])");
    /** The Etalab type of the intercommunality a bare kind names (folded, straight apostrophe). */
    private static final Map<String, String> EPCI_TYPE_OF_KIND = Map.of("communaute urbaine", "CU",
            "communaute d'agglomeration", "CA", "agglomeration", "CA", "communaute de communes", "CC", "metropole",
            "METRO");
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l", "de", "du", "des", "d");
    private static final Set<String> KIND_WORDS = Set.of("communaute", "communes", "urbaine", "agglomeration", "agglo",
            "metropole", "ville", "commune", "pays", "territoire", "syndicat", "mixte", "d'agglomeration");
    /** First words that many intercommunalities' names share ("Grand Autunois Morvan", "Haut-Jura"): no alias alone. */
    private static final Set<String> SHARED_FIRST_WORDS = Set.of("grand", "grande", "haut", "haute", "hautes", "bas",
            "basse", "petit", "petite", "nord", "sud", "est", "ouest", "centre", "coeur", "porte", "portes", "entre");
    /** What a name in the page's title weighs more than the same name further on. */
    private static final double TITLE_WEIGHT = 1.5;
    /** How many letters a town's name may add to the stem of its people's name: "Allonn|ais" for "Allonn|es". */
    private static final int TOWN_AFTER_DEMONYM_STEM = 3;
    private static final String PEOPLE_SUFFIX = "(?:ois|oise|ais|aise|ain|aine|ien|ienne)s?";
    private static final Pattern PEOPLE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}?" + PEOPLE_SUFFIX + "(?!\\p{L})");
    private static final Pattern PAYS_BEFORE = Pattern.compile("(?i)pays\\s+$");
    private static final Pattern FOLDED_PEOPLE_SUFFIX = Pattern.compile(PEOPLE_SUFFIX + "$");
    /** Below this weight the territory is written in the draft but flagged for review. */
    static final double SURE = 3;
    /** Several territories of one kind named together: "les communautés de communes du X, Y et du Z". */
    private static final Pattern PLURAL_KIND_LIST = Pattern.compile("(?iu:communautés de communes|communautés "
            + "d['’]agglomération|intercommunalités|collectivités|territoires)\\s+" + OF + "?(" + NAME + "(?:\\s*,\\s*" + OF + "?"
            + NAME + ")*\\s+et\\s+" + OF + "?" + NAME + ")");
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*,\\s*|\\s+et\\s+");
    private static final Pattern LIST_ARTICLE = Pattern.compile("^" + OF);
    /** How many first lines may be a title broken over lines, and how long a broken title's line is at most. */
    private static final int TITLE_LINES = 6;
    private static final int SHORT_TITLE_LINE = 60;
    private static final Pattern CONTINUED_TITLE = Pattern.compile("(?:de la |de l['’]|du |des |de |d['’]|et )\\p{Lu}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]$");
    private static final Pattern WORD_OR_GAP = Pattern.compile("\\p{L}+|[^\\p{L}]+");
    /** "CONTRAT LOCAL DE SANTE ⏎ DU PAYS BOURGOGNE NIVERNAISE": the contract's name alone on a line, its territory below. */
    private static final Pattern CONTRACT_NAME_LINE = Pattern.compile("(?imu)^(\\s*contrat local de sant[ée]"
            + "(?:\\s*\\(CLS\\))?)[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*((?:de la|de l['’]|du|des|de|d['’])[ \\t]*\\p{L})");

    /** A territory found, how sure the extractor is, and the other names it hesitated with. */
    record Result(Territory territory, double weight, List<String> others) {
        boolean sure() {
            return weight >= SURE && others.isEmpty();
        }
    }

    /** A name as found, with the weight of every way it was named. */
    private static final class Candidate {
        final String key;
        String name;
        String kind;
        String collectivity;
        int kindPriority;
        double weight;
        int first = Integer.MAX_VALUE;
        /** Named as the contract's own: "le contrat local de santé de la Plaine Orientale". */
        boolean namesTheContract;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> acronyms = new LinkedHashSet<>();
        /** Every way the text names the collectivity ("PETR Nord de l'Yonne", "Pôle d'Equilibre … de l'Yonne"). */
        final Set<String> collectivities = new LinkedHashSet<>();

        Candidate(String key) {
            this.key = key;
        }
    }

    private final EntityRecognizer recognizer;

    TerritoryExtractor(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    Optional<Territory> extract(Document document) {
        return analyse(String.join("\n", document.lines())).map(Result::territory);
    }

    /** The territory of {@code text}, or empty when it names none. */
    Optional<Result> analyse(String document) {
        String text = withTitleLinesJoined(document);
        return named(text).map(result -> {
            Territory territory = result.territory().alsoKnownAs(listedWith(result.territory().aliases(), text));
            String bare = LeadingArticle.strip(territory.name());
            // "Le Lorrain" is also written « au Lorrain », « du Lorrain »: the name without its article is one too.
            return new Result(bare.equals(territory.name()) ? territory : territory.alsoKnownAs(List.of(bare)),
                    result.weight(), result.others());
        });
    }

    private Optional<Result> named(String text) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        int titleEnd = titleEnd(text);
        for (Way way : WAYS) {
            Matcher matcher = way.pattern().matcher(text);
            while (matcher.find()) {
                int nameGroup = way.nameGroup();
                String kindWord = way.kindGroup() == 0 ? null : matcher.group(way.kindGroup());
                String raw = matcher.group(nameGroup);
                if (raw == null || OF_THE_STATE.matcher(text.substring(Math.max(0, matcher.start(nameGroup) - 40),
                        matcher.start(nameGroup))).find()) {
                    // "la préfecture de Charente-Maritime ont signé": the State's département, not the territory.
                    continue;
                }
                boolean commune = kindWord == null || priority(kindWord) == 2;
                String article = commune ? articleBefore(text, matcher.start(nameGroup), kindWord != null, trim(raw))
                        : "";
                String name = display(trim(raw), article);
                if (kindWord != null && matcher.start(way.kindGroup()) > matcher.start(nameGroup)
                        || "pays".equalsIgnoreCase(kindWord)) {
                    // "Angers Loire Métropole", "Pays Auxois Morvan": the kind word is part of the name.
                    name = matcher.start(way.kindGroup()) > matcher.start(nameGroup) ? name + " " + kindWord
                            : kindWord.substring(0, 1).toUpperCase(Locale.ROOT) + kindWord.substring(1)
                            + connective(text, matcher.end(way.kindGroup()), matcher.start(nameGroup)) + name;
                }
                name = withoutTrailingPerson(withoutLeadingRole(withoutLeadingVenue(withEtOfTheMap(name, text,
                        matcher.end(nameGroup)))));
                long shouted = SHOUTED_WORD.matcher(name).results().count();
                if (shouted > 0) {
                    // One word in capitals may be an acronym ("Pays BARVAL", "la CCPEVA"), kept when the map has
                    // no such place; several are a heading.
                    String onTheMap = placeOfTheMap(name);
                    boolean titleInCapitals = way == WAYS.get(0) && matcher.group().equals(
                            matcher.group().toUpperCase(Locale.ROOT));
                    if (onTheMap == null && shouted > 1 && !titleInCapitals) {
                        continue;
                    }
                    // "CONTRAT LOCAL DE SANTE DU PAYS BOURGOGNE NIVERNAISE": a title in capitals names the contract.
                    name = onTheMap != null ? onTheMap : shouted > 1 ? fromCapitals(name) : name;
                }
                String key = key(name);
                if (key.length() < 3 || NOT_TERRITORY.contains(firstWord(name)) && !CARDINAL_NAME.matcher(name).lookingAt()
                        || isRegion(name) || LONE_GEOGRAPHIC_NOUN.matcher(name).matches()
                        || onlyKindWords(name) || looksLikePerson(name)) {
                    continue;
                }
                Candidate candidate = candidates.computeIfAbsent(key, Candidate::new);
                candidate.namesTheContract |= way == WAYS.get(0) || way == WAYS.get(1);
                double weight = way.weight() * (matcher.start() < titleEnd ? TITLE_WEIGHT : 1);
                candidate.weight += weight;
                candidate.forms.add(name);
                candidate.first = Math.min(candidate.first, matcher.start());
                if (candidate.name == null) {
                    candidate.name = name;
                }
                String collectivity = kindWord == null ? null
                        : collectivity(kindWord, matcher, way.kindGroup(), nameGroup, text);
                if (collectivity != null) {
                    // "Michel Angot, Président de Mayenne Communauté": the legal name leaves out the role, as the
                    // name does.
                    collectivity = withoutLeadingRole(withoutLeadingVenue(collectivity));
                }
                if (collectivity != null && priority(kindWord) == 3) {
                    // An intercommunality's legal names; "la Ville de X" adds nothing to the name X.
                    candidate.collectivities.add(collectivity);
                }
                if (kindWord != null && kind(kindWord) != null && priority(kindWord) > candidate.kindPriority) {
                    candidate.kind = kind(kindWord);
                    candidate.kindPriority = priority(kindWord);
                    candidate.collectivity = collectivity;
                }
                Matcher acronym = ACRONYM_AFTER.matcher(text).region(matcher.end(nameGroup), text.length());
                if (acronym.lookingAt() && !NOT_TERRITORY.contains(Folding.fold(acronym.group(1)))
                        && !isPlace(acronym.group(1))) {
                    candidate.acronyms.add(acronym.group(1));
                }
            }
        }
        townOfTheTitlesPeople(text, titleEnd).ifPresent(town -> {
            Candidate candidate = candidates.computeIfAbsent(key(town), Candidate::new);
            candidate.namesTheContract = true;
            candidate.weight += WAYS.get(0).weight() * TITLE_WEIGHT;
            candidate.forms.add(town);
            candidate.first = 0;
            if (candidate.name == null) {
                candidate.name = town;
            }
        });
        if (candidates.isEmpty()) {
            return intercommunalityOfTownsNamed(text).or(() -> intercommunalityNamed(text))
                    .or(() -> communeNamed(text));
        }
        List<Candidate> merged = merge(new ArrayList<>(candidates.values()));
        // "une convention avec le PETR de l'Ariège": a name that is a whole département's is more often a partner's
        // than the contract's own; it wins only over lighter names.
        merged.sort(Comparator.comparingDouble((Candidate c) -> c.weight).reversed()
                .thenComparing(c -> Gazetteer.bundled().departementNamed(c.name).isPresent())
                .thenComparingInt(c -> c.first));
        Candidate best = merged.get(0);
        // "les collectivités d'Océan Marais de Monts et de Challans Gois se sont associées": a name joined to the
        // territory's by "et" carries the same contract; users ask by either.
        List<Candidate> partners = merged.stream().skip(1).filter(c -> joinedByEt(best, c, text)).toList();
        List<String> others = merged.stream().skip(1).filter(c -> c.weight >= 0.7 * best.weight)
                .filter(c -> !partners.contains(c)).map(c -> c.name).toList();
        Territory territory = territory(best, text);
        Optional<Epci> spelled = intercommunalitySpelled(best.name, text);
        if (spelled.isPresent()) {
            // "le Contrat Local de Santé (CLS) de la 4CPS": users also ask by the name the acronym stands for.
            Territory named = forReview(spelled.get(), text).territory();
            return Optional.of(new Result(named.alsoKnownAs(best.forms), best.weight, others));
        }
        Optional<String> titleTown = townOfTheTitleLine(text, best.name);
        if (titleTown.isPresent()) {
            // "AUBERVILLIERS … Portant sur la Commune d'Auevillies": a text whose letters were lost in extraction
            // names the commune right only in its title.
            List<String> aliases = new ArrayList<>(List.of(titleTown.get()));
            aliases.addAll(best.forms);
            return Optional.of(new Result(new Territory(titleTown.get(), titleTown.get(), "commune",
                    departement(text), region(text), aliases), best.weight, others));
        }
        for (Candidate partner : partners) {
            territory = territory.alsoKnownAs(partner.forms);
        }
        if (DEMONYM.matcher(best.name).matches() && Gazetteer.bundled().communesNamed(best.name).isEmpty()) {
            // "Contrat Local de Santé Blésois … le Maire de Blois": a people's adjective names no place of the map;
            // the commune the text also names is where users will say the contract is. Not for a pays, which groups
            // many communes: one of them is not the pays.
            territory = territory.alsoKnownAs(merged.stream().skip(1)
                    .filter(c -> !Gazetteer.bundled().communesNamed(c.name).isEmpty()).map(c -> c.name).toList());
        }
        if (placeOfTheMap(best.name) == null) {
            // "le CLS Est-Béarn … les enjeux de santé sur le Pays de Nay": a contract named by no place of the map,
            // in a text that names one intercommunality as a place, is that intercommunality's; users ask by its
            // name. Never one a body is named after ("la CPTS du Haut-Chablais").
            List<Epci> named = List.copyOf(Gazetteer.bundled().epcisNamedIn(text).keySet());
            if (named.size() == 1 && namedAsAPlace(named.get(0).shortName(), text)) {
                territory = territory.alsoKnownAs(List.of(named.get(0).shortName()));
            }
        }
        List<Candidate> contractNames = merged.stream().filter(c -> c.namesTheContract).toList();
        if (!best.namesTheContract && contractNames.size() == 1) {
            // The carrier is named most ("la communauté de communes du Fiumorbu Castellu a signé"), the contract
            // by another name ("le contrat de la Plaine Orientale"): users will ask by either.
            territory = territory.alsoKnownAs(contractNames.get(0).forms);
        }
        return Optional.of(new Result(territory, best.weight, others));
    }

    /**
     * "La Communauté urbaine renouvelle son CLS … salle Raoul Dufy du Havre": the text names the kind of
     * intercommunality but not its name. The intercommunality of that kind holding the towns the text names is the
     * territory, if there is exactly one; it is written for review, never as sure.
     */
    private Optional<Result> intercommunalityOfTownsNamed(String text) {
        Matcher bare = BARE_KIND.matcher(text);
        Set<String> wanted = new LinkedHashSet<>();
        while (bare.find()) {
            String type = EPCI_TYPE_OF_KIND.get(Folding.fold(bare.group(1)).replace('’', '\''));
            if (type != null) {
                wanted.add(type);
            }
        }
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        Map<String, Integer> votes = new LinkedHashMap<>();
        Matcher town = TOWN.matcher(text);
        while (town.find()) {
            if (NEXT_CAPITALISED.matcher(text).region(town.end(), text.length()).lookingAt()) {
                // "du Grand Autunois Morvan": the first word of a longer name, not the town Grand (Vosges).
                continue;
            }
            String article = town.group(1) == null ? "" : town.group(1).equals("du") ? "Le " : town.group(1)
                    .equals("des") ? "Les " : "";
            for (String name : List.of(article + town.group(2), town.group(2))) {
                List<Commune> communes = gazetteer.communesNamed(name);
                if (communes.size() == 1) {
                    gazetteer.epciOf(communes.get(0)).filter(e -> wanted.contains(e.type()))
                            .ifPresent(e -> votes.merge(e.siren(), 1, Integer::sum));
                    break;
                }
            }
        }
        if (votes.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(forReview(gazetteer.epci(votes.keySet().iterator().next()).orElseThrow(), text));
    }

    /**
     * A text that names its territory in none of the usual ways may still name an intercommunality of the map, as
     * a name of two words or more ("Auray Quiberon Terre Atlantique", "Loue-Lison"): the one it names most is the
     * territory, written for review.
     */
    private Optional<Result> intercommunalityNamed(String text) {
        Set<String> departements = departementsOfTheText(text);
        List<Map.Entry<Epci, Integer>> named = Gazetteer.bundled().epcisNamedIn(text).entrySet().stream()
                .filter(e -> lies(e.getKey(), departements))
                .sorted(Map.Entry.<Epci, Integer>comparingByValue().reversed()).toList();
        if (named.isEmpty() || named.size() > 1 && named.get(1).getValue().equals(named.get(0).getValue())) {
            return Optional.empty();
        }
        return Optional.of(forReview(named.get(0).getKey(), text));
    }

    /**
     * "Vaulx-en-Velin se mobilise pour …": a page that names no collectivity in any usual way but names a commune of
     * the map, one only by that name, more often than any other: that commune, written for review.
     */
    private Optional<Result> communeNamed(String text) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Map<String, Integer> counts = new LinkedHashMap<>();
        // A name's commune, or the two towns it joins ("Aubusson-Felletin").
        Map<String, List<Commune>> communes = new HashMap<>();
        Set<String> departements = departementsOfTheText(text);
        Matcher word = CAPITALISED_PLACE.matcher(text);
        while (word.find()) {
            String name = word.group();
            Matcher article = ARTICLE_OF_NAME.matcher(text.substring(Math.max(0, word.start() - 4), word.start()));
            if (article.find() && !gazetteer.communesNamed(article.group(1) + name).isEmpty()) {
                // "enjeux spécifiques de La Madeleine": the article is part of the commune's name.
                name = article.group(1) + name;
            }
            // "George Sand", "Jean Jaurès": part of a longer proper name, not a commune.
            boolean afterName = PROPER_WORD_BEFORE.matcher(text.substring(Math.max(0, word.start() - 30),
                    word.start())).find();
            String folded = Folding.fold(name);
            // "Laurie Pierre, coordinatrice": a first name before a capitalised word is a person's, not Laurie
            // (Cantal).
            boolean firstName = recognizer.isFirstName(folded) && NEXT_CAPITALISED.matcher(text)
                    .region(word.end(), text.length()).lookingAt();
            if (name.length() < 4 || afterName || firstName || NOT_TERRITORY.contains(folded) || isRegion(name)
                    || gazetteer.departementNamed(name).isPresent()) {
                continue;
            }
            List<Commune> named = communes.computeIfAbsent(name, n -> {
                List<Commune> all = gazetteer.communesNamed(n);
                return all.isEmpty() ? orShortFor(townsJoined(n), n, departements) : all.size() == 1 ? all
                        : orShortFor(inside(all, departements), n, departements);
            });
            if (!named.isEmpty()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
            return Optional.empty();
        }
        String found = ranked.get(0).getKey();
        List<Commune> towns = communes.get(found);
        if (towns.size() == 2) {
            // "L'un pour Bourganeuf-Royère, l'autre pour Aubusson-Felletin": two towns joined name their contract.
            List<String> codes = towns.stream().map(Commune::insee).toList();
            String departement = gazetteer.departement(towns.get(0).departementCode()).map(Departement::name)
                    .orElse(departement(text));
            return Optional.of(new Result(new Territory(found, found, null, departement, region(text),
                    new ArrayList<>(List.of(found)), null, codes), SURE - 1, List.of()));
        }
        String name = towns.get(0).name();
        List<String> aliases = new ArrayList<>(List.of(name));
        intercommunalityCarriedBy(towns.get(0)).ifPresent(aliases::add);
        return Optional.of(new Result(new Territory(name, name, "commune", departement(text), region(text),
                aliases), SURE - 1, List.of()));
    }

    /**
     * The one commune of {@code communes} in the départements the text names, or none: "Savigny" on a page that names
     * the « Département 77 ».
     */
    private static List<Commune> inside(List<Commune> communes, Set<String> departements) {
        List<Commune> inside = communes.stream().filter(c -> departements.contains(c.departementCode())).toList();
        return inside.size() == 1 ? inside : List.of();
    }

    /**
     * {@code found}, or else the one commune of the text's départements whose longer name the name starts: « Savigny »
     * for Savigny-le-Temple on a page of Seine-et-Marne, as its people call it.
     */
    private static List<Commune> orShortFor(List<Commune> found, String name, Set<String> departements) {
        if (!found.isEmpty() || departements.isEmpty()) {
            return found;
        }
        return inside(Gazetteer.bundled().communesNamedStartingWith(name), departements);
    }

    /**
     * "Le contrat signé mercredi 11 décembre 2019 à Ornans": a page that names only a town may be the contract of
     * the intercommunality that town carries (its largest commune), and users ask by the intercommunality's name
     * (« cls loue lison »). Never for a town that is one commune among bigger ones (Vaulx-en-Velin in Lyon's).
     */
    private static Optional<String> intercommunalityCarriedBy(Commune town) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return gazetteer.epciOf(town).filter(epci -> gazetteer.members(epci).stream()
                .allMatch(c -> c.population() <= town.population())).map(Epci::shortName)
                .filter(n -> !Folding.key(n).equals(Folding.key(town.name())));
    }

    /**
     * The towns of a name made of two town names joined by a hyphen ("Aubusson-Felletin", "Charlieu-Belmont"): the
     * one pair of communes of those names in the same département; empty when the name is not such a pair.
     */
    private static List<Commune> townsJoined(String name) {
        String[] parts = name.split("-");
        if (parts.length != 2 || parts[0].length() < 4 || parts[1].length() < 4) {
            return List.of();
        }
        List<List<Commune>> pairs = new ArrayList<>();
        for (Commune one : Gazetteer.bundled().communesNamed(parts[0])) {
            for (Commune other : Gazetteer.bundled().communesNamed(parts[1])) {
                if (one.departementCode().equals(other.departementCode())) {
                    pairs.add(List.of(one, other));
                }
            }
        }
        return pairs.size() == 1 ? pairs.get(0) : List.of();
    }

    private Result forReview(Epci epci, String text) {
        String name = epci.shortName();
        String kind = switch (epci.type()) {
            case "CU" -> "communauté urbaine";
            case "CC" -> "communauté de communes";
            case "CA" -> "communauté d'agglomération";
            default -> "métropole";
        };
        List<String> aliases = new ArrayList<>(List.of(name, epci.name()));
        String first = LeadingArticle.strip(name).split(" ")[0];
        if (first.length() >= 4 && !KIND_WORDS.contains(Folding.fold(first)) && !SHARED_FIRST_WORDS.contains(
                Folding.fold(first)) && !LONE_GEOGRAPHIC_NOUN.matcher(first).matches()) {
            // "Pays d'Evian Vallée d'Abondance": "Pays" alone names every pays.
            aliases.add(first);
        }
        return new Result(new Territory(name, kind.substring(0, 1).toUpperCase(Locale.ROOT)
                + kind.substring(1) + " " + name, kind, departement(text), region(text), aliases), SURE - 1,
                List.of());
    }

    /**
     * "Entre Beauce et Perche": a name holds "et" when the map knows an intercommunality by the longer name; "les villes
     * d'Évry et Courcouronnes" are the commune the map knows as Évry-Courcouronnes (two towns merged into one take
     * both names); elsewhere "et" joins two names ("le PETR et la CPAM").
     */
    private static String withEtOfTheMap(String name, String text, int end) {
        Matcher more = ET_WORD.matcher(text).region(end, text.length());
        if (!more.lookingAt()) {
            return name;
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        if (!gazetteer.epcisNamed(name + " et " + more.group(1)).isEmpty()) {
            return name + " et " + more.group(1);
        }
        if (departementNamedExactly(name).isPresent() && gazetteer.communesNamed(more.group(1)).isEmpty()) {
            // "le CLS de Marne et Chantereine": a département's name is only the first part of an intercommunality's
            // when it goes on with a name that is no town ("la Ville de Marne et Saint-Dizier" would be two).
            return name + " et " + more.group(1);
        }
        List<Commune> merged = gazetteer.communesNamed(name + "-" + more.group(1));
        return merged.size() == 1 ? merged.get(0).name() : name;
    }

    /**
     * The one intercommunality of the map whose initials {@code name} spells, when it is an acronym the map does not
     * know by name ("4CPS", "CCPEVA"); with several, the one of the départements or communes the text names.
     */
    private static Optional<Epci> intercommunalitySpelled(String name, String text) {
        Gazetteer gazetteer = Gazetteer.bundled();
        if (!ACRONYM.matcher(name).matches() || !gazetteer.epcisNamed(name).isEmpty()
                || !gazetteer.communesNamed(name).isEmpty()) {
            return Optional.empty();
        }
        List<Epci> epcis = gazetteer.epcisWithAcronym(name);
        if (epcis.size() > 1) {
            Set<String> departements = gazetteer.departementCodesIn(text);
            String folded = " " + Folding.key(text) + " ";
            epcis = epcis.stream().filter(epci -> gazetteer.members(epci).stream().anyMatch(commune ->
                    departements.contains(commune.departementCode())
                            || folded.contains(" " + Folding.key(commune.name()) + " "))).toList();
        }
        return epcis.size() == 1 ? Optional.of(epcis.get(0)) : Optional.empty();
    }

    /**
     * The commune the first line of {@code text} names alone ("AUBERVILLIERS"), when {@code name}, the name the text
     * gives most, is no place of the map and keeps, in order, most of that commune's letters: the same name with
     * letters lost. Empty otherwise.
     */
    private static Optional<String> townOfTheTitleLine(String text, String name) {
        String title = text.strip().lines().findFirst().orElse("").strip();
        String key = key(name);
        if (title.length() < 4 || placeOfTheMap(name) != null || !Gazetteer.bundled().epcisNamed(name).isEmpty()) {
            return Optional.empty();
        }
        List<Commune> communes = Gazetteer.bundled().communesNamed(title);
        if (communes.isEmpty()) {
            return Optional.empty();
        }
        String town = Folding.key(communes.get(0).name());
        boolean lettersLost = key.length() >= 0.6 * town.length() && key.length() < town.length()
                && isSubsequence(key, town);
        return lettersLost ? Optional.of(communes.get(0).name()) : Optional.empty();
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length();
    }

    /**
     * "Un contrat pour la santé des Allonnais … les villes d'Allonnes, Coulaines, Le Mans": a title naming the
     * people of a town names the town the text also names, whose name starts like the people's; empty when the text
     * names no such town or several.
     */
    private static Optional<String> townOfTheTitlesPeople(String text, int titleEnd) {
        Matcher people = PEOPLE.matcher(text).region(0, titleEnd);
        Set<String> towns = new LinkedHashSet<>();
        while (people.find()) {
            String folded = Folding.fold(people.group());
            Matcher suffix = FOLDED_PEOPLE_SUFFIX.matcher(folded);
            if (!suffix.find() || PAYS_BEFORE.matcher(text.substring(Math.max(0, people.start() - 6),
                    people.start())).find()) {
                // "le Pays Lormois" is a pays, not the town of Lormes.
                continue;
            }
            String stem = folded.substring(0, suffix.start());
            // "Redonnais" for Redon, "Allonnais" for Allonnes: the people's name may double the town's last letter.
            String single = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    ? stem.substring(0, stem.length() - 1) : stem;
            Matcher place = CAPITALISED_PLACE.matcher(text);
            while (place.find()) {
                String name = Folding.fold(place.group());
                String start = name.startsWith(stem) ? stem : single;
                if (name.startsWith(start) && name.length() - start.length() <= TOWN_AFTER_DEMONYM_STEM
                        && !name.equals(folded)) {
                    Gazetteer.bundled().communesNamed(place.group()).stream().findFirst()
                            .ifPresent(town -> towns.add(town.name()));
                }
            }
        }
        return towns.size() == 1 ? Optional.of(towns.iterator().next()) : Optional.empty();
    }

    /**
     * "CONTRAT LOCAL DE SANTE DU TERRITOIRE BEZIERS MEDITERRANEE - Agence Régionale de Santé", "Contrat Local de
     * Santé EXTRAIT DU REGISTRE DES DELIBERATIONS": capitals do not tell a name from a shouted heading. The longest
     * start of the name that is a commune or an intercommunality of the map, written as the map writes it; null
     * when none is.
     */
    private static String placeOfTheMap(String name) {
        Gazetteer gazetteer = Gazetteer.bundled();
        // "CONTRAT LOCAL DE SANTE DE LA COURNEUVE": in capitals, the preposition is read as the name's first word.
        String[] words = SPACED_DASH.split(name.replaceFirst("^(?:DE|DU|DES|D['’])\\s*(?=\\p{Lu})", ""), 2)[0].strip()
                .split(" ");
        for (int end = words.length; end > 0; end--) {
            String start = String.join(" ", Arrays.copyOfRange(words, 0, end));
            List<Epci> epcis = gazetteer.epcisNamed(start);
            if (!epcis.isEmpty()) {
                return epcis.get(0).shortName();
            }
            List<Commune> communes = gazetteer.communesNamed(start);
            if (!communes.isEmpty()) {
                return communes.get(0).name();
            }
        }
        return null;
    }

    /** True when {@code name} follows, somewhere in {@code text}, words that put a place: "sur le", "territoire du". */
    private static boolean namedAsAPlace(String name, String text) {
        String folded = Folding.fold(text);
        String key = Folding.fold(name);
        for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
            if (PLACE_BEFORE.matcher(folded.substring(Math.max(0, at - PLACE_BEFORE_REACH), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Salle MIELLE – Troyes Champagne Métropole": a room named before the territory that houses it. */
    private static String withoutLeadingVenue(String name) {
        Matcher venue = LEADING_VENUE.matcher(name);
        return venue.lookingAt() ? name.substring(venue.end()) : name;
    }

    /** "Vice-Présidente de Saint-Louis Agglomération" names a person's role; the territory is what follows. */
    private String withoutLeadingRole(String name) {
        Matcher role = LEADING_ROLE.matcher(name);
        if (role.lookingAt() && recognizer.role(Folding.fold(role.group(1))) != null) {
            return name.substring(role.end());
        }
        return name;
    }

    /** "l'Alta Rocca Pierre Marcellesi": a name run on into the person who speaks for it ends before the person. */
    private String withoutTrailingPerson(String name) {
        Matcher role = ARTICLE_THEN_WORD.matcher(name);
        while (role.find()) {
            if (recognizer.role(Folding.fold(role.group(1))) != null) {
                // "Le Maire de Bagnolet Le Préfet de la Seine-Saint-Denis", "Sevran Directeur Général de l'ARS": a
                // signature line names the next party.
                return name.substring(0, role.start()).strip();
            }
        }
        String[] words = name.split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (recognizer.isFirstName(Folding.fold(words[i])) && words.length - i <= 3
                    && !KIND_WORDS.contains(Folding.fold(words[words.length - 1]))) {
                // "Saint-Nazaire - Christian Robert": the dash went with the person.
                return String.join(" ", Arrays.copyOfRange(words, 0, i)).replaceAll("\\s*[-–—]$", "");
            }
        }
        return name;
    }

    /** "Jean VALADIER", "Marie Dupont": a first name then a surname is a person, not a territory. */
    private boolean looksLikePerson(String name) {
        String[] words = name.split(" ");
        return words.length >= 2 && words.length <= 3 && recognizer.isFirstName(Folding.fold(words[0]))
                && !KIND_WORDS.contains(Folding.fold(words[words.length - 1]));
    }

    /** " Communauté", "La Communauté": a kind word with no name. */
    private static boolean onlyKindWords(String name) {
        for (String word : Folding.fold(name).split("[ \\-’']+")) {
            if (!word.isEmpty() && !KIND_WORDS.contains(word) && !ARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Names of which one extends the other ("Grand Saint-Dizier" and "Grand Saint-Dizier, Der & Vallées") merge. */
    private static List<Candidate> merge(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.key.length()).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Candidate into = kept.stream().filter(k -> k.key.startsWith(candidate.key)
                    || k.key.endsWith(candidate.key) || byAcronym(candidate, k) || byAcronym(k, candidate))
                    .findFirst().orElse(null);
            if (into == null) {
                kept.add(candidate);
                continue;
            }
            into.weight += candidate.weight;
            into.forms.addAll(candidate.forms);
            into.acronyms.addAll(candidate.acronyms);
            into.collectivities.addAll(candidate.collectivities);
            into.first = Math.min(into.first, candidate.first);
            into.namesTheContract |= candidate.namesTheContract;
            if (candidate.kindPriority > into.kindPriority) {
                into.kind = candidate.kind;
                into.kindPriority = candidate.kindPriority;
                into.collectivity = candidate.collectivity;
            }
        }
        return kept;
    }

    /**
     * "Les communautés de communes du Bassin Auterivain, Cœur de Garonne et du Volvestre se sont réunies pour signer le
     * CLS", "les collectivités d'Océan Marais de Monts et de Challans Gois": the territories listed with the
     * contract's under a plural kind share it; users ask by any of them. Never towns ("les villes de Vitry et
     * Villejuif" may each sign their own).
     */
    private static List<String> listedWith(List<String> forms, String text) {
        Set<String> keys = new HashSet<>(forms.stream().map(TerritoryExtractor::key).toList());
        Matcher list = PLURAL_KIND_LIST.matcher(text);
        while (list.find()) {
            List<String> names = Arrays.stream(LIST_JOINER.split(list.group(1))).map(String::strip)
                    .map(name -> LIST_ARTICLE.matcher(name).replaceFirst("")).toList();
            if (names.stream().anyMatch(name -> keys.contains(key(name)))) {
                return names.stream().filter(name -> !keys.contains(key(name)) && key(name).length() >= 3).toList();
            }
        }
        return List.of();
    }

    private static boolean joinedByEt(Candidate one, Candidate other, String text) {
        for (String a : one.forms) {
            for (String b : other.forms) {
                if (Pattern.compile(Pattern.quote(a) + JOINER + Pattern.quote(b) + "|" + Pattern.quote(b) + JOINER
                        + Pattern.quote(a)).matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A département, région or commune name in brackets locates what precedes it: "(Gers)", "(Libourne)". */
    private static boolean isPlace(String word) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return isRegion(word) || !gazetteer.departementCodesIn(word).isEmpty()
                || !gazetteer.communesNamed(word).isEmpty();
    }

    /** "le Pays COB" names the "Centre Ouest Bretagne (COB)": a name ending with another's acronym is that one. */
    private static boolean byAcronym(Candidate named, Candidate other) {
        String[] words = named.name.split(" ");
        String last = Folding.fold(words[words.length - 1]);
        return words.length > 1 && other.acronyms.stream().anyMatch(a -> Folding.fold(a).equals(last));
    }

    private static Territory territory(Candidate best, String text) {
        String written = withWordBefore(best.forms.stream().max(Comparator.comparingInt(String::length))
                .orElse(best.name), text);
        String departement = departement(text);
        String name = fullCommuneName(withoutLeadingKind(written), departement);
        Set<String> aliases = new LinkedHashSet<>(best.forms);
        aliases.add(written);
        aliases.removeIf(form -> LONE_DIRECTION.matcher(form).matches());
        aliases.add(name);
        aliases.addAll(best.acronyms);
        aliases.addAll(expansionsOfAcronyms(name, text));
        String stripped = name.replaceAll("\\s+(?:Communauté|Agglo|Agglomération|Métropole)$", "");
        aliases.add(stripped);
        String firstWord = stripped.split(" ")[0];
        if (firstWord.length() >= 8 && firstWord.chars().skip(1).anyMatch(Character::isUpperCase)) {
            aliases.add(firstWord);
        }
        if (best.collectivity != null) {
            aliases.add(best.collectivity);
        }
        aliases.addAll(best.collectivities);
        List<String> communes = "pays".equals(best.kind) ? communesOfPays(name, text) : List.of();
        return new Territory(name, best.collectivity == null ? name : best.collectivity, best.kind,
                departement, region(text), new ArrayList<>(aliases), null, communes);
    }

    /**
     * "Du PETR Nivernais Morvan" (a title in capitals), "Les Communautés de Communes du Montmorillonnais", "Communes
     * Erdre & Gesvres": the name without the words that only say what kind of territory it is.
     */
    private static String withoutLeadingKind(String name) {
        String stripped = LEADING_KIND.matcher(name).replaceFirst("");
        return stripped.length() >= 3 ? stripped : name;
    }

    /**
     * "la Ville de Clermont" beside "la Préfecture du Puy-de-Dôme": a town named by the first word of its name, when
     * the département the text names has no commune of that name and exactly one whose name begins with it.
     */
    private static String fullCommuneName(String name, String departementName) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Optional<Departement> departement = departementName == null ? Optional.empty()
                : gazetteer.departementNamed(departementName);
        if (departement.isEmpty() || name.contains(" ") || gazetteer.communesNamed(name).stream()
                .anyMatch(c -> c.departementCode().equals(departement.get().code()))) {
            return name;
        }
        List<Commune> longer = gazetteer.communesNamedStartingWith(name).stream()
                .filter(c -> c.departementCode().equals(departement.get().code())).toList();
        return longer.size() == 1 ? longer.get(0).name() : name;
    }

    /**
     * "la communauté d'agglomération du Sud", which the text calls "l'Espace Sud": a name that is a lone direction
     * is the name the text writes with a word before it, when it does so at least twice.
     */
    private static String withWordBefore(String name, String text) {
        if (!LONE_DIRECTION.matcher(name).matches()) {
            return name;
        }
        Map<String, Integer> longer = new LinkedHashMap<>();
        Matcher before = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+ " + name + ")\\b").matcher(text);
        while (before.find()) {
            longer.merge(before.group(1), 1, Integer::sum);
        }
        return longer.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(name);
    }

    /**
     * "le CLS APS CNJ", the text saying "Arbois Poligny Salins (APS) et Champagnole Nozeroy Jura (CNJ)": the names an
     * acronym of the territory's name stands for, as written before it in brackets, initials matching.
     */
    private static List<String> expansionsOfAcronyms(String name, String text) {
        List<String> expansions = new ArrayList<>();
        for (String word : name.split("\\s+")) {
            if (!word.matches("\\p{Lu}{2,8}")) {
                continue;
            }
            Matcher bracket = Pattern.compile("\\(" + word + "\\)").matcher(text);
            while (bracket.find()) {
                String expansion = wordsWithInitials(text.substring(Math.max(0, bracket.start() - 150),
                        bracket.start()).strip(), word);
                if (expansion != null) {
                    expansions.add(expansion);
                    break;
                }
            }
        }
        return expansions;
    }

    /** The words ending {@code before} whose capitals spell {@code acronym}, small words between them allowed. */
    private static String wordsWithInitials(String before, String acronym) {
        String[] words = before.split("\\s+");
        int letter = acronym.length() - 1;
        int first = words.length;
        for (int i = words.length - 1; i >= 0 && letter >= 0; i--) {
            String word = words[i];
            if (SMALL_WORD.matcher(word).matches()) {
                continue;
            }
            if (word.isEmpty() || Character.toUpperCase(word.charAt(0)) != acronym.charAt(letter)
                    || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            letter--;
            first = i;
        }
        return letter < 0 ? String.join(" ", Arrays.copyOfRange(words, first, words.length)) : null;
    }

    /**
     * A pays or PETR groups intercommunalities, which its text names as partners ("les Communautés de communes des
     * Collines du Perche et du Perche Haut Vendômois") or whose names share its own ("Territoires Vendômois" for the
     * Pays Vendômois). The INSEE codes of their communes when the text names at least one of them, all in one
     * département; none otherwise (the link is then left to review).
     */
    private static List<String> communesOfPays(String name, String text) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Set<String> textsDepartements = departementsOfTheText(text);
        Set<Epci> named = new LinkedHashSet<>(gazetteer.epcisNamedIn(text).keySet());
        named.removeIf(epci -> !lies(epci, textsDepartements));
        if (named.isEmpty()) {
            return List.of();
        }
        Set<Epci> group = new LinkedHashSet<>(named);
        group.addAll(new TerritoryResolver(gazetteer).epcisSharingTheWordsOf(name));
        Set<String> departements = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>();
        for (Epci epci : group) {
            for (Commune commune : gazetteer.members(epci)) {
                codes.add(commune.insee());
                departements.add(commune.departementCode());
            }
        }
        return departements.size() == 1 ? codes : List.of();
    }

    /**
     * The départements of the département or région the text names (none when it names neither): an
     * intercommunality elsewhere is not the text's, "Centre Ouest Bretagne" names no CC du Centre-Ouest of Mayotte.
     */
    private static Set<String> departementsOfTheText(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String place : Arrays.asList(departement(text), region(text))) {
            if (place != null) {
                codes.addAll(Gazetteer.bundled().departementCodesIn(place));
            }
        }
        return codes;
    }

    private static boolean lies(Epci epci, Set<String> departements) {
        return departements.isEmpty() || Gazetteer.bundled().members(epci).stream()
                .anyMatch(c -> departements.contains(c.departementCode()));
    }

    /**
     * "Contrat Local de Santé ⏎ des Territoires Ruraux ⏎ de l’Orléanais": a cover page breaks its title over short
     * lines. Among the first lines, one that goes on with "de", "du", "des", "d’" or "et" and a capital joins the
     * line before when that one is short and does not end a sentence; anywhere, the contract's name alone on a line
     * joins the line below that starts with "de", "du", "des" or "d’" (a title after a page's menu).
     */
    private static String withTitleLinesJoined(String document) {
        String text = CONTRACT_NAME_LINE.matcher(document).replaceAll("$1 $2");
        StringBuilder joined = new StringBuilder(text.length());
        String previous = null;
        int lines = 0;
        int at = 0;
        while (at < text.length() && lines < TITLE_LINES) {
            int next = text.indexOf('\n', at);
            String line = (next < 0 ? text.substring(at) : text.substring(at, next)).strip();
            at = next < 0 ? text.length() : next + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            if (previous != null && previous.length() <= SHORT_TITLE_LINE && !SENTENCE_END.matcher(previous).find()
                    && CONTINUED_TITLE.matcher(line).lookingAt()) {
                previous = previous + " " + line;
            } else {
                if (previous != null) {
                    joined.append(previous).append('\n');
                }
                previous = line;
            }
        }
        if (previous != null) {
            joined.append(previous).append('\n');
        }
        return joined.append(text, at, text.length()).toString();
    }

    /** "PAYS BOURGOGNE NIVERNAISE" → "Pays Bourgogne Nivernaise", "VAL DE L'AVEN" → "Val de l'Aven". */
    private static String fromCapitals(String name) {
        StringBuilder written = new StringBuilder();
        Matcher word = WORD_OR_GAP.matcher(name);
        boolean first = true;
        while (word.find()) {
            String part = word.group();
            String lower = part.toLowerCase(Locale.ROOT);
            if (!Character.isLetter(part.charAt(0))) {
                written.append(part);
            } else if (!first && (SMALL_WORD.matcher(lower).matches() || lower.equals("l") || lower.equals("d"))) {
                written.append(lower);
            } else {
                written.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
            }
            first = false;
        }
        return written.toString();
    }

    /** The end of the first two lines: a name in a document's title counts more. */
    private static int titleEnd(String text) {
        int end = 0;
        int lines = 0;
        while (lines < 2 && end < text.length()) {
            int next = text.indexOf('\n', end);
            if (next < 0) {
                return text.length();
            }
            if (next > end) {
                lines++;
            }
            end = next + 1;
        }
        return end;
    }

    /** "des Mureaux" names "Les Mureaux", "du Haut-Allier" "le Haut-Allier": the article belongs to some names. */
    private static String articleBefore(String text, int start, boolean afterTown, String name) {
        String before = text.substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
        if (before.endsWith("du ")) {
            // "la ville du Port" is Le Port; elsewhere "du" is taken for the town's article when the map knows the
            // town so and not without it ("du Val Fleuri" is no "Le Val Fleuri").
            boolean known = afterTown ? !Gazetteer.bundled().communesNamed("Le " + name).isEmpty()
                    : knownOnlyWithItsArticle("Le ", name);
            return known ? "Le " : "";
        }
        return before.endsWith("des ") ? "Les " : "";
    }

    /** What joins a kind word to the name after it: "Pays de Serre" keeps its "de", "Pays Vendômois" a space. */
    private static String connective(String text, int kindEnd, int nameStart) {
        String between = text.substring(kindEnd, nameStart);
        return between.isBlank() ? " " : " " + between.strip() + (between.strip().endsWith("'")
                || between.strip().endsWith("’") ? "" : " ");
    }

    private static String display(String name, String article) {
        String bare = LeadingArticle.strip(name);
        if (!bare.equals(name) && article.isEmpty() && townsArticle(name, bare)) {
            // "Le Mans Métropole", "Pays de La Châtre-en-Berry": the article belongs to the town's name.
            return name;
        }
        if (LOWER_CASE_START.matcher(bare).lookingAt()) {
            // "du nord Franche-Comté", "l'île d'Oléron": the direction or the noun is part of the name.
            bare = Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
        }
        return article.isEmpty() ? bare : article + bare;
    }

    /**
     * True when the map knows the town by its name with the article and not without it ("Le Mans", "La Châtre" in
     * "La Châtre-en-Berry").
     */
    private static boolean townsArticle(String name, String bare) {
        String article = name.substring(0, name.length() - bare.length());
        String town = bare.split("[ \\-]")[0];
        return knownOnlyWithItsArticle(article, bare) || town.length() >= 3 && knownOnlyWithItsArticle(article, town);
    }

    /** True when the map knows a town as {@code article + name} and none as {@code name} alone ("Le Port"). */
    private static boolean knownOnlyWithItsArticle(String article, String name) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return !gazetteer.communesNamed(article + name).isEmpty() && gazetteer.communesNamed(name).isEmpty();
    }

    /** The département whose name is exactly {@code name}, never a near spelling of it, if any. */
    private static Optional<Departement> departementNamedExactly(String name) {
        return Gazetteer.bundled().departementNamed(name)
                .filter(d -> Folding.key(d.name()).equals(Folding.key(name)));
    }

    private static String trim(String name) {
        return NAME_END.matcher(name.strip()).replaceFirst("").strip()
                .replaceAll("(?: " + DOCUMENT_WORD + ")+$", "").replaceAll(" (?:Et|Ou|Dont|Qui)$", "")
                .replaceAll("[ \\-](?:sur|sous|en|de|du|des|la|le|les|d'|l'|aux|et|&)$", "")
                .replaceAll("[’',]$", "").strip();
    }

    private static String firstWord(String name) {
        String first = LeadingArticle.strip(name).split("[ \\-’']")[0];
        return Folding.fold(first);
    }

    /** How much a kind word says of the collectivity: an intercommunality's legal name beats "la ville", "le pays". */
    private static int priority(String kindWord) {
        String folded = Folding.fold(kindWord);
        if (folded.startsWith("pays") || folded.equals("entente")) {
            return 1;
        }
        if (folded.startsWith("ville") || folded.equals("commune") || folded.startsWith("maire")
                || folded.equals("mairie")) {
            return 2;
        }
        return 3;
    }

    private static boolean isRegion(String name) {
        String key = key(name);
        return REGIONS.stream().anyMatch(region -> Folding.key(region).equals(key))
                || FORMER_REGIONS.stream().anyMatch(region -> Folding.key(region).equals(key));
    }

    private static String kind(String word) {
        String folded = Folding.fold(word);
        if (folded.equals("territoire")) {
            return null;
        }
        if (folded.matches("communautes? des? communes.*")) {
            return "communauté de communes";
        }
        if (folded.equals("entente")) {
            // "l'entente Astarac": intercommunalities grouped for the contract, as a pays groups them.
            return "pays";
        }
        if (folded.contains("agglo") || folded.startsWith("communaute") || folded.startsWith("metropole")) {
            return "communauté d'agglomération";
        }
        if (folded.startsWith("syndicat") || folded.startsWith("pays") || folded.startsWith("petr")
                || folded.startsWith("pole") || folded.startsWith("parc") || folded.equals("pnr")) {
            // A parc naturel régional groups communes as a pays does.
            return "pays";
        }
        return "commune";
    }

    private static String collectivity(String kindWord, Matcher matcher, int kindGroup, int nameGroup, String text) {
        String folded = Folding.fold(kindWord);
        // "les villes d'Évry et Courcouronnes" are two collectivities, not one.
        if (folded.equals("pays") || folded.equals("mairie") || folded.equals("maire") || folded.equals("commune")
                || folded.equals("villes") || folded.equals("territoire")) {
            return null;
        }
        if (matcher.start(kindGroup) < matcher.start(nameGroup)) {
            // "les Communautés de Communes « Astarac Arros en Gascogne »" names one of them.
            String phrase = text.substring(matcher.start(kindGroup), matcher.end(nameGroup)).replaceFirst("«\\s*", "")
                    .replaceFirst("^(?iu:communautés)", "Communauté").replaceFirst("^(?iu:(communauté) des communes)",
                            "$1 de communes");
            return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        }
        return text.substring(matcher.start(nameGroup), matcher.end(kindGroup));
    }

    static String key(String name) {
        return Folding.key(LeadingArticle.strip(name));
    }

    /**
     * The département the State's or the council's name gives. "Le Conseil Départemental du Loiret La Caisse
     * Primaire…" (a list of signatories run together) names the Loiret: the longest start of the name that is a
     * département of the map.
     */
    private static String departement(String text) {
        Matcher matcher = DEPARTEMENT.matcher(text);
        if (!matcher.find()) {
            return departementNamedOtherwise(text);
        }
        String name = trim(matcher.group(1));
        List<String> words = Arrays.asList(name.split(" "));
        for (int size = words.size(); size > 0; size--) {
            Optional<Departement> onTheMap = Gazetteer.bundled().departementNamed(String.join(" ",
                    words.subList(0, size)));
            if (onTheMap.isPresent()) {
                return onTheMap.get().name();
            }
        }
        return name;
    }

    /**
     * "le Département 77", "en Saône-et-Loire": a text that never writes « département de X » may still name its
     * département by code or after « en » / « dans le »; only one such département is kept.
     */
    private static String departementNamedOtherwise(String text) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Set<String> names = new LinkedHashSet<>();
        Matcher code = DEPARTEMENT_CODE.matcher(text);
        while (code.find()) {
            gazetteer.departement(code.group(1)).ifPresent(d -> names.add(d.name()));
        }
        Matcher place = IN_A_PLACE.matcher(text);
        while (place.find()) {
            String name = place.group(1);
            departementNamedExactly(name).ifPresent(d -> names.add(d.name()));
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    private static String region(String text) {
        String folded = " " + Folding.fold(text).replaceAll("[^a-z0-9]+", " ") + " ";
        for (String region : REGIONS) {
            if (folded.contains(" " + Folding.fold(region).replaceAll("[^a-z0-9]+", " ") + " ")) {
                return region;
            }
        }
        return null;
    }
}
