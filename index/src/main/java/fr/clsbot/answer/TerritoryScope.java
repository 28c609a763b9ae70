package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Token;
import fr.clsbot.territory.Commune;
import fr.clsbot.territory.ContractTerritories;
import fr.clsbot.territory.Departement;
import fr.clsbot.territory.Gazetteer;
import fr.clsbot.territory.Region;
import fr.clsbot.text.LeadingArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Finds the places of the administrative map a question names when it names no contract: "le CLS de Maringues",
 * "63350", "cls puy de dome", "y a-t-il un CLS à Riom ?". A single word counts as a place only where French puts
 * one (after "à", "de", "en", "cls"…) or when capitalised, and never when it is a word of the knowledge base: "Ars"
 * is a commune, and the ARS is not.
 */
final class TerritoryScope {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("a", "de", "du", "d", "en", "sur", "cls", "chez",
            "pour", "dans", "vers", "pres", "commune", "ville");
    private static final int LONGEST_NAME = 8;
    /** Words a figure measures, which a postal code is never followed by. */
    private static final Set<String> UNITS = Set.of("euros", "euro", "eur", "pourcent", "habitants", "personnes",
            "communes", "acteurs", "professionnels", "ans", "jours", "mois");
    /** The shortest word opening a question that is looked up as a place ("grenoble axes"). */
    private static final int MIN_OPENING_PLACE = 5;

    /** Linking a thousand contracts to the map takes a while: it is done beside start-up, and awaited when needed. */
    private final CompletableFuture<ContractTerritories> territories;
    private final FrenchAnalysis analysis;
    private final EvidenceIndex index;
    /** The words of the départements' and régions' names, gathered at first use (the map loads beside start-up). */
    private volatile Set<String> regionAndDepartementWords;

    TerritoryScope(ContractTerritories territories, FrenchAnalysis analysis, EvidenceIndex index) {
        this(CompletableFuture.completedFuture(territories), analysis, index);
    }

    /** The same, with the contracts linked to the map in the background. */
    TerritoryScope(CompletableFuture<ContractTerritories> territories, FrenchAnalysis analysis, EvidenceIndex index) {
        this.territories = territories;
        this.analysis = analysis;
        this.index = index;
    }

    ContractTerritories territories() {
        try {
            return territories.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Gazetteer gazetteer() {
        return territories().gazetteer();
    }

    /** True when {@code contract} covers one of {@code communes}. */
    boolean covers(Contract contract, List<Commune> communes) {
        return communes.stream().anyMatch(c -> territories().covering(c).contains(contract));
    }

    /** True when the map knows a commune, an intercommunality or a département by the word {@code folded}. */
    boolean namesAPlace(String folded) {
        Gazetteer map = gazetteer();
        return !map.communesNamed(folded).isEmpty() || !map.epcisNamed(folded).isEmpty()
                || map.departementNamed(folded).isPresent();
    }

    /** True when {@code folded} is the whole name of a région or a département ("reunion", "guadeloupe", "var"). */
    boolean namesARegionOrDepartement(String folded) {
        Gazetteer map = gazetteer();
        return map.regionNamed(folded).filter(r -> exact(r.name(), folded)).isPresent()
                || map.departementNamed(folded).filter(d -> exact(d.name(), folded)).isPresent();
    }

    /**
     * True when {@code folded} is a word of a département's or région's name ("puy", "allier", "auvergne"): a cheap
     * test before looking for the whole name.
     */
    boolean mayNameARegionOrDepartement(String folded) {
        Set<String> words = regionAndDepartementWords;
        if (words == null) {
            Set<String> built = new HashSet<>();
            gazetteer().departements().forEach(d -> built.addAll(analysis.words(d.name())));
            gazetteer().regions().forEach(r -> built.addAll(analysis.words(r.name())));
            built.removeIf(analysis::isStopWord);
            words = regionAndDepartementWords = Set.copyOf(built);
        }
        return words.contains(folded);
    }

    /** True when the map knows where {@code contract} lies. */
    boolean placed(Contract contract) {
        return territories().of(contract).isPresent();
    }

    /** True when {@code number} is the code of a département ("74", "974", "2A"). */
    boolean isDepartementCode(String number) {
        return number.length() <= 3 && gazetteer().departement(number).isPresent();
    }

    /** The places named in {@code tokens} outside {@code taken} positions, in order. */
    List<PlaceMention> find(List<Token> tokens, Set<Integer> taken) {
        List<Found> found = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> codePositions = new HashSet<>();
        Set<Integer> used = new HashSet<>(taken);
        for (int start = 0; start < tokens.size(); start++) {
            if (used.contains(start)) {
                continue;
            }
            Token token = tokens.get(start);
            if (token.number() && token.text().length() <= 3) {
                // "Saint-Paul 974": a département's code only settles which commune is meant.
                int position = token.position();
                gazetteer().departement(token.text()).ifPresent(d -> {
                    codes.add(d.code());
                    codePositions.add(position);
                });
                continue;
            }
            Found place = longestAt(tokens, start, used);
            if (place != null) {
                found.add(place);
                for (int p = start; p < start + place.length; p++) {
                    used.add(p);
                }
                start += place.length - 1;
            }
        }
        // A département or région named beside an ambiguous commune settles it ("Saint-Paul, La Réunion").
        Set<String> departements = new HashSet<>(codes);
        Set<String> regions = new HashSet<>();
        for (Found place : found) {
            if (place.departement != null) {
                departements.add(place.departement.code());
            }
            if (place.region != null) {
                regions.add(place.region.code());
            }
        }
        List<PlaceMention> mentions = new ArrayList<>();
        for (Found place : found) {
            Set<Integer> positions = new LinkedHashSet<>();
            for (int p = place.start; p < place.start + place.length; p++) {
                positions.add(tokens.get(p).position());
            }
            if (place.departement != null) {
                mentions.add(new PlaceMention("le département " + place.departement.label(), null, List.of(),
                        territories().inDepartement(place.departement.code()), positions));
            } else if (place.region != null) {
                mentions.add(new PlaceMention("la région " + place.region.name(), null, List.of(),
                        territories().inRegion(place.region.code()), positions));
            } else {
                List<Commune> communes = place.communes;
                if (communes.size() > 1 && (!departements.isEmpty() || !regions.isEmpty())) {
                    List<Commune> settled = communes.stream().filter(c -> departements.contains(c.departementCode())
                            || regions.contains(regionCode(c))).toList();
                    communes = settled.isEmpty() ? communes : settled;
                    if (!settled.isEmpty()) {
                        // The code that settled it is part of the place's name, not something asked.
                        positions.addAll(codePositions);
                    }
                }
                mentions.add(communeMention(place, communes, positions));
            }
        }
        return mentions;
    }

    private PlaceMention communeMention(Found place, List<Commune> communes, Set<Integer> positions) {
        // Keyed by id: a contract is a record, whose hash would walk all it holds.
        Map<String, Contract> covering = new LinkedHashMap<>();
        communes.forEach(c -> territories().covering(c).forEach(contract -> covering.putIfAbsent(contract.id(),
                contract)));
        Collection<Contract> contracts = covering.values();
        String label;
        if (place.postalCode != null) {
            label = place.postalCode + " (" + String.join(", ", communes.stream().map(Commune::name).toList()) + ")";
            return new PlaceMention(label, null, List.of(), List.copyOf(contracts), positions);
        }
        boolean oneName = communes.stream().map(Commune::name).distinct().count() == 1;
        label = communes.size() == 1 ? communeLabel(communes.get(0)) : oneName ? communes.get(0).name() : place.typed;
        return new PlaceMention(label, communes.size() == 1 ? communes.get(0) : null,
                communes.size() > 1 ? communes : List.of(), List.copyOf(contracts), positions);
    }

    private String regionCode(Commune commune) {
        Departement departement = gazetteer().departementOf(commune);
        return departement == null ? null : departement.regionCode();
    }

    /**
     * "Aigueperse" beside the CLS de Plaine Limagne: of the communes of that name, the one a named contract covers,
     * when exactly one is; the place as found otherwise.
     */
    PlaceMention settledBy(PlaceMention place, List<Contract> named) {
        if (!place.ambiguous()) {
            return place;
        }
        List<Commune> covered = place.candidates().stream()
                .filter(c -> territories().covering(c).stream().anyMatch(named::contains)).toList();
        if (covered.size() != 1) {
            return place;
        }
        Commune commune = covered.get(0);
        return new PlaceMention(communeLabel(commune), commune, covered, territories().covering(commune),
                place.positions());
    }

    /** "Riom (Puy-de-Dôme)". */
    String communeLabel(Commune commune) {
        Departement departement = gazetteer().departementOf(commune);
        return commune.name() + (departement == null ? "" : " (" + departement.name() + ")");
    }

    /** What a run of words names. */
    private static final class Found {
        int start;
        int length;
        List<Commune> communes = List.of();
        Departement departement;
        Region region;
        String postalCode;
        String typed;
    }

    /** "15000 euros", "15000 habitants": a figure followed by what it measures, which no postal code is. */
    private static boolean measures(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && UNITS.contains(tokens.get(at + 1).text());
    }

    private Found longestAt(List<Token> tokens, int start, Set<Integer> used) {
        Token first = tokens.get(start);
        if (first.number()) {
            // "15 000" typed with its thousands space is a figure too.
            if (first.text().length() == 5 && first.original().length() == 5 && !measures(tokens, start)
                    && !gazetteer().communesWithPostalCode(first.text()).isEmpty()) {
                Found found = found(tokens, start, 1);
                found.postalCode = first.text();
                found.communes = gazetteer().communesWithPostalCode(first.text());
                return found;
            }
            return null;
        }
        if (analysis.isStopWord(first.text()) && !first.capitalized()) {
            return null;
        }
        boolean placed = start > 0 && PLACE_PREPOSITIONS.contains(tokens.get(start - 1).text());
        StringBuilder key = new StringBuilder();
        List<String> keys = new ArrayList<>();
        for (int end = start; end < Math.min(tokens.size(), start + LONGEST_NAME); end++) {
            if (used.contains(end)) {
                break;
            }
            // "saint-martin-d'hères": inside a name, an elided word is part of it ("d'"), not an article to drop.
            key.append(key.length() == 0 ? tokens.get(end).text() : " " + tokens.get(end).original());
            keys.add(key.toString());
        }
        for (int length = keys.size(); length >= 1; length--) {
            String name = keys.get(length - 1);
            boolean single = length == 1;
            boolean knownWord = single && index.knows(name);
            boolean place = !single || placeWord(first, placed) || opensTheQuestion(first, knownWord);
            // "contact presse domerat": a commune inside a known contract's territory, typed in lower case, even a
            // word of the knowledge base. Looked up only when that is what would let the word through.
            List<Commune> named = null;
            boolean covered = false;
            // Four letters are enough after a preposition of place ("le CLS de Riom").
            if (single && (!place || knownWord) && name.length() >= (placed ? 4 : 5) && !analysis.isStopWord(name)) {
                named = gazetteer().communesNamed(name);
                covered = named.stream().anyMatch(c -> !territories().covering(c).isEmpty());
            }
            if (!place && !covered) {
                continue;
            }
            // A word of the knowledge base is a place only as a département or a région ("dans l'Allier").
            boolean known = knownWord && !covered;
            Optional<Region> region = gazetteer().regionNamed(name).filter(r -> exact(r.name(), name) || !single);
            if (region.isPresent()) {
                Found found = found(tokens, start, length);
                found.region = region.get();
                return found;
            }
            Optional<Departement> departement = gazetteer().departementNamed(name)
                    .filter(d -> exact(d.name(), name) || !single);
            if (departement.isPresent()) {
                Found found = found(tokens, start, length);
                found.departement = departement.get();
                return found;
            }
            if (known) {
                continue;
            }
            List<Commune> communes = named != null ? named : gazetteer().communesNamed(name);
            if (communes.isEmpty() && single && placed && name.length() >= 5) {
                communes = gazetteer().communesNamedFuzzy(name);
                communes = communes.size() == 1 ? communes : List.of();
            }
            if (communes.isEmpty() && !single && (placed || first.capitalized())
                    && !analysis.isStopWord(tokens.get(start + length - 1).text())) {
                // "st pourcain" for Saint-Pourçain-sur-Sioule: the first words of a name, typed short; never
                // words that end on "de" ("pays de" does not name Pays de Belvès).
                communes = gazetteer().communesNamedStartingWith(name);
            }
            if (!communes.isEmpty()) {
                Found found = found(tokens, start, length);
                found.communes = communes;
                return found;
            }
        }
        return null;
    }

    /** A lone word names a place where French puts one, or capitalised inside the sentence; never an acronym. */
    private boolean placeWord(Token token, boolean placed) {
        String word = token.text();
        boolean acronym = token.original().length() <= 5 && token.original().equals(token.original().toUpperCase(
                java.util.Locale.ROOT));
        if (analysis.isStopWord(word) || word.length() < 3 || acronym) {
            return false;
        }
        return placed || (token.capitalized() && token.position() > 0);
    }

    /**
     * "grenoble axes", "Grenoble a signé quel consensus ?", "Riom ?": a word that opens the question, which no page of
     * the base writes, is looked up as a place; a short one when typed with its capital. Elsewhere, lower case, it is
     * more likely a word mistyped.
     */
    private boolean opensTheQuestion(Token token, boolean knownWord) {
        return token.position() == 0 && !knownWord
                && token.text().length() >= (token.capitalized() ? MIN_OPENING_PLACE - 1 : MIN_OPENING_PLACE)
                && !analysis.isStopWord(token.text()) && token.text().chars().allMatch(Character::isLetter);
    }

    /** "réunion" names "La Réunion" exactly: the article of a name is not typed. */
    private static boolean exact(String name, String key) {
        String typed = key.replace(" ", "");
        return fr.clsbot.text.Folding.key(name).equals(typed)
                || fr.clsbot.text.Folding.key(LeadingArticle.strip(name)).equals(typed);
    }

    private static Found found(List<Token> tokens, int start, int length) {
        Found found = new Found();
        found.start = start;
        found.length = length;
        List<String> words = new ArrayList<>();
        for (int p = start; p < start + length; p++) {
            words.add(tokens.get(p).original());
        }
        found.typed = String.join(" ", words);
        return found;
    }
}
