package fr.clsbot.entity;

import fr.clsbot.territory.Gazetteer;
import fr.clsbot.text.PhraseSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places where something happened: a venue ("à la salle du Temple", "à l'hôtel de ville", "au centre hospitalier")
 * and the town after "à" ("à Vendôme"), joined when they follow each other ("à la salle du Temple à Vendôme"); the
 * towns named together after "sur les communes de".
 */
final class PlaceRecognizer implements Recognizer {
    private static final Pattern VENUE = Pattern.compile("\\b(?:a|au|aux|dans|en|sur|sous les ors (?:de|du|des))"
            + "\\s+((?:la |le |l'|les )?"
            + "(?:salle|mairie|hotel|maison|centre|espace|siege|auditorium|amphitheatre|theatre|mediatheque"
            + "|prefecture|sous-prefecture|palais|chateau|cinema|gymnase|locaux|pole|campus|parc|domaine|hopital"
            + "|chapelle|halle|foyer|site|cite|salon|musee|abbaye|forum|institut|grange|ferme|moulin|manoir|villa"
            + "|orangerie|pavillon|citadelle|cloitre|couvent|prieure|bibliotheque|complexe|stade)\\b"
            + "(?:[ '\\-](?!(?:par|avec|pour|lors|entre|devant|afin|et|en presence|ce|cette|\\d+|(?:le )?"
            + Patterns.DAY_NAME + "|" + Patterns.MONTH + ")\\b)[\\w'\\-]+){0,7})");
    /** Venue words that are as often a field or a web page: a venue only with a name ("le Domaine de Bois-Joli"). */
    private static final Pattern ABSTRACT_VENUE = Pattern.compile("(?:la |le |l'|les )?(?:domaine|site|pole|espace"
            + "|forum|complexe|cite)\\b");
    /** "signé officiellement salle des Illustres de l'Hôtel de Ville": a named room needs no preposition. */
    private static final Pattern NAMED_ROOM = Pattern.compile("(?<![\\p{L}'’])((?i:salle|salon)\\s+(?:(?i:des|du|de la"
            + "|de l['’]|de|d['’])\\s*)?\\p{Lu}[\\p{L}'’\\-]*(?:[ \\-](?:(?i:de|du|des|de la|de l['’]|d['’])\\s*)?"
            + "\\p{Lu}[\\p{L}'’\\-]*){0,5})");
    /** "à Vendôme", and "À Bobigny, le 22 novembre 2019" at the start of a sentence. */
    private static final Pattern TOWN = Pattern.compile("(?:^|\\s)(?:à|a|aux|au|À|Au|Aux)\\s+(\\p{Lu}[\\p{L}'’\\-]*\\p{L}"
            + "(?:[ \\-](?:(?:sur|sous|en|lès|de|du|des|la|le|les)[ \\-])?\\p{Lu}[\\p{L}'’\\-]*\\p{L}){0,3})");

    /**
     * "Un événement organisé à l'Escale", "la signature s'est tenue au Colombier": a name after a verb that says where
     * something took place is a venue, whatever its words (not an acronym: "organisé à l'ARS" names who).
     */
    private static final Pattern EVENT_VENUE = Pattern.compile("(?iu:\\b(?:organis|tenu|d[ée]roul|accueilli|r[ée]uni)"
            + "\\p{L}*|\\ba eu lieu|\\bse tiendra|\\bse d[ée]roulera)\\s+(?iu:à|a|au|aux|dans)\\s+"
            + "((?iu:l['’]|le |la |les )?\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*"
            + "(?:[ \\-](?:(?:de|du|des|la|le|les|d['’])[ \\-]?)?\\p{Lu}[\\p{L}'’\\-]*){0,3})");
    private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]*(?:[ \\-](?:(?:de|du|des|sur|sous|en|lès|la|le|les|d['’])"
            + "[ \\-]?)?\\p{Lu}[\\p{L}'’\\-]*){0,4}";
    /** "sur les communes d'Aulnay de Saintonge, Néré et Bords": the towns where something is, named together. */
    private static final Pattern COMMUNES = Pattern.compile("(?:sur|dans|à|a)\\s+(?:les|la)\\s+communes?\\s+(?:de\\s+|d['’])"
            + "(" + NAME + "(?:\\s*,\\s*" + NAME + ")*(?:\\s+et\\s+" + NAME + ")?)");

    /**
     * "le centre Marcel-Martin de Folschviller a vibré": a venue named after someone, as the subject of a sentence;
     * the venue word in lower case ("le Centre Hospitalier de …" is an organisation).
     */
    private static final Pattern VENUE_NAMED_AFTER = Pattern.compile("(?<![\\p{L}])((?:centre|espace|maison|salle"
            + "|théâtre|gymnase|complexe|médiathèque|halle) \\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+"
            + "(?: (?:de |d['’])\\p{Lu}[\\p{L}'’\\-]*\\p{L})?)");
    /** "Le lieu était bien choisi, en hauteur … : le plateau supérieur de la Citadelle.": a place announced. */
    private static final Pattern PLACE_ANNOUNCED = Pattern.compile("\\b(?:[Ll]e|[Uu]n) lieu\\b(?! de vie)[^.:;]{0,120}:\\s*"
            + "((?:le |la |les |l['’]|au |à la |à l['’])[^.;:,«»\"()]{3,80})");
    /** The words one of which {@link #VENUE_NAMED_AFTER} needs: looking for them costs less than the pattern. */
    private static final PhraseSet VENUE_WORDS = new PhraseSet(List.of("centre ", "espace ", "maison ", "salle ",
            "théâtre ", "gymnase ", "complexe ", "médiathèque ", "halle "));
    /** "deux Maisons de Santé (Saint-Paul et Latour)": the towns where they are, in brackets after them. */
    private static final Pattern BRACKETED_TOWNS = Pattern.compile("\\((" + NAME + "(?:\\s*,\\s*" + NAME + ")*"
            + "(?:\\s+et\\s+" + NAME + ")?)\\)");
    private static final Pattern TOWNS_JOINED = Pattern.compile("\\s*,\\s*|\\s+et\\s+");

    @Override
    public void find(String text, String folded, List<Entity> found) {
        if (text.indexOf('(') >= 0) {
            Matcher bracketed = BRACKETED_TOWNS.matcher(text);
            while (bracketed.find()) {
                if (TOWNS_JOINED.splitAsStream(bracketed.group(1)).allMatch(PlaceRecognizer::isTown)) {
                    found.add(new Entity(EntityType.PLACE, bracketed.group(1), bracketed.start(1), bracketed.end(1),
                            bracketed.group(1), null));
                }
            }
        }
        Matcher venue = VENUE.matcher(folded);
        while (venue.find()) {
            int end = trimLowerTail(text, venue.start(1), venue.end(1));
            if (ABSTRACT_VENUE.matcher(folded).region(venue.start(1), end).lookingAt()
                    && text.substring(venue.start(1), end).chars().noneMatch(Character::isUpperCase)) {
                // "intervenir dans le domaine de la santé", "sur le site de l'agglo": no place without a name.
                continue;
            }
            addWithTown(text, venue.start(1), end, found);
        }
        Matcher room = NAMED_ROOM.matcher(text);
        while (room.find()) {
            if (!insideAPlace(found, room.start(1))) {
                addWithTown(text, room.start(1), room.end(1), found);
            }
        }
        if (folded.contains("lieu")) {
            Matcher announced = PLACE_ANNOUNCED.matcher(text);
            while (announced.find()) {
                String place = announced.group(1).strip();
                found.add(new Entity(EntityType.PLACE, place, announced.start(1), announced.start(1) + place.length(),
                        place, null));
            }
        }
        if (text.indexOf('-') >= 0 && VENUE_WORDS.foundIn(text)) {
            Matcher named = VENUE_NAMED_AFTER.matcher(text);
            while (named.find()) {
                if (!insideAPlace(found, named.start(1))) {
                    addWithTown(text, named.start(1), named.end(1), found);
                }
            }
        }
        Matcher event = EVENT_VENUE.matcher(text);
        while (event.find()) {
            if (!insideAPlace(found, event.start(1))) {
                addWithTown(text, event.start(1), event.end(1), found);
            }
        }
        Matcher communes = COMMUNES.matcher(text);
        while (communes.find()) {
            found.add(new Entity(EntityType.PLACE, communes.group(1), communes.start(1), communes.end(1),
                    communes.group(1), null));
        }
        Matcher town = TOWN.matcher(text);
        while (town.find()) {
            int start = town.start(1);
            int end = town.end(1);
            if (found.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.start() <= start && e.end() >= end)) {
                continue;
            }
            found.add(new Entity(EntityType.PLACE, town.group(1), town.start(1), town.end(1), town.group(1), null));
        }
    }

    /** True when a place already found holds the character at {@code start}. */
    private static boolean insideAPlace(List<Entity> found, int start) {
        return found.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.start() <= start && e.end() > start);
    }

    /**
     * A commune of the map, by its name or the first words of it ("Caudiès" for Caudiès-de-Fenouillèdes); never an
     * acronym.
     */
    private static boolean isTown(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return false;
        }
        Gazetteer map = Gazetteer.bundled();
        return !map.communesNamed(name).isEmpty() || !map.communesNamedStartingWith(name).isEmpty();
    }

    /** Adds the venue from {@code start} to {@code end}, with the town right after it ("… à Vendôme"). */
    private static void addWithTown(String text, int start, int end, List<Entity> found) {
        Matcher town = TOWN.matcher(text).region(end, text.length());
        int last = town.lookingAt() ? town.end(1) : end;
        found.add(new Entity(EntityType.PLACE, text.substring(start, last), start, last, text.substring(start, last),
                null));
    }

    /** A venue's name stops before lower-case words that are not part of it ("salle du Temple à …"). */
    private static int trimLowerTail(String text, int start, int end) {
        String span = text.substring(start, end);
        String[] words = span.split(" ");
        int keep = words.length;
        while (keep > 1) {
            String last = words[keep - 1];
            boolean small = List.of("a", "à", "de", "du", "des", "la", "le", "les", "l'", "d'").contains(last);
            if (small) {
                keep--;
            } else {
                break;
            }
        }
        int length = 0;
        for (int i = 0; i < keep; i++) {
            length += words[i].length() + (i > 0 ? 1 : 0);
        }
        return start + length;
    }
}
