package fr.clsbot.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a territory name found in a text or a knowledge-base file against the gazetteer: which EPCI or which
 * communes it names, and how surely. "Communauté de communes Plaine Limagne", "Montluçon Communauté", "Grand
 * Saint-Dizier, Der &amp; Vallées" name an EPCI; "Ville des Mureaux" a commune; "Saint-Paul" one of twelve communes
 * unless a département says which.
 */
public final class TerritoryResolver {
    /** Words of names that say what kind of body it is, not which: dropped before comparing names. */
    private static final Set<String> GENERIC = Set.of("cc", "ca", "cu", "communaute", "communautes", "commune",
            "communes", "agglomeration", "agglo", "de", "du", "des", "d", "la", "le", "les", "l", "et", "metropole",
            "pays", "ville", "mairie", "syndicat", "mixte", "petr", "urbaine", "comcom", "intercommunalite");
    private static final Pattern CITY = Pattern.compile("^(?:ville|commune|mairie)\\b");
    /** Names of bodies that group several EPCI. */
    private static final Pattern GROUPS = Pattern.compile("^(?:syndicat mixte (?:du |de la |des |de )?)?(?:pays|petr)"
            + "\\b|\\bpole d equilibre territorial\\b");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
    /** A link below this confidence is only a guess: shown as such, never used to answer. */
    public static final double SURE = 0.8;

    private final Gazetteer gazetteer;
    /** Each EPCI's names (full, short, in parentheses) as their distinctive words joined, e.g. "plainelimagne". */
    private final Map<String, List<Epci>> epcisByJoinedName = new HashMap<>();
    private final Map<String, List<Epci>> epcisByWord = new HashMap<>();
    private final Map<Epci, Set<String>> wordsOfEpci = new HashMap<>();

    public TerritoryResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Epci epci : gazetteer.epcis()) {
            Set<String> words = new LinkedHashSet<>();
            for (String variant : variants(epci.name())) {
                List<String> distinctive = distinctive(variant);
                words.addAll(distinctive);
                if (!distinctive.isEmpty()) {
                    epcisByJoinedName.computeIfAbsent(String.join("", distinctive), k -> new ArrayList<>()).add(epci);
                }
            }
            wordsOfEpci.put(epci, words);
            words.forEach(w -> epcisByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(epci));
        }
    }

    /** The territory {@code name} names, when it names one surely (confidence ≥ {@link #SURE}). */
    public Optional<TerritoryGroup> resolve(String name) {
        return resolve(name, null);
    }

    /**
     * The territory {@code name} names, when it names one surely, {@code departement} ("La Réunion (974)", "Allier",
     * "03", a région's name, or null) choosing among communes of one name.
     */
    public Optional<TerritoryGroup> resolve(String name, String departement) {
        return best(name, departement).filter(g -> g.confidence() >= SURE);
    }

    /** The most likely territory of {@code name}, however unsure (see its confidence), or empty when none fits. */
    public Optional<TerritoryGroup> best(String name, String departement) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = PlaceNames.key(name);
        boolean city = CITY.matcher(key).find();
        Optional<TerritoryGroup> commune = commune(name, departement);
        if (city && commune.isPresent()) {
            return commune;
        }
        // "Centre Ouest Bretagne" is not the CC du Centre-Ouest of Mayotte: an EPCI outside the place given is none.
        Optional<TerritoryGroup> epci = epci(name).filter(g -> within(g, departement));
        if (epci.isPresent() && epci.get().confidence() >= SURE) {
            return epci;
        }
        if (commune.isPresent()) {
            return commune;
        }
        return epci;
    }

    private boolean within(TerritoryGroup group, String departement) {
        if (departement == null || departement.isBlank()) {
            return true;
        }
        Set<String> codes = gazetteer.departementCodesIn(departement);
        return codes.isEmpty() || group.communes().stream().anyMatch(c -> codes.contains(c.departementCode()));
    }

    private Optional<TerritoryGroup> epci(String name) {
        List<String> variants = variants(name);
        // A whole run of the name's distinctive words equal to a whole name of an EPCI.
        Set<Epci> exact = new LinkedHashSet<>();
        int longest = 0;
        int total = 1;
        for (String variant : variants) {
            List<String> words = distinctive(variant);
            total = Math.max(total, words.size());
            for (int start = 0; start < words.size(); start++) {
                for (int end = words.size(); end > start; end--) {
                    List<Epci> found = epcisByJoinedName.get(String.join("", words.subList(start, end)));
                    if (found == null) {
                        continue;
                    }
                    if (end - start > longest) {
                        exact.clear();
                        longest = end - start;
                    }
                    if (end - start == longest) {
                        exact.addAll(found);
                    }
                }
            }
        }
        if (exact.size() == 1) {
            Epci epci = exact.iterator().next();
            // A whole name of an EPCI standing in the text is strong; the rest of the text only adds to it.
            return Optional.of(group(epci, 0.8 + 0.2 * Math.min(1.0, (double) longest / total)));
        }
        Set<String> words = new HashSet<>();
        variants.forEach(v -> words.addAll(distinctive(v)));
        if (GROUPS.matcher(variants.get(0)).find() && !words.isEmpty()) {
            // A pays or PETR groups EPCI: guess those whose names hold all its words ("Vendômois").
            List<Epci> holding = epcisHolding(words);
            if (holding.size() > 1) {
                List<Commune> communes = holding.stream().flatMap(e -> gazetteer.members(e).stream()).toList();
                return Optional.of(new TerritoryGroup(name.strip() + " (" + String.join(", ", holding.stream()
                        .map(Epci::name).toList()) + ")", null, communes, 0.6));
            }
        }
        // Otherwise the EPCI sharing the most words with it, as a guess.
        Epci best = null;
        double bestScore = 0;
        boolean tie = false;
        Set<Epci> seen = new HashSet<>();
        for (String word : words) {
            for (Epci epci : epcisByWord.getOrDefault(word, List.of())) {
                if (!seen.add(epci)) {
                    continue;
                }
                Set<String> own = wordsOfEpci.get(epci);
                long shared = own.stream().filter(words::contains).count();
                double score = (double) shared / Math.max(words.size(), own.size());
                if (score > bestScore) {
                    best = epci;
                    bestScore = score;
                    tie = false;
                } else if (score == bestScore) {
                    tie = true;
                }
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(group(best, Math.min(0.7, bestScore)));
    }

    /**
     * The EPCI whose names hold every distinctive word of {@code name}, in SIREN order: "CA Territoires
     * Vendômois" and "CC Perche et Haut Vendômois" for "Pays Vendômois"; none when the name has no such word.
     */
    public List<Epci> epcisSharingTheWordsOf(String name) {
        Set<String> words = new HashSet<>();
        variants(name).forEach(v -> words.addAll(distinctive(v)));
        return words.isEmpty() ? List.of() : epcisHolding(words);
    }

    private List<Epci> epcisHolding(Set<String> words) {
        return gazetteer.epcis().stream().filter(e -> wordsOfEpci.get(e).containsAll(words))
                .sorted(java.util.Comparator.comparing(Epci::siren)).toList();
    }

    private TerritoryGroup group(Epci epci, double confidence) {
        return new TerritoryGroup(epci.name(), epci, gazetteer.members(epci), confidence);
    }

    private Optional<TerritoryGroup> commune(String name, String departement) {
        String key = PlaceNames.key(PARENTHESES.matcher(name).replaceAll(" ")).replaceFirst(
                "^(?:ville|commune|mairie) (?:de la |de l |des |du |de |d )?", "");
        List<Commune> found = List.of();
        for (String candidate : List.of(key, "les " + key, "le " + key, "la " + key, "l " + key)) {
            found = gazetteer.communesNamed(candidate);
            if (!found.isEmpty()) {
                break;
            }
        }
        if (found.size() > 1) {
            Set<String> codes = gazetteer.departementCodesIn(name);
            if (departement != null) {
                codes.addAll(gazetteer.departementCodesIn(departement));
            }
            List<Commune> inDepartement = found.stream().filter(c -> codes.contains(c.departementCode())).toList();
            if (inDepartement.size() == 1) {
                return Optional.of(city(inDepartement.get(0), 0.85));
            }
            return Optional.empty();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(city(found.get(0), 0.9));
    }

    private static TerritoryGroup city(Commune commune, double confidence) {
        return new TerritoryGroup(commune.name(), null, List.of(commune), confidence);
    }

    /** The name, its text outside parentheses and each text inside them ("CA … (Cap Atlantique)"). */
    private static List<String> variants(String name) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(PlaceNames.key(name));
        Matcher parentheses = PARENTHESES.matcher(name);
        while (parentheses.find()) {
            variants.add(PlaceNames.key(parentheses.group(1)));
        }
        variants.add(PlaceNames.key(PARENTHESES.matcher(name).replaceAll(" ")));
        variants.removeIf(String::isEmpty);
        return List.copyOf(variants);
    }

    private static List<String> distinctive(String key) {
        return Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty() && !GENERIC.contains(w)).toList();
    }
}
