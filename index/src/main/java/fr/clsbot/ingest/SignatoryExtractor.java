package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.Party;
import fr.clsbot.knowledge.ReviewNote;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.Territory;
import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisations that signed the current contract, however the text says it: "Signataires : A, B",
 * "signé par A, B et C", "cosigné entre A, B et C", "A, B et C ont signé", "A a signé son CLS avec : (list)", a title
 * "Contrat local de santé entre A, B et C". Only units about the current contract count (see
 * {@link ContractTimeline}). People present at the signing ("en présence de …") are not signatories; "les
 * représentants des quatorze partenaires" is a count, not a name; an item cut off by the end of the page keeps only
 * the organisation it names.
 */
final class SignatoryExtractor {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * "Les signataires sont : …", "Les signataires du Contrat dont la commune de X, l'ARS …" (not "treize signataires
     * dont …": a count said first, a few names after, is no list of them all; nor "À côté de ces signataires, le CLS
     * associe trois membres : …", another list).
     */
    private static final Pattern SIGNATORIES_ARE = Pattern.compile("(?:\\b(?:co-?)?signataires?\\b[^:,]{0,100}?:|\\b(?:les"
            + "|des)\\s+(?:co-?)?signataires(?:\\s+(?:du|de ce|de la)\\s+(?:contrat|CLS|convention)\\b)?\\s+(?:dont|sont"
            + "|étaient|seront)\\b)\\s*(.*)$", I);
    /**
     * "D'autres partenaires tels que l'Éducation nationale, la CAF et la CPAM sont également signataires": a list
     * before the word, after what introduces it when something does.
     */
    private static final Pattern ALSO_SIGNATORIES = Pattern.compile("^(?:.*?\\b(?:tel(?:le)?s que|comme|dont)\\s+)?"
            + "(.+?),?\\s+(?:sont|seront|étaient|sont aujourd['’]hui|sont désormais)\\s+(?:également\\s+|aussi\\s+)?"
            + "(?:co-?)?signataires\\b", I);
    /** "… aux côtés du Département, de la CPAM 74 et des CPTS": the others named beside. */
    private static final Pattern BESIDE = Pattern.compile("[^.;:]{0,30}?\\baux côtés\\s+((?:de la|de l['’]|du|des"
            + "|de|d['’])\\s*.+)$", I);
    /** The items of a list governed by "de": "du Département, de la CPAM 74 et des CPTS du Bas Chablais". */
    private static final Pattern BESIDE_ITEMS = Pattern.compile("\\s*,\\s*(?:et\\s+)?|\\s+et\\s+(?=(?:de la|de l['’]"
            + "|du|des|de|d['’])\\s*\\p{Lu})", I);
    /** "de la", "du", "des" starting such an item. */
    private static final Pattern ITEM_OF = Pattern.compile("^(de la|de l['’]|du|des|de|d['’])\\s*", I);
    /**
     * "signé … par …", "officialisé entre …", "est conclu, pour une durée de 5 ans …, entre :", "Ce contrat, conjoint
     * entre la préfecture, le département, l'ARS …".
     */
    private static final Pattern SIGNED_BY = Pattern.compile("\\b(?:(?:co-?)?(?:sign|officialis)(?:é|ée|és|ées)"
            + "|conclue?s?|conjointe?s?)\\b"
            + "([^.:;]{0,80}?)\\b(?:par|entre)\\s+(.+)$", I);
    private static final Pattern SIGNED_ACTIVE = Pattern.compile("^(.+?)\\s+(?:ont|a|avaient|avait|viennent d['’]|"
            + "vient d['’])\\s*(?:co-?)?(?:signé|officialisé|scellé|apposé (?:leurs?|sa|son) signatures?)\\b(.*)$"
            + "|^(.+?)\\s+(?:co-?)?(?:signent|officialisent|scellent)\\b(.*)$", I);
    /**
     * "Le Pays du Centre Bretagne, l'ARS … et la MSA s'engagent … dans le déploiement d'un Contrat Local de Santé":
     * the parties that commit to the contract sign it; not those that commit to set one up ("s'engagent à mettre en
     * place un CLS"), which is not signed yet.
     */
    private static final Pattern COMMIT = Pattern.compile("^(.+?)\\s+s['’ ]engagent\\b(?![^.]{0,20}?\\bà\\s)[^.]{0,60}?"
            + "\\bdans\\b[^.]{0,40}?\\b(?:contrat local de sant[ée]|CLS)\\b", I);
    /** A contract's title that names its parties: "CONTRAT LOCAL DE SANTE entre la Ville de X, l'ARS … et …". */
    private static final Pattern CONTRACT_BETWEEN = Pattern.compile("\\s*(?:le\\s+)?contrat local de sant[ée]\\b"
            + "[^.:;]{0,40}?\\bentre\\s+(.+)$", I);
    /** A contract's cover page: "Entre : La Préfecture … L'Agence Régionale de Santé … Le Conseil Départemental …". */
    private static final Pattern PARTIES_BETWEEN = Pattern.compile("entre\\s*:\\s*\\S", I);
    /** "Entre Monsieur le Maire de …, Monsieur le Préfet de …, … et Madame la directrice du GHT …". */
    private static final Pattern PARTIES_LISTED = Pattern.compile("\\s*entre\\s+((?:monsieur|madame|m\\.|mme|le|la|l['’])"
            + "[^,]+,[^,]+,.*)$", I);
    /** A cover page's "Entre" alone on its line, its parties on the lines below, the last after "Et". */
    private static final Pattern COVER_BETWEEN = Pattern.compile("\\s*entre\\s*:?\\s*", I);
    private static final Pattern COVER_LAST = Pattern.compile("et\\s+", I);
    /** How a party's line ends in a cover that punctuates its list: "M. Le Préfet du Loiret,". */
    private static final Pattern PARTY_END = Pattern.compile("[,;.]$");
    private static final int COVER_LINES = 8;
    /** The fewest parties a punctuated cover list with no "Et" must name to be taken for the signatories. */
    private static final int MIN_PUNCTUATED_PARTIES = 3;
    private static final Pattern WITH = Pattern.compile("\\bavec\\s*:?\\s*(.*)$", I);
    /** Where a list of names ends: a clause that says something of them, or people present. */
    private static final Pattern LIST_END = Pattern.compile(",?\\s+en présence d|,\\s*(?:est|sont|a|ont|pour|afin|"
            + "qui|lors|dans le cadre)\\b|,\\s*s['’]\\p{L}+(?:ent|aient)\\b|\\s+(?:pour une durée|pour la période)\\b"
            + "|(?-i:\\s+(?:un|une|le|la|son|leur)\\s+(?:premier|première|nouveau|nouvelle|second|seconde|deuxième"
            + "|contrat|CLS)(?![\\p{L}-]))|\\s*[«“\"]|…(?!])", I);
    /** Words that link an item to the list without being part of its name ("mais aussi la Région"). */
    private static final Pattern LINK = Pattern.compile("^(?:et|ainsi que|mais aussi|en lien avec|avec|ou encore"
            + "|notamment|de même que|aux côtés de|sans oublier)\\s+", I);
    /** What links a sentence's names to the list it introduces: "… ainsi que par :", "… et :". */
    private static final Pattern TRAILING_LINK = Pattern.compile("\\s*(?:,?\\s*(?:ainsi que|et|mais aussi)"
            + "(?:\\s+(?:par|avec))?)?\\s*:?\\s*$", I);
    private static final Pattern SPLIT = Pattern.compile("\\s*[,;]\\s*(?:et\\s+|ainsi que\\s+)?|\\s+(?:et|ainsi que)\\s+"
            + "(?=(?:le|la|les|l'|l’|monsieur|madame)\\b)", I);
    private static final Pattern ARTICLE_NAME = Pattern.compile("^(?:le|la|les|l'|l’)\\s?\\p{Lu}");
    private static final Pattern CLAUSE_VERB = Pattern.compile("\\b(?:est|sont|était|étaient|qui|que|sera|seront)\\b",
            I);
    /**
     * Organisations of a kind in general ("les ARS", "les collectivités", "une Agence régionale de santé"), never one
     * signatory.
     */
    private static final Pattern KIND_IN_GENERAL = Pattern.compile("(?iu)(?:les|une?|des)\\s+(?:ARS|agences?"
            + "|collectivités?|communes?|villes?|intercommunalités?|EPCI|préfectures?|caisses?|établissements?"
            + "|acteurs)\\b");
    private static final Pattern AND_BEFORE = Pattern.compile("\\s+et\\s+");
    private static final Pattern CUT = Pattern.compile("\\[…]|\\[\\.\\.\\.]|…$");
    private static final Pattern COUNTED_TAIL = Pattern.compile("\\s+(?:et|avec)\\s+(?:ses|leurs|les)\\s.*$", I);
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|\\s|\\b(?:de|du|des))\\s*((?:le|la|les)\\s+|l['’])$",
            I);
    private static final Pattern SIGNING = Pattern.compile("\\b(?:co-?)?sign|officialis|scell");
    private static final java.util.Set<String> SIGNATORY_NOUNS = java.util.Set.of("partenaires", "signataires",
            "cosignataires", "co-signataires", "institutions");
    private static final Pattern ROLE_OF = Pattern.compile("(?:(?:monsieur|madame)\\s+)?(?:(?:le|la|l['’])\\s*)?"
            + "((?:vice-|sous-)?\\p{L}+)\\s+"
            + "(?:de la |de l['’]|du |des |de |d['’])", I);
    /** A signature block's "Représenté par son Directeur général, Monsieur Pierre PRIBILE" (cut or whole). */
    private static final Pattern REPRESENTED = Pattern.compile("^représent(?:é|ée|és|ées)?\\b(?:\\s+par\\s+(.*))?", I);
    private static final Pattern STATE_IN_LOWER_CASE = Pattern.compile("(?:la|le|l['’])\\s*(?:sous-préfecture|préfecture"
            + "|département|région|état)");
    private static final Pattern INLINE_REPRESENTED = Pattern.compile("(.{3,150}?)\\s+(?i:représent(?:é|ée|és|ées))"
            + "\\s+(?i:par)\\s+(.+)");
    /** What follows an organisation's name in a signature block: its building and address ("Le Diapason, 2, …"). */
    private static final Pattern ADDRESS = Pattern.compile("(?:\\s+(?:Le|La|Les)\\s+\\p{Lu}\\p{L}+)?,?\\s+\\d{1,4},?\\s+"
            + "(?i:rue|place|avenue|boulevard|bd|allée|chemin|route|quai|cours|impasse|square|esplanade)\\b.*$");
    private static final Pattern BLOCK_NAME = Pattern.compile("^(?i:le|la|les|l['’])\\s?\\p{Lu}");
    private static final Pattern CIVILITY = Pattern.compile("\\b(?:monsieur|madame|m\\.|mme)\\s+", I);
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:son|sa|ses|leur|le|la|l['’])\\s*", I);
    /** How far above its "Représenté par" line a block names its organisation (then its address lines). */
    private static final int BLOCK_LINES = 5;
    /** "le sous-préfet", "la préfète": an article and a role of one word. */
    private static final Pattern ROLE_ITEM = Pattern.compile("(?iu)(?:le|la|l['’])\\s*[\\p{L}-]+");
    private static final Pattern WHERE = Pattern.compile("(?:au sein d|à |au |aux |dans |lors d)", I);
    /** An item's first word, after its article: "sous-préfète" in "la sous-préfète de Lure". */
    private static final Pattern FIRST_WORD = Pattern.compile("(?:(?:le|la|l['’])\\s*)?([\\p{L}-]+)", I);
    /** "le Maire de la ", "la Directrice générale de l'": a role written right before the organisation it holds. */
    private static final Pattern ROLE_BEFORE_ORGANISATION = Pattern.compile("(?:^|[\\s,;:(])((?:[Ll]e|[Ll]a|[Ll]['’])\\s*"
            + "(\\p{L}[\\p{L}-]*)(?:\\s+\\p{L}+)?)\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*$");
    /** Kinds of organisation a territory has one of: the ARS, the State, the CPAM… known by their kind alone. */
    private static final Set<String> ONE_OF_A_KIND = Set.of("ars", "etat", "departement", "region",
            "assurance-maladie", "caf", "msa", "carsat", "education");
    private static final char PROTECTED_COMMA = '\u0001';
    private static final int MAX_NAME = 150;

    private final EntityRecognizer recognizer;

    SignatoryExtractor(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The signatories found, and what is to be checked. */
    record Found(List<Party> parties, List<ReviewNote> review) {
    }

    Found extract(Document document, ContractTimeline timeline, Territory territory, UnaryOperator<String> expand) {
        List<String> names = territory == null ? List.of() : territory.aliases();
        List<Party> parties = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Entity stated = null;
        String statedIn = null;
        Map<Unit, List<String>> commitments = new LinkedHashMap<>();
        boolean signingNamed = false;
        for (Unit unit : document.units()) {
            if (timeline.aboutAnother(unit) || unit.role() == SourceLine.Role.LIST_ITEM) {
                continue;
            }
            List<String> items = items(document, unit, names);
            if (!items.isEmpty() || SIGNING.matcher(unit.folded()).find()) {
                for (Entity count : unit.of(EntityType.COUNT)) {
                    if (SIGNATORY_NOUNS.contains(count.detail()) && stated == null) {
                        stated = count;
                        statedIn = unit.text();
                    }
                }
            }
            if (items.isEmpty()) {
                List<String> committed = commitments(unit, names);
                if (!committed.isEmpty()) {
                    commitments.put(unit, committed);
                }
                continue;
            }
            signingNamed = true;
            add(unit, items, names, parties, keys, expand);
        }
        List<Party> blocks = new ArrayList<>(signatureBlocks(document, timeline));
        blocks.addAll(coverParties(document, names));
        for (Party party : blocks) {
            String key = key(party.name());
            if (!key.isEmpty() && indexOf(keys, key) < 0) {
                keys.add(key);
                parties.add(new Party(expand.apply(party.name()), party.role(), party.quote(), null));
            }
        }
        withRepresentativesNamedElsewhere(document, timeline, parties);
        if (parties.isEmpty() && !signingNamed) {
            // "l'ARS … et la MSA s'engagent dans le déploiement d'un CLS" says who signs only when no sentence names
            // who signed, not even people ("le président Jean Valadier a signé avec …").
            commitments.forEach((unit, committed) -> add(unit, committed, names, parties, keys, expand));
        }
        List<ReviewNote> review = new ArrayList<>();
        if (stated != null && !parties.isEmpty()) {
            int count = Integer.parseInt(stated.value());
            // "la ville et ses 10 partenaires" counts the partners beside the one who names them.
            if (parties.size() != count && parties.size() != count + 1) {
                review.add(new ReviewNote("signatories", "à vérifier : le texte annonce " + stated.text() + ", "
                        + parties.size() + " signataires trouvés", statedIn));
            }
        }
        return new Found(parties, review);
    }

    /**
     * "Pontivy communauté et l'ARS ont signé …" then "Ce mardi 14 mars, Bernard Le Breton, président de Pontivy
     * communauté, et Élise Noguéra, directrice de l'ARS …, ont apposé leurs signatures": who signed for a party
     * another sentence about the signing names, by the party's name or, for the State's and the health
     * organisations, by its kind.
     */
    private void withRepresentativesNamedElsewhere(Document document, ContractTimeline timeline, List<Party> parties) {
        if (parties.stream().noneMatch(party -> party.role() == null)) {
            return;
        }
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byFamily = new HashMap<>();
        for (Unit unit : document.units()) {
            if (timeline.aboutAnother(unit) || unit.of(EntityType.PERSON).isEmpty()
                    || !SIGNING.matcher(unit.folded()).find()) {
                continue;
            }
            Map<String, String> representatives = representatives(unit);
            representatives.forEach(byName::putIfAbsent);
            for (Entity organisation : unit.of(EntityType.ORGANISATION)) {
                String representative = representatives.get(key(organisation.text()));
                if (representative != null && ONE_OF_A_KIND.contains(organisation.value())) {
                    byFamily.putIfAbsent(organisation.value(), representative);
                }
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (party.role() != null) {
                continue;
            }
            String representative = byName.get(key(party.name()));
            if (representative == null) {
                List<Entity> kinds = recognizer.organisations(party.name());
                representative = kinds.isEmpty() ? null : byFamily.get(kinds.get(0).value());
            }
            if (representative != null) {
                parties.set(i, new Party(party.name(), representative, party.quote(), party.source()));
            }
        }
    }

    /** Adds the parties {@code items} name, with who signed for each when the unit says. */
    private void add(Unit unit, List<String> items, List<String> names, List<Party> parties, List<String> keys,
                     UnaryOperator<String> expand) {
        Map<String, String> representatives = representatives(unit);
        List<String> named = new ArrayList<>(items.stream().map(item -> name(item, names)).toList());
        for (int i = 1; i < items.size(); i++) {
            if (named.get(i) == null && roleOfThePersonBefore(items.get(i - 1), items.get(i))) {
                // "…, Christine Torres, sous-préfète à la cohésion sociale": the State signs through her role.
                named.set(i, trimmed(items.get(i)));
            }
        }
        if (namesPeopleMostly(unit, items, named)) {
            // "signé entre François Boussard, son président, Pierre Ouvrard, … et Stéphan Domingo, directeur de
            // l'ARS": only the ARS would be kept; the sentence itself says who signed, and answers.
            return;
        }
        for (String name : named) {
            if (name == null) {
                continue;
            }
            String key = key(name);
            if (key.isEmpty()) {
                continue;
            }
            String representative = representatives.entrySet().stream()
                    .filter(r -> key.contains(r.getKey()) || r.getKey().contains(key)).map(Map.Entry::getValue)
                    .findFirst().orElseGet(() -> personBeside(unit, name));
            int known = indexOf(keys, key);
            if (known >= 0) {
                // A title names the parties, the sentence below says who signed for them.
                Party party = parties.get(known);
                if (party.role() == null && representative != null) {
                    parties.set(known, new Party(party.name(), representative, party.quote(), null));
                }
                continue;
            }
            keys.add(key);
            parties.add(new Party(expand.apply(name), representative, name, null));
        }
    }

    /**
     * The parties of a contract's own signature page: "Entre d'une part, L'Agence Régionale de Santé … Représentée
     * par son Directeur général, Monsieur Pierre PRIBILE. Et d'autre part, Le Pays … Représenté par son Président, …".
     * Each "Représenté par" line signs for the organisation named a few lines above it, after its address; a block cut
     * by the end of the page ("Représent […]") still names its organisation.
     */
    private List<Party> signatureBlocks(Document document, ContractTimeline timeline) {
        List<Unit> units = document.units();
        List<Party> found = new ArrayList<>();
        for (int i = 1; i < units.size(); i++) {
            if (timeline.aboutAnother(units.get(i))) {
                continue;
            }
            Matcher inline = INLINE_REPRESENTED.matcher(units.get(i).text());
            if (inline.matches() && BLOCK_NAME.matcher(inline.group(1)).lookingAt()) {
                // "La Communauté de Communes du Serein Représentée par sa Présidente, Madame Claudie CHAMPEAUX": the
                // block on one line, its address between the name and "Représentée".
                String name = ADDRESS.matcher(inline.group(1)).replaceFirst("").strip();
                found.add(new Party(name, representative(inline.group(2)), name, null));
                continue;
            }
            Matcher represented = REPRESENTED.matcher(units.get(i).text());
            if (!represented.lookingAt()) {
                continue;
            }
            // The block's lines are short lines (read as headings); its name is the first of them that starts
            // like a name ("Le Diapason", a building, comes after "L'Agence Régionale de Santé" it houses).
            Unit organisation = null;
            for (int j = i - 1; j >= Math.max(0, i - BLOCK_LINES); j--) {
                Unit above = units.get(j);
                if (above.role() != SourceLine.Role.HEADING || REPRESENTED.matcher(above.text()).lookingAt()) {
                    break;
                }
                if (BLOCK_NAME.matcher(above.text()).lookingAt() && above.text().length() <= MAX_NAME
                        && !above.text().matches(".*\\d.*")) {
                    organisation = above;
                }
            }
            if (organisation != null) {
                String name = organisation.text().strip();
                found.add(new Party(name, representative(represented.group(1)), name, null));
            }
        }
        return found;
    }

    /**
     * The parties of a contract's cover page, one per line between "Entre" and what follows them: "Entre / Le Préfet
     * de Loir et Cher / Le Directeur Général de l'Agence Régionale de Santé du Centre / Et le Maire de Blois / Pour la
     * période 2012-2014". Read once, for the first such block.
     */
    private List<Party> coverParties(Document document, List<String> names) {
        List<Unit> units = document.units();
        for (int i = 0; i < units.size(); i++) {
            if (!COVER_BETWEEN.matcher(units.get(i).text()).matches()) {
                continue;
            }
            List<Party> found = new ArrayList<>();
            boolean punctuated = true;
            for (String line : coverLines(units, i + 1)) {
                Matcher last = COVER_LAST.matcher(line);
                String name = name(last.lookingAt() ? line.substring(last.end()) : line, names);
                if (name == null || line.length() > MAX_NAME) {
                    break;
                }
                found.add(new Party(name, null, line, null));
                punctuated &= PARTY_END.matcher(line).find();
                if (last.lookingAt()) {
                    return found.size() >= 2 ? found : List.of();
                }
            }
            // Parties each ending with a comma (the last with a full stop) end where a line names no one: "Pour la
            // période 2015-2018".
            return punctuated && found.size() >= MIN_PUNCTUATED_PARTIES ? found : List.of();
        }
        return List.of();
    }

    /**
     * The lines of a cover's parties from {@code from} on, one per party. When the parties end with commas, a name run
     * onto the next line is joined back: "M. Le Directeur Général de l'Agence Régionale de Santé" / "Centre-Val de
     * Loire,".
     */
    private static List<String> coverLines(List<Unit> units, int from) {
        List<String> lines = new ArrayList<>();
        boolean punctuated = false;
        for (int j = from; j < Math.min(units.size(), from + 3 * COVER_LINES)
                && lines.size() < (punctuated ? 2 * COVER_LINES : COVER_LINES); j++) {
            String line = units.get(j).text().strip();
            int last = lines.size() - 1;
            if (punctuated && last >= 0 && !PARTY_END.matcher(lines.get(last)).find()) {
                lines.set(last, lines.get(last) + " " + line);
            } else {
                lines.add(line);
            }
            punctuated |= lines.size() == 1 && PARTY_END.matcher(line).find();
        }
        return lines;
    }

    /** "son Directeur général, Monsieur Pierre PRIBILE" gives "Pierre PRIBILE, Directeur général". */
    private static String representative(String by) {
        if (by == null || CUT.matcher(by).find()) {
            return null;
        }
        String text = by.strip().replaceAll("[.;]+$", "");
        int comma = text.lastIndexOf(',');
        if (comma < 0) {
            return CIVILITY.matcher(text).replaceAll("").strip();
        }
        String role = POSSESSIVE.matcher(CIVILITY.matcher(text.substring(0, comma)).replaceAll("").strip())
                .replaceFirst("");
        String person = CIVILITY.matcher(text.substring(comma + 1)).replaceAll("").strip();
        return person.isEmpty() ? role : role.isEmpty() ? person : person + ", " + role;
    }

    /**
     * Who signed for each organisation, when the sentence names them: "Marie-Hélène Lecenne, directrice générale
     * de l'ARS Corse" gives the ARS Corse the representative "Marie-Hélène Lecenne, directrice générale".
     */
    private Map<String, String> representatives(Unit unit) {
        Map<String, String> found = new HashMap<>();
        List<Entity> persons = unit.of(EntityType.PERSON);
        List<Entity> organisations = unit.of(EntityType.ORGANISATION);
        for (Entity person : persons) {
            if (person.detail() == null) {
                continue;
            }
            organisations.stream().filter(o -> o.start() >= person.end() && o.start() - person.end() <= 70)
                    .filter(o -> persons.stream().noneMatch(p -> p.start() > person.start() && p.start() < o.start()))
                    .findFirst().ifPresent(o -> {
                        String role = unit.text().substring(person.end(), o.start())
                                .replaceAll("^\\s*,\\s*", "")
                                .replaceAll("\\s*(?:de la|de l['’]|du|des|de|d['’]|à la|au)\\s*$", "").strip();
                        // "Gérard Marin et la directrice du CHU": "et" starts another person, not a role; so does
                        // an article ("Jeanne Martin, le directeur général de l'ARS Paul Durand").
                        if (!role.isEmpty() && role.length() <= 60 && !role.contains(",")
                                && !role.matches("(?iu)^(?:(?:et|ou|le|la|les)\\b|l['’]).*")) {
                            found.putIfAbsent(key(o.text()), person.text() + ", " + role);
                        } else if (role.isEmpty() && person.detail().equals(roleHeld(o.text()))) {
                            // "Isabelle Sendrané, sous-préfète des Hautes-Alpes": the organisation is her role.
                            found.putIfAbsent(key(o.text()), person.text());
                        }
                    });
        }
        for (Entity organisation : organisations) {
            // "le directeur général de l'ARS Laurent Bien": the person named right after signs for it, unless one
            // named before already does with their role ("Françoise Rossignol, vice-présidente du Conseil général,
            // Xavier Czerwinski, sous-préfet": the sous-préfet is the next signatory).
            persons.stream().filter(p -> p.start() > organisation.end() && p.start() - organisation.end() <= 2)
                    .findFirst().ifPresent(p -> found.putIfAbsent(key(organisation.text()), p.text()));
        }
        for (Entity organisation : organisations) {
            // "le Maire de la Ville de Cayenne, le Préfet de Guyane … ont signé": the town signs through its mayor,
            // named by the role alone.
            Matcher role = ROLE_BEFORE_ORGANISATION.matcher(unit.text().substring(0, organisation.start()));
            if (role.find() && recognizer.role(Folding.fold(role.group(2))) != null) {
                String held = role.group(1);
                found.putIfAbsent(key(organisation.text()), Character.toLowerCase(held.charAt(0)) + held.substring(1));
            }
        }
        return found;
    }

    /**
     * "Simon Babre, préfet du Var", "la maire de Saint-Laurent, Sophie Charles": the person named just before or
     * just after a signatory signs for it.
     */
    private static String personBeside(Unit unit, String name) {
        int at = unit.text().indexOf(name);
        if (at < 0) {
            return null;
        }
        int end = at + name.length();
        for (Entity person : unit.of(EntityType.PERSON)) {
            if (person.end() <= at && unit.text().substring(person.end(), at).matches(",\\s*")
                    || person.start() >= end && unit.text().substring(end, person.start()).matches(",?\\s*")) {
                return person.text();
            }
        }
        return null;
    }

    /** The raw items a unit gives as signatories, or none. */
    private List<String> items(Document document, Unit unit, List<String> names) {
        String text = unit.text();
        Matcher are = SIGNATORIES_ARE.matcher(text);
        if (are.find()) {
            return listOrItems(document, unit, are.group(1), names);
        }
        Matcher by = SIGNED_BY.matcher(text);
        if (by.find()) {
            String list = by.group(2);
            int colon = list.indexOf(':');
            if (colon >= 0 && recognizer.find(list.substring(0, colon)).stream()
                    .noneMatch(e -> e.type() == EntityType.ORGANISATION)) {
                list = list.substring(colon + 1);
            }
            return listOrItems(document, unit, list, names);
        }
        Matcher between = CONTRACT_BETWEEN.matcher(text);
        if (between.lookingAt()) {
            return listOrItems(document, unit, between.group(1), names);
        }
        Matcher listed = PARTIES_LISTED.matcher(text);
        if (listed.lookingAt()) {
            // "Entre Monsieur le Maire de Clichy-sous-Bois, Monsieur le Préfet de Seine-Saint-Denis, …": a cover
            // page's parties in one sentence, each named with the one who signs for it.
            List<String> items = split(listed.group(1), names);
            if (items.stream().filter(item -> name(item, names) != null).count() >= 2) {
                return items;
            }
        }
        if (PARTIES_BETWEEN.matcher(text).lookingAt() && unit.of(EntityType.ORGANISATION).size() >= 2) {
            // A cover page's parties, often one after another with no comma: the organisations it names.
            return unit.of(EntityType.ORGANISATION).stream().map(Entity::text).toList();
        }
        Matcher also = ALSO_SIGNATORIES.matcher(text);
        if (also.find() && !CLAUSE_VERB.matcher(also.group(1)).find()) {
            List<String> items = new ArrayList<>(split(also.group(1), names));
            Matcher beside = BESIDE.matcher(text).region(also.end(), text.length());
            if (beside.lookingAt()) {
                // "… sont signataires de ce contrat aux côtés du Département, de la CPAM 74 et des CPTS …"
                for (String part : BESIDE_ITEMS.split(beside.group(1))) {
                    items.addAll(split(withoutPreposition(part), names));
                }
            }
            return items;
        }
        Matcher active = SIGNED_ACTIVE.matcher(text);
        if (active.find()) {
            String subject = active.group(1) != null ? active.group(1) : active.group(3);
            String rest = active.group(1) != null ? active.group(2) : active.group(4);
            if (CLAUSE_VERB.matcher(subject).find()) {
                return List.of();
            }
            List<String> items = new ArrayList<>(split(subject, names));
            Matcher with = WITH.matcher(rest);
            if (with.find()) {
                items.addAll(listOrItems(document, unit, with.group(1), names));
            }
            return items;
        }
        return List.of();
    }

    /**
     * "du Département" as "Département", "de la CPAM 74" as "la CPAM 74": the name as the text writes it ("du" and
     * "des" hold the article), so that the fact's quote is in the text.
     */
    private static String withoutPreposition(String item) {
        Matcher of = ITEM_OF.matcher(item);
        if (!of.lookingAt()) {
            return item;
        }
        String preposition = of.group(1);
        String article = preposition.length() <= 3 ? "" : preposition.substring(3);
        return article + (article.endsWith("'") || article.endsWith("’") || article.isEmpty() ? "" : " ")
                + item.substring(of.end());
    }

    /** The parties a unit says commit to the contract ("… et la MSA s'engagent dans … un CLS"), or none. */
    private List<String> commitments(Unit unit, List<String> names) {
        Matcher commit = COMMIT.matcher(unit.text());
        if (commit.find() && !CLAUSE_VERB.matcher(commit.group(1)).find() && unit.of(EntityType.ORGANISATION).stream()
                .filter(organisation -> organisation.end() <= commit.end(1)).count() >= 2) {
            return split(commit.group(1), names);
        }
        return List.of();
    }

    /** The names of a list written in the sentence, or of the list the sentence introduces ("… avec :"). */
    private List<String> listOrItems(Document document, Unit unit, String list, List<String> names) {
        if (unit.role() != SourceLine.Role.LIST_INTRO) {
            return split(list, names);
        }
        // "… entre l'ARS, le Pôle métropolitain ainsi que par :" names some in the sentence, the rest in its list.
        List<String> items = new ArrayList<>(split(TRAILING_LINK.matcher(list).replaceFirst(""), names));
        document.items(unit.line().list()).stream().map(Unit::text).forEach(items::add);
        return items;
    }

    private static List<String> split(String list, List<String> names) {
        String text = list;
        Matcher end = LIST_END.matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start());
        }
        int colon = text.indexOf(" : ");
        if (colon > 0 && text.substring(0, colon).contains(",")) {
            // "A, B, Hôpital Sainte-Marie : pas moins de 7 partenaires …": a colon after the items ends them; one
            // before them ("Niort Agglo et ses partenaires : l'État, …") introduces them.
            text = text.substring(0, colon);
        }
        for (String name : names) {
            if (name.contains(", ")) {
                text = text.replace(name, name.replace(',', PROTECTED_COMMA));
            }
        }
        List<String> items = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String item = part.replace(PROTECTED_COMMA, ',').strip();
            for (Matcher link = LINK.matcher(item); link.lookingAt(); link = LINK.matcher(item)) {
                item = item.substring(link.end());
            }
            int open = item.indexOf('(');
            if (open >= 0 && ARTICLE_NAME.matcher(item.substring(open + 1).strip()).lookingAt()) {
                // "quatre autres signataires (la Préfecture, le Département …)": the list goes on inside.
                item = item.substring(open + 1).strip();
            }
            // "Ce jeudi, au sein de la maison de santé de X, le président …": where they signed, not who.
            if (!item.isEmpty() && !WHERE.matcher(item).lookingAt()) {
                items.add(item);
            }
        }
        return items;
    }

    /** The organisation an item names, as it stands in the text, or null when it names none. */
    private String name(String raw, List<String> names) {
        String item = trimmed(raw);
        List<Entity> entities = recognizer.find(item);
        Entity firstDate = entities.stream().filter(e -> e.type() == EntityType.DATE).findFirst().orElse(null);
        if (firstDate != null && firstDate.start() <= 3) {
            item = item.substring(firstDate.end()).strip();
            entities = recognizer.find(item);
        } else if (firstDate != null) {
            // "la MSA le 3 avril 2025": the date says when, not who.
            item = item.substring(0, firstDate.start()).replaceAll("\\s+(?:le|en|du|depuis|au|ce|dès)\\s*$", "")
                    .strip();
            entities = recognizer.find(item);
        }
        Entity named = entities.stream().filter(e -> e.type() == EntityType.ORGANISATION).findFirst()
                .orElse(null);
        if (named != null && entities.stream().anyMatch(e -> e.type() == EntityType.PERSON
                && e.start() >= named.end())) {
            // "la CPAM de Haute-Corse et Francis Giudici": the person after the organisation signs for another.
            item = item.substring(0, named.end()).strip();
            entities = recognizer.find(item);
        }
        Matcher andPerson = AND_BEFORE.matcher(item);
        while (andPerson.find()) {
            int next = andPerson.end();
            if (andPerson.start() > 0 && entities.stream().anyMatch(e -> e.type() == EntityType.PERSON
                    && e.start() == next)) {
                // "maire de L'Entre-Deux et Chantale Grondin": the list goes on with the next signatory's name.
                item = item.substring(0, andPerson.start()).strip();
                entities = recognizer.find(item);
                break;
            }
        }
        if (CUT.matcher(item).find()) {
            Entity organisation = entities.stream().filter(e -> e.type() == EntityType.ORGANISATION).findFirst()
                    .orElse(null);
            int cut = CUT.matcher(item).results().findFirst().map(r -> r.start()).orElse(item.length());
            if (organisation == null || organisation.end() > cut) {
                return null;
            }
            item = item.substring(0, organisation.end()).strip();
            entities = recognizer.find(item);
        }
        Matcher counted = COUNTED_TAIL.matcher(item);
        if (counted.find() && entities.stream().anyMatch(e -> e.type() == EntityType.COUNT
                && e.start() >= counted.start())) {
            item = item.substring(0, counted.start()).strip();
            entities = recognizer.find(item);
        }
        item = balanced(withoutRepresentative(item, entities));
        entities = recognizer.find(item);
        if (item.isEmpty() || item.length() > MAX_NAME) {
            return null;
        }
        if (KIND_IN_GENERAL.matcher(item).lookingAt()) {
            // "un contrat signé entre les collectivités territoriales et les ARS", "… entre une Agence régionale de
            // santé et une intercommunalité" says what any CLS is.
            return null;
        }
        if (STATE_IN_LOWER_CASE.matcher(item).matches()) {
            // "L'ARS, la sous-préfecture, la CPAM et la ville signent": in a list of signatories, the State's and
            // the collectivities' everyday names are parties too.
            return item;
        }
        boolean organisation = entities.stream().anyMatch(e -> e.type() == EntityType.ORGANISATION);
        boolean person = entities.stream().anyMatch(e -> e.type() == EntityType.PERSON);
        boolean count = entities.stream().anyMatch(e -> e.type() == EntityType.COUNT && !capitalisedNoun(e));
        String itemKey = key(item);
        boolean territory = names.stream().anyMatch(n -> key(n).equals(itemKey));
        if (!organisation && !person && !count && (ofTheTerritory(item, names) || ofTheState(item))) {
            // "Josée Massi, maire de Toulon" gives the item "maire de Toulon": the commune signs through its mayor.
            return item;
        }
        if (count && !organisation || person && !organisation) {
            return null;
        }
        if (!organisation && !count && ROLE_ITEM.matcher(item).matches()
                && recognizer.role(Folding.fold(item.replaceFirst("^\\S+\\s*", ""))) != null
                && recognizer.find(raw).stream().anyMatch(e -> e.type() == EntityType.PERSON)) {
            // "le sous-préfet Gérard Marin": the État signs through its sous-préfet, who is named.
            return item;
        }
        return organisation || territory || ARTICLE_NAME.matcher(item).find() && !count ? item : null;
    }

    /** The role a name starts with ("prefet" for "sous-préfète des Hautes-Alpes"), or null. */
    private String roleHeld(String name) {
        Matcher first = FIRST_WORD.matcher(name.strip());
        return first.lookingAt() ? recognizer.role(Folding.fold(first.group(1))) : null;
    }

    /**
     * True when {@code item} is a role without an organisation ("sous-préfète à la cohésion sociale") and the item
     * before it ends with the person who holds it.
     */
    private boolean roleOfThePersonBefore(String before, String item) {
        if (roleHeld(item) == null) {
            return false;
        }
        if (recognizer.find(item).stream().anyMatch(e -> e.type() == EntityType.ORGANISATION
                || e.type() == EntityType.COUNT || e.type() == EntityType.PERSON)) {
            return false;
        }
        String person = before.strip();
        return recognizer.find(person).stream().anyMatch(e -> e.type() == EntityType.PERSON
                && e.end() >= person.length() - 1);
    }

    /** An item without its surrounding white space and trailing punctuation. */
    private static String trimmed(String item) {
        return item.strip().replaceAll("[\\s.,;:]+$", "");
    }

    /** A signing sentence that names people (two or more) and one organisation only among what it lists. */
    private static boolean namesPeopleMostly(Unit unit, List<String> items, List<String> named) {
        if (items.size() < 3 || unit.of(EntityType.PERSON).size() < 2) {
            return false;
        }
        return named.stream().filter(java.util.Objects::nonNull).count() == 1;
    }

    /** "ARS)" left of "… de l'Agence régionale de la Santé (ARS)" once its person is cut: "ARS". */
    private static String balanced(String item) {
        long open = item.chars().filter(c -> c == '(').count();
        long close = item.chars().filter(c -> c == ')').count();
        if (open == close) {
            return item;
        }
        return item.replaceAll("^[\\s(]+|[\\s)]+$", "").replace(open > close ? "(" : ")", "").strip();
    }

    /** "maire de Toulon", "président de Dinan Agglomération": a role held for the contract's territory. */
    private boolean ofTheTerritory(String item, List<String> names) {
        Matcher role = ROLE_OF.matcher(item);
        if (!role.lookingAt() || recognizer.role(Folding.fold(role.group(1))) == null) {
            return false;
        }
        String rest = key(item.substring(role.end()));
        return names.stream().anyMatch(n -> key(n).equals(rest));
    }

    /**
     * "sous-préfet de l'arrondissement de Saint-Benoît", "préfète de la Somme": the State signs through its préfet,
     * named by the place they serve, with no organisation in the item.
     */
    private boolean ofTheState(String item) {
        Matcher role = ROLE_OF.matcher(item);
        return role.lookingAt() && "prefet".equals(recognizer.role(Folding.fold(role.group(1))));
    }

    /** "Trois Rives" is a name, not a count: the counted word is capitalised. */
    private static boolean capitalisedNoun(Entity count) {
        String[] words = count.text().split("\\s+");
        return words.length > 1 && Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    /** "le directeur de l'ARS" signs for "l'ARS": a role before an organisation gives way to the organisation. */
    private String withoutRepresentative(String item, List<Entity> entities) {
        Entity organisation = entities.stream().filter(e -> e.type() == EntityType.ORGANISATION).findFirst()
                .orElse(null);
        if (organisation == null || organisation.start() == 0) {
            return item;
        }
        String before = Folding.fold(item.substring(0, organisation.start()));
        boolean role = java.util.Arrays.stream(before.split("[^a-z-]+")).anyMatch(word -> recognizer.role(word) != null);
        if (!role) {
            return item;
        }
        Matcher article = ARTICLE_BEFORE.matcher(item.substring(0, organisation.start()));
        return item.substring(article.find() ? article.start(1) : organisation.start()).strip();
    }

    /** The position of the party whose key holds {@code key} or is held by it, or -1. */
    private static int indexOf(List<String> keys, String key) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).contains(key) || key.contains(keys.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A name without accents, case, article or punctuation: what tells two names apart. */
    static String key(String name) {
        return Folding.fold(name).replaceAll("^(?:le|la|les|l)\\b\\W*", "").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
