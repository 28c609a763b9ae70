package fr.clsbot.ingest;

import fr.clsbot.knowledge.Territory;
import java.text.Normalizer;
import java.util.ArrayList;
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
 * Finds the territory a document is about from the way French documents name collectivities: "communauté de
 * communes Plaine Limagne", "Montluçon Communauté", "communauté d'agglomération du Pays de Grasse", "ville de
 * Vichy", "Contrat Local de Santé du Val de Sioule". The name cited most often wins.
 */
final class TerritoryExtractor {
    /** Capitalised words, with the small words French place names hold ("Saint-Pourçain-sur-Sioule"). */
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]*(?:[ -](?:(?:d'|l'|d’|l’)\\p{Lu}[\\p{L}'’-]*|sur|sous|en|lès|"
            + "lez|de|du|des|la|le|les|d'|l'|aux|\\p{Lu}[\\p{L}'’-]*)){0,6})";
    private static final String ARTICLE = "(?:du |de la |des |de l'|de l’|d'|d’|de )?";
    private static final List<Candidate> PATTERNS = List.of(
            new Candidate(Pattern.compile("[Cc]ommunauté de [Cc]ommunes " + ARTICLE + NAME), "communauté de communes",
                    "Communauté de communes "),
            new Candidate(Pattern.compile("[Cc]ommunauté d'[Aa]gglomération " + ARTICLE + NAME),
                    "communauté d'agglomération", "Communauté d'agglomération "),
            new Candidate(Pattern.compile(NAME + " (?=(Communauté|Agglomération|Agglo|Métropole)\\b)"),
                    "intercommunalité", null),
            new Candidate(Pattern.compile("[Mm]étropole " + ARTICLE + NAME), "métropole", "Métropole "),
            new Candidate(Pattern.compile("(?:[Vv]ille|[Cc]ommune|[Mm]airie) " + ARTICLE + NAME), "commune",
                    "Ville de "),
            new Candidate(Pattern.compile("[Cc]ontrat [Ll]ocal de [Ss]anté (?:\\(CLS\\) )?(?:20\\d\\d[-–]20\\d\\d )?"
                    + "(?:du |de la |des |de l'|d'|de )" + NAME), null, null));
    private static final Set<String> NOT_PLACES = Set.of("ARS", "Agence", "Préfecture", "Préfet", "Conseil",
            "Santé", "Contrat", "CLS", "France", "État", "Etat", "Région", "Département", "Caisse", "Communauté",
            "Direction", "Service", "Relations", "Les", "La", "Le", "L'");
    private static final List<String> REGIONS = List.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté",
            "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie",
            "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe",
            "Martinique", "Guyane", "La Réunion", "Mayotte");
    private static final Pattern DEPARTEMENT = Pattern.compile("(?:[Pp]réfecture|[Cc]onseil [Dd]épartemental|"
            + "[Dd]épartement)\\s+(?:de la |de l'|de l’|du |des |de )" + NAME);

    private record Candidate(Pattern pattern, String kind, String collectivityPrefix) {
    }

    private record Found(String name, String kind, String collectivity) {
    }

    Optional<Territory> extract(Document document) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Found> first = new LinkedHashMap<>();
        String text = String.join("\n", document.paragraphs());
        for (Candidate candidate : PATTERNS) {
            Matcher matcher = candidate.pattern().matcher(text);
            while (matcher.find()) {
                String name = trim(matcher.group(1));
                if (name.isEmpty() || NOT_PLACES.contains(name.split("[ -]")[0])) {
                    continue;
                }
                String collectivity;
                if (candidate.collectivityPrefix() != null) {
                    collectivity = candidate.collectivityPrefix() + name;
                } else if (matcher.groupCount() >= 2 && matcher.group(2) != null) {
                    collectivity = name + " " + matcher.group(2);
                } else {
                    collectivity = null;
                }
                counts.merge(key(name), 1, Integer::sum);
                first.putIfAbsent(key(name), new Found(name, candidate.kind(), collectivity));
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Found found = first.get(best);
        String name = found.name();
        String kind = found.kind();
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        String shortName = name.replaceAll(" (?:Communauté|Agglomération|Agglo|Métropole)$", "");
        aliases.add(shortName);
        if (found.collectivity() != null && !found.collectivity().startsWith("Ville")) {
            aliases.add(found.collectivity());
        }
        if ("communauté de communes".equals(kind)) {
            aliases.add("communauté de communes " + name);
            aliases.add("comcom " + name);
        } else if (kind != null && (kind.contains("agglomération") || kind.equals("intercommunalité"))) {
            aliases.add("agglo de " + shortName);
            aliases.add("agglomération de " + shortName);
        }
        return Optional.of(new Territory(name, found.collectivity() == null ? name : found.collectivity(), kind,
                departement(text), region(text), new ArrayList<>(aliases)));
    }

    private static String trim(String name) {
        String trimmed = name.strip().replaceAll("[ -](?:sur|sous|en|de|du|des|la|le|les|d'|l'|aux)$", "")
                .replaceAll("[’']$", "");
        return trimmed.strip();
    }

    private static String departement(String text) {
        Matcher matcher = DEPARTEMENT.matcher(text);
        return matcher.find() ? trim(matcher.group(1)) : null;
    }

    private static String region(String text) {
        String folded = fold(text);
        for (String region : REGIONS) {
            if (folded.contains(fold(region))) {
                return region;
            }
        }
        return null;
    }

    static String key(String name) {
        return fold(name);
    }

    /** Lower case, no accents, no hyphens or spaces: "Auvergne Rhône-Alpes" and "auvergne-rhone-alpes" agree. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s'’-]+", "");
    }
}
