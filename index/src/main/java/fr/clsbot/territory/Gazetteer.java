package fr.clsbot.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * France's administrative map: 34 969 communes, 1 255 EPCI, 109 départements and 26 régions, read from the data file
 * bundled with the engine ({@code territories.tsv.gz}, derived from Etalab's {@code @etalab/decoupage-administratif}
 * by {@code scripts/build-gazetteer.py}). Immutable and thread-safe; {@link #bundled()} loads it once.
 *
 * <p>Names are looked up accent-, case- and hyphen-insensitively, "st" and "ste" standing for "saint" and "sainte";
 * the fuzzy lookups also accept one typo. A name several communes share returns them all: the caller asks which.
 */
public final class Gazetteer {
    /** The data's source, as answers name it. */
    public static final String SOURCE = "INSEE, découpage administratif Etalab 6.0.0";
    private static final String RESOURCE = "territories.tsv.gz";
    /** Shorter names are never matched with a typo: too many would match. */
    private static final int MIN_FUZZY_LENGTH = 5;

    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Departement> departements = new HashMap<>();
    private final Map<String, Epci> epcis = new HashMap<>();
    private final Map<String, Commune> communes = new HashMap<>(50_000);
    private final Map<String, List<Commune>> members = new HashMap<>(2_000);
    private final Map<String, List<Commune>> communesByName = new HashMap<>(50_000);
    /** Former communes (déléguées, associées) by name: only looked at when no commune of today has the name. */
    private final Map<String, List<Commune>> communesByOlderName = new HashMap<>(4_000);
    private final Map<String, List<Commune>> communesByPostalCode = new HashMap<>(8_000);
    private final Map<String, Departement> departementsByName = new HashMap<>();
    private final Map<String, Region> regionsByName = new HashMap<>();
    private final Map<String, List<Epci>> epcisByName = new HashMap<>();
    /** Commune name keys grouped by length, for the one-typo lookup (built on first use). */
    private volatile Map<String, String[]> keysByEnds;
    /** Commune name keys in order, for the lookup by the first words (built on first use). */
    private volatile String[] sortedKeys;
    private String source = "";

    private Gazetteer() {
    }

    /** The bundled gazetteer, loaded on first use. */
    public static Gazetteer bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Gazetteer BUNDLED = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the engine's jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
            }
        }
    }

    /** Reads a gazetteer in the format {@code scripts/build-gazetteer.py} writes (gzip'd TSV). */
    static Gazetteer read(InputStream gzipped) throws IOException {
        Gazetteer gazetteer = new Gazetteer();
        // Decoded at once and cut with indexOf: a reader decoding line by line costs more than the parsing.
        String text;
        try (GZIPInputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] fields = new String[8];
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (text.charAt(start) == '#') {
                gazetteer.source = text.substring(start + 1, end).strip();
            } else if (end > start) {
                int count = split(text, start, end, fields);
                gazetteer.add(fields, count);
            }
            start = end + 1;
        }
        gazetteer.members.replaceAll((siren, list) -> List.copyOf(list));
        return gazetteer;
    }

    private void add(String[] f, int count) {
        switch (f[0]) {
            case "R" -> {
                Region region = new Region(f[1], f[2]);
                regions.put(region.code(), region);
                regionsByName.put(PlaceNames.key(region.name()), region);
            }
            case "D" -> {
                Departement departement = new Departement(f[1], f[3], f[2]);
                departements.put(departement.code(), departement);
                departementsByName.put(PlaceNames.key(departement.name()), departement);
            }
            case "E" -> {
                Epci epci = new Epci(f[1], f[4], f[2], Integer.parseInt(f[3]));
                epcis.put(epci.siren(), epci);
                for (String name : new LinkedHashSet<>(List.of(PlaceNames.key(epci.name()),
                        PlaceNames.key(epci.shortName())))) {
                    epcisByName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(epci);
                }
            }
            case "C" -> {
                Departement departement = departements.get(f[2]);
                Epci epci = f[3].isEmpty() ? null : epcis.get(f[3]);
                List<String> postalCodes = f[5].isEmpty() ? List.of() : f[5].indexOf(',') < 0 ? List.of(f[5])
                        : Arrays.asList(f[5].split(","));
                Commune commune = new Commune(f[1], f[6], departement == null ? f[2] : departement.code(),
                        epci == null ? null : epci.siren(), Integer.parseInt(f[4]), postalCodes);
                communes.put(commune.insee(), commune);
                // The key comes with the data: folding 37 000 names would cost most of the load.
                append(communesByName, f[7], commune);
                for (String postalCode : commune.postalCodes()) {
                    append(communesByPostalCode, postalCode, commune);
                }
                if (epci != null) {
                    members.computeIfAbsent(epci.siren(), k -> new ArrayList<>()).add(commune);
                }
            }
            case "A" -> {
                Commune parent = communes.get(f[2]);
                if (parent != null) {
                    append(communesByOlderName, f[4], parent);
                }
            }
            default -> throw new IllegalStateException("unknown record '" + f[0] + "' in " + RESOURCE);
        }
    }

    /** Appends without copying: most names and postal codes have one commune, kept as an immutable one-item list. */
    private static void append(Map<String, List<Commune>> map, String key, Commune commune) {
        List<Commune> list = map.get(key);
        if (list == null) {
            map.put(key, List.of(commune));
        } else if (!list.contains(commune)) {
            List<Commune> longer = new ArrayList<>(list.size() + 1);
            longer.addAll(list);
            longer.add(commune);
            map.put(key, List.copyOf(longer));
        }
    }

    private static int split(String text, int start, int end, String[] fields) {
        int count = 0;
        while (count < fields.length) {
            int tab = text.indexOf('\t', start);
            if (tab < 0 || tab > end) {
                fields[count++] = text.substring(start, end);
                break;
            }
            fields[count++] = text.substring(start, tab);
            start = tab + 1;
        }
        return count;
    }

    /** The key each commune's name is looked up by, as the data file gives it (for tests of their agreement). */
    Map<String, List<Commune>> communeKeys() {
        return communesByName;
    }

    /** The data's origin and version, as the data file's first line gives it. */
    public String source() {
        return source;
    }

    public Collection<Commune> communes() {
        return communes.values();
    }

    public Optional<Commune> commune(String insee) {
        return Optional.ofNullable(communes.get(insee));
    }

    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(siren == null ? null : epcis.get(siren));
    }

    public Collection<Epci> epcis() {
        return epcis.values();
    }

    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(departements.get(code));
    }

    public Collection<Departement> departements() {
        return departements.values();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The EPCI a commune belongs to, if any. */
    public Optional<Epci> epciOf(Commune commune) {
        return epci(commune.epciSiren());
    }

    public Departement departementOf(Commune commune) {
        return departements.get(commune.departementCode());
    }

    /** The région of a département, or null for the few territories outside any. */
    public Region regionOf(Departement departement) {
        return departement == null ? null : regions.get(departement.regionCode());
    }

    /** The member communes of an EPCI, in INSEE code order. */
    public List<Commune> members(Epci epci) {
        return members.getOrDefault(epci.siren(), List.of());
    }

    /**
     * The communes named {@code name}: today's communes with that name, else the communes that absorbed a former
     * commune of that name. Several when the name is shared (the caller must ask which); empty when none.
     */
    public List<Commune> communesNamed(String name) {
        String key = PlaceNames.key(name);
        List<Commune> found = communesByName.get(key);
        return found != null ? found : communesByOlderName.getOrDefault(key, List.of());
    }

    /** {@link #communesNamed}, or when no commune has the name, the communes whose name is one typo away. */
    public List<Commune> communesNamedFuzzy(String name) {
        List<Commune> exact = communesNamed(name);
        String key = PlaceNames.key(name);
        if (!exact.isEmpty() || key.length() < MIN_FUZZY_LENGTH) {
            return exact;
        }
        // One edit leaves either the first two letters or the last two unchanged (names of five letters or more):
        // only the names sharing one of them, one letter longer or shorter at most, are compared.
        Set<Commune> found = new LinkedHashSet<>();
        Map<String, String[]> buckets = keysByEnds();
        for (int length = key.length() - 1; length <= key.length() + 1; length++) {
            for (String bucket : List.of(length + "<" + key.substring(0, 2),
                    length + ">" + key.substring(key.length() - 2))) {
                for (String candidate : buckets.getOrDefault(bucket, new String[0])) {
                    if (PlaceNames.oneEditApart(key, candidate)) {
                        found.addAll(communesByName.get(candidate));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Name keys by length and first two letters ("12<sa") and by length and last two letters ("12>ne"). */
    private Map<String, String[]> keysByEnds() {
        Map<String, String[]> keys = keysByEnds;
        if (keys == null) {
            Map<String, List<String>> grouped = new HashMap<>();
            for (String k : communesByName.keySet()) {
                if (k.length() >= 2) {
                    grouped.computeIfAbsent(k.length() + "<" + k.substring(0, 2), n -> new ArrayList<>()).add(k);
                    grouped.computeIfAbsent(k.length() + ">" + k.substring(k.length() - 2), n -> new ArrayList<>())
                            .add(k);
                }
            }
            Map<String, String[]> built = new HashMap<>();
            grouped.forEach((bucket, list) -> built.put(bucket, list.toArray(new String[0])));
            keys = Map.copyOf(built);
            keysByEnds = keys;
        }
        return keys;
    }

    /**
     * The communes whose name begins with the words of {@code name} ("st pourcain" → Saint-Pourçain-sur-Sioule and
     * Saint-Pourçain-sur-Besbre), for names typed short.
     */
    public List<Commune> communesNamedStartingWith(String name) {
        String prefix = PlaceNames.key(name) + " ";
        String[] keys = sortedKeys();
        int at = Arrays.binarySearch(keys, prefix);
        Set<Commune> found = new LinkedHashSet<>();
        for (int i = at < 0 ? -at - 1 : at; i < keys.length && keys[i].startsWith(prefix); i++) {
            found.addAll(communesByName.get(keys[i]));
        }
        return List.copyOf(found);
    }

    private String[] sortedKeys() {
        String[] keys = sortedKeys;
        if (keys == null) {
            keys = communesByName.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            sortedKeys = keys;
        }
        return keys;
    }

    /** The communes with postal code {@code code} (several often share one). */
    public List<Commune> communesWithPostalCode(String code) {
        return communesByPostalCode.getOrDefault(code.strip(), List.of());
    }

    /** The département named {@code name} ("puy de dome", "Puy-de-Dôme"), allowing one typo in longer names. */
    public Optional<Departement> departementNamed(String name) {
        return Optional.ofNullable(named(departementsByName, PlaceNames.key(name)));
    }

    /** The région named {@code name}, allowing one typo in longer names. */
    public Optional<Region> regionNamed(String name) {
        return Optional.ofNullable(named(regionsByName, PlaceNames.key(name)));
    }

    /** The EPCI named {@code name}, with or without its type ("CC Plaine Limagne", "plaine limagne"). */
    public List<Epci> epcisNamed(String name) {
        return epcisByName.getOrDefault(PlaceNames.key(name), List.of());
    }

    private static <T> T named(Map<String, T> byName, String key) {
        T exact = byName.get(key);
        if (exact != null || key.length() < MIN_FUZZY_LENGTH) {
            return exact;
        }
        T found = null;
        for (Map.Entry<String, T> entry : byName.entrySet()) {
            if (PlaceNames.oneEditApart(key, entry.getKey())) {
                if (found != null) {
                    return null;
                }
                found = entry.getValue();
            }
        }
        return found;
    }
}
