package fr.clsbot.entity;

import fr.clsbot.text.Folding;
import fr.clsbot.text.PhraseSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations from the bundled {@code organisations.txt}: "l'Agence Régionale de Santé (ARS) Auvergne-Rhône-Alpes",
 * "la CPTS Aunis Nord", "la Caisse Primaire d'Assurance Maladie (CPAM) de la Charente-Maritime", "le Conseil
 * départemental 41", "le Centre Hospitalier Intercommunal de Meulan-Les Mureaux". The entity's value is the
 * family ("ars", "cpts", "hopital"…), so that "quelle CPTS" finds any CPTS.
 */
final class OrganisationRecognizer implements Recognizer {
    static final String RESOURCE = "/fr/clsbot/entity/organisations.txt";
    /** A proper name: capitalised words, with the small words French names hold between them. */
    private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]*(?:[ \\-](?:(?:de la|de l'|de l’|de|du|des|la|le|les|l'|d'|l’|d’|et|sur|en"
            + "|lès|sous|aux)[ \\-]?)?\\p{Lu}[\\p{L}'’\\-]*){0,5}";
    private static final Pattern COMPLEMENT = Pattern.compile("\\A(?:\\s*\\(([A-Z]{2,6})\\))?(?:\\s+(?:(?:de la|de l'"
            + "|de l’|du|des|de|d'|d’)\\s*)?(" + NAME + ")|\\s+(\\d{2,3}|2A|2B)\\b)?");
    /** "la loi Hôpital, Patients, Santé et Territoires": a law's name, not a hospital. */
    private static final Pattern LAW_BEFORE = Pattern.compile("(?iu)\\bloi\\s+$");
    /**
     * Generic families whose everyday word names one body when it is all a text says ("la sous-préfecture"); « la
     * ville » alone, picked from « entre la ville et l'autorité régionale », says too little to be a signatory.
     */
    private static final Set<String> ALONE_FAMILIES = Set.of("etat", "departement", "region");
    /** What may stand before an organisation that is all its text says: a bullet, an article. */
    private static final Pattern ALONE_BEFORE = Pattern.compile("(?iu)[\\s\\-–•*]*(?:(?:la|le|les)\\s+|l['’])?");
    /** What may stand after an organisation that is all its text says: punctuation. */
    private static final Pattern ALONE_AFTER = Pattern.compile("[\\s.,;:]*");
    /** A word that may be an acronym typed in lower case ("cpam", "ars"). */
    private static final Pattern TYPED_ACRONYM = Pattern.compile("\\b[a-z0-9]{2,6}\\b");
    /** Families whose forms are everyday words: they name an organisation only with a name or a capital. */
    private static final Set<String> GENERIC_FAMILIES = Set.of("commune", "intercommunalite", "departement", "region",
            "etat");
    /** "Montluçon Communauté", "CapAtlantique La Baule-Guérande Agglo": a name before the kind of grouping. */
    private static final Pattern NAME_THEN_KIND = Pattern.compile("(" + NAME + ")\\s+(?:Communauté|Agglo|Agglomération"
            + "|Métropole)\\b");

    /** The words one of which {@link #NAME_THEN_KIND} needs. */
    private static final PhraseSet KIND_SET = new PhraseSet(List.of("Communauté", "Agglo", "Métropole"));

    /**
     * "l'Union d'Etablissements et de Services de Santé du Briançonnais (UBRAC)": a body no family names, known as
     * one by the noun it starts with and the acronym it is given.
     */
    private static final Pattern BODY_WITH_ACRONYM = Pattern.compile("(?<!\\p{L})(?:Union|Association|Fédération"
            + "|Federation|Réseau|Reseau|Groupement|Institut|Fondation|Mutuelle|Office|Établissement|Etablissement"
            + "|Comité|Collectif|Plateforme|Syndicat|Société|Societe)\\s+(?:[\\p{L}'’\\-]+\\s+){0,10}?[\\p{L}'’\\-]+"
            + "\\s*\\((\\p{Lu}[\\p{Lu}\\d]{2,7})\\)");
    /** The family of a body known only by {@link #BODY_WITH_ACRONYM}. */
    private static final String OTHER_BODY = "organisme";
    private static final Pattern CAPITALISED_ARTICLE = Pattern.compile("(?<=\\s)(?:Le|La|Les) |(?<=\\s)L['’](?=\\p{Lu})");
    private static final Pattern AND_WORD = Pattern.compile(" et (\\p{Lu}[\\p{L}-]+)");
    /** Tells a first name ("Vanina"), a person's name starting after "et". */
    private final Predicate<String> isFirstName;
    private final Pattern phrases;
    private final Pattern acronyms;
    /**
     * The forms as plain strings: a sentence that holds none of them as a substring cannot match the patterns,
     * and looking for them costs far less than running an alternation of them at every position.
     */
    private final PhraseSet phraseSet;
    private final PhraseSet acronymSet;
    private final Map<String, String> familyOfForm = new HashMap<>();

    OrganisationRecognizer(Predicate<String> isFirstName) {
        this.isFirstName = isFirstName;
        List<String> phraseForms = new ArrayList<>();
        List<String> acronymForms = new ArrayList<>();
        Vocabulary.groups(RESOURCE).forEach((family, forms) -> {
            for (String form : forms) {
                if (form.length() >= 2 && form.equals(form.toUpperCase(java.util.Locale.ROOT))
                        && form.chars().allMatch(c -> Character.isLetter(c) || Character.isDigit(c))) {
                    acronymForms.add(form);
                    familyOfForm.put(form, family);
                } else {
                    String folded = Folding.fold(form);
                    phraseForms.add(folded);
                    familyOfForm.put(folded, family);
                }
            }
        });
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        phraseForms.sort(longestFirst);
        acronymForms.sort(longestFirst);
        phrases = Pattern.compile("\\b(?:" + String.join("|", phraseForms.stream().map(Pattern::quote).toList())
                + ")\\b");
        // "l'A.R.S", "la C.P.A.M.": an acronym may be written with a dot after each letter.
        acronyms = Pattern.compile("\\b(?:" + String.join("|", acronymForms.stream()
                .map(form -> String.join("\\.?", form.split(""))).toList()) + ")\\b");
        this.phraseSet = new PhraseSet(phraseForms);
        this.acronymSet = new PhraseSet(acronymForms);
    }

    /**
     * A question as if written in a document: users type « qui représentait la prefecture », « contact cpam »,
     * where a page writes « la Préfecture », « la CPAM ». Acronyms of organisations are put in capitals and the
     * everyday words that name one when capitalised (« préfecture », « département ») get their capital.
     */
    String asTyped(String question) {
        char[] chars = question.toCharArray();
        String folded = Folding.foldKeepingOffsets(question);
        Matcher acronym = TYPED_ACRONYM.matcher(folded);
        while (acronym.find()) {
            if (familyOfForm.containsKey(acronym.group().toUpperCase(java.util.Locale.ROOT))) {
                for (int i = acronym.start(); i < acronym.end(); i++) {
                    chars[i] = Character.toUpperCase(chars[i]);
                }
            }
        }
        if (phraseSet.foundIn(folded)) {
            Matcher phrase = phrases.matcher(folded);
            while (phrase.find()) {
                if (GENERIC_FAMILIES.contains(familyOfForm.get(phrase.group()))) {
                    chars[phrase.start()] = Character.toUpperCase(chars[phrase.start()]);
                }
            }
        }
        return new String(chars);
    }

    @Override
    public void find(String text, String folded, List<Entity> found) {
        if (phraseSet.foundIn(folded)) {
            Matcher phrase = phrases.matcher(folded);
            while (phrase.find()) {
                add(text, phrase.start(), phrase.end(), familyOfForm.get(phrase.group()), found);
            }
        }
        if (KIND_SET.foundIn(text)) {
            Matcher grouping = NAME_THEN_KIND.matcher(text);
            while (grouping.find()) {
                found.add(new Entity(EntityType.ORGANISATION, grouping.group(), grouping.start(), grouping.end(),
                        "intercommunalite", null));
            }
        }
        if (text.indexOf('(') >= 0) {
            Matcher body = BODY_WITH_ACRONYM.matcher(text);
            while (body.find()) {
                int start = body.start();
                int end = body.end();
                if (found.stream().noneMatch(e -> e.type() == EntityType.ORGANISATION && e.start() < end
                        && start < e.end())) {
                    found.add(new Entity(EntityType.ORGANISATION, body.group(), start, end, OTHER_BODY, null));
                }
            }
        }
        if (acronymSet.foundIn(text) || hasDottedCapitals(text)) {
            Matcher acronym = acronyms.matcher(text);
            while (acronym.find()) {
                add(text, acronym.start(), acronym.end(), familyOfForm.get(acronym.group().replace(".", "")), found);
            }
        }
    }

    /** True when the text has two capitals joined by a dot ("A.R.S"): a loop, as every sentence is asked. */
    private static boolean hasDottedCapitals(String text) {
        for (int i = text.indexOf('.'); i > 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private void add(String text, int start, int end, String family, List<Entity> found) {
        if (LAW_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()) {
            // "la loi Hôpital, Patients, Santé et Territoires" names a law, not a hospital.
            return;
        }
        Matcher complement = COMPLEMENT.matcher(text).region(end, text.length());
        int stop = end;
        boolean named = false;
        if (complement.lookingAt()) {
            stop = complement.end();
            named = complement.group(2) != null || complement.group(3) != null;
            if (complement.group(2) != null) {
                stop = trimName(text, complement.start(2), complement.end(2));
                stop = beforeAPerson(text, complement.start(2), stop);
                stop = beforeAnotherOrganisation(text, complement.start(2), stop);
                if (stop == complement.start(2)) {
                    // "la Préfecture du  L'Agence Régionale…": a blank left where the name was, then the next party.
                    stop = end;
                    named = false;
                }
            }
        }
        boolean capitalised = Character.isUpperCase(text.charAt(start));
        if (GENERIC_FAMILIES.contains(family) && !named && !capitalised
                && !(ALONE_FAMILIES.contains(family) && standsAlone(text, start, stop))) {
            return;
        }
        found.add(new Entity(EntityType.ORGANISATION, text.substring(start, stop), start, stop, family, null));
    }

    /**
     * "la sous-préfecture" as a whole signatory or list item: an everyday word that is all the text says names the
     * body, where in a sentence it may name a building or an idea.
     */
    private static boolean standsAlone(String text, int start, int stop) {
        return ALONE_BEFORE.matcher(text).region(0, start).matches()
                && ALONE_AFTER.matcher(text).region(stop, text.length()).matches();
    }

    /**
     * "l'Agence régionale de santé Auvergne-Rhône-Alpes et Vanina Nicoli": "et" before a first name starts a person,
     * not the rest of the organisation's name.
     */
    private int beforeAPerson(String text, int start, int stop) {
        Matcher and = AND_WORD.matcher(text).region(start, stop);
        while (and.find()) {
            if (isFirstName.test(Folding.fold(and.group(1)))) {
                return and.start();
            }
        }
        return stop;
    }

    /**
     * "l'Agence Régionale de Santé Centre-Val de Loire Le Conseil Régional …": on a cover page that lists its parties
     * without commas, a capitalised article before another organisation's name starts that organisation.
     */
    private int beforeAnotherOrganisation(String text, int start, int stop) {
        Matcher article = CAPITALISED_ARTICLE.matcher(text).region(start, stop).useTransparentBounds(true);
        while (article.find()) {
            String rest = Folding.fold(text.substring(article.end(), Math.min(text.length(), article.end() + 80)));
            Matcher phrase = phrases.matcher(rest);
            // "… Pays Loire Beauce Le Pays Sologne Val Sud": a pays after a name is the next party ("Communauté de
            // communes Le Pays Dunois" is one name: a name may start with its article).
            if (phrase.lookingAt() || article.start() > start && rest.startsWith("pays ")) {
                int cut = article.start();
                while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
                    cut--;
                }
                return cut;
            }
        }
        return stop;
    }

    /** Drops a trailing connective a greedy name may have taken ("Val-de-" is not a name). */
    private static int trimName(String text, int start, int end) {
        int stop = end;
        while (stop > start && (text.charAt(stop - 1) == '-' || text.charAt(stop - 1) == '\''
                || text.charAt(stop - 1) == '’')) {
            stop--;
        }
        return stop;
    }
}
