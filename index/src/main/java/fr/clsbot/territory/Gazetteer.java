package fr.clsbot.territory;

import fr.clsbot.text.Folding;
import fr.clsbot.text.LeadingArticle;
import fr.clsbot.text.Typo;
import fr.clsbot.text.WordMemo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * France's administrative map: 34 969 communes, 1 255 EPCI, 109 départements and 26 régions, read from the data file
 * bundled with the engine ({@code territories.bin.gz}, derived from Etalab's {@code @etalab/decoupage-administratif}
 * by {@code scripts/build-gazetteer.py}). Immutable and thread-safe; {@link #bundled()} loads it once.
 *
 * <p>The communes are held as columns (arrays), sorted by name key, with every lookup table written sorted by the
 * script: loading is a few bulk reads, a lookup is a binary search, and a {@link Commune} is only made when a
 * lookup returns it. Names are looked up accent-, case- and hyphen-insensitively, "st" and "ste" standing for
 * "saint" and "sainte"; the fuzzy lookups also accept one typo. A name several communes share returns them all:
 * the caller asks which.
 */
public final class Gazetteer {
    /** The data's source, as answers name it. */
    public static final String SOURCE = "INSEE, découpage administratif Etalab 6.0.0";
    private static final Pattern LEADING_ARTICLE_KEY = Pattern.compile("(?:le|la|les|l) ");
    private static final String RESOURCE = "territories.bin.gz";
    private static final int FORMAT_VERSION = 1;
    /** Shorter names are never matched with a typo: too many would match. */
    private static final int MIN_FUZZY_LENGTH = 5;
    /** How many names each lookup remembers: a question looks up every run of its words, again and again. */
    private static final int REMEMBERED_NAMES = 8192;

    private final String source;
    private final Map<String, Region> regions = new HashMap<>();
    private static final Pattern DEPARTEMENT_CODE = Pattern.compile("\\b(\\d[\\dAB]\\d?)\\b");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)");
    private final Map<String, Region> regionsByName = new HashMap<>();
    private final Departement[] departementList;
    private final Map<String, Departement> departements = new HashMap<>();
    private final Map<String, Departement> departementsByName = new HashMap<>();
    private final Epci[] epciList;
    private final Map<String, Integer> epciIndex = new HashMap<>();
    private final Map<String, List<Epci>> epcisByName = new HashMap<>();
    /** Words of a name that give no initial to its acronym. */
    private static final Set<String> SMALL_WORDS = Set.of("de", "la", "le", "les", "l", "du", "des", "d", "et", "en",
            "sur", "sous", "lès", "aux", "au", "à");

    private final int communeCount;
    private final byte[] inseeCodes;
    private final byte[] departementOfCommune;
    private final short[] epciOfCommune;
    private final int[] population;
    private final TextColumn names;
    private final WordMemo<List<Commune>> byName = new WordMemo<>(REMEMBERED_NAMES);
    private final WordMemo<List<Commune>> byNameFuzzy = new WordMemo<>(REMEMBERED_NAMES);
    private final WordMemo<Optional<Departement>> departementByName = new WordMemo<>(REMEMBERED_NAMES);
    private final WordMemo<Optional<Region>> regionByName = new WordMemo<>(REMEMBERED_NAMES);
    private final TextColumn keys;
    private final int[] postalStart;
    private final int[] postalCodes;
    private final char[] byInsee;
    private final char[] byReversedKey;
    private final int[] postalIndexCodes;
    private final char[] postalIndexCommunes;
    private final int[] memberStart;
    private final char[] members;
    private final TextColumn olderNameKeys;
    private final char[] olderNameCommunes;

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

    /** Reads a gazetteer in the format {@code scripts/build-gazetteer.py} writes. */
    static Gazetteer read(InputStream gzipped) throws IOException {
        byte[] bytes;
        try (GZIPInputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            bytes = in.readAllBytes();
        }
        return new Gazetteer(ByteBuffer.wrap(bytes));
    }

    private Gazetteer(ByteBuffer in) {
        byte[] magic = new byte[4];
        in.get(magic);
        if (!"CLSG".equals(new String(magic, StandardCharsets.US_ASCII)) || in.getInt() != FORMAT_VERSION) {
            throw new IllegalStateException(RESOURCE + " is not in the format this engine reads");
        }
        source = string(in);
        for (int i = in.getInt(); i > 0; i--) {
            Region region = new Region(string(in), string(in));
            regions.put(region.code(), region);
            regionsByName.put(PlaceNames.key(region.name()), region);
            // "Réunion" for "La Réunion": the article of a name is seldom typed.
            regionsByName.putIfAbsent(PlaceNames.key(LeadingArticle.strip(region.name())), region);
        }
        departementList = new Departement[in.getInt()];
        for (int i = 0; i < departementList.length; i++) {
            String code = string(in);
            String regionCode = string(in);
            Departement departement = new Departement(code, string(in), regionCode);
            departementList[i] = departement;
            departements.put(code, departement);
            departementsByName.put(PlaceNames.key(departement.name()), departement);
            departementsByName.putIfAbsent(PlaceNames.key(LeadingArticle.strip(departement.name())), departement);
        }
        epciList = new Epci[in.getInt()];
        for (int i = 0; i < epciList.length; i++) {
            String siren = string(in);
            String type = string(in);
            int people = in.getInt();
            Epci epci = new Epci(siren, string(in), type, people);
            epciList[i] = epci;
            epciIndex.put(siren, i);
            for (String name : new LinkedHashSet<>(List.of(PlaceNames.key(epci.name()),
                    PlaceNames.key(epci.shortName())))) {
                epcisByName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(epci);
            }
        }
        communeCount = in.getInt();
        inseeCodes = bytes(in, communeCount * 5);
        departementOfCommune = bytes(in, communeCount);
        epciOfCommune = new short[communeCount];
        in.asShortBuffer().get(epciOfCommune);
        in.position(in.position() + 2 * communeCount);
        population = ints(in, communeCount);
        names = TextColumn.read(in, communeCount);
        keys = TextColumn.read(in, communeCount);
        postalStart = TextColumn.offsets(bytes(in, communeCount));
        postalCodes = ints(in, in.getInt());
        byInsee = chars(in, communeCount);
        byReversedKey = chars(in, communeCount);
        int postalEntries = in.getInt();
        postalIndexCodes = ints(in, postalEntries);
        postalIndexCommunes = chars(in, postalEntries);
        memberStart = ints(in, epciList.length + 1);
        members = chars(in, in.getInt());
        int older = in.getInt();
        olderNameKeys = TextColumn.read(in, older);
        olderNameCommunes = chars(in, older);
    }

    private static String string(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static byte[] bytes(ByteBuffer in, int count) {
        byte[] values = new byte[count];
        in.get(values);
        return values;
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] values = new int[count];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * count);
        return values;
    }

    /** Unsigned 16-bit values (commune indices) read as chars. */
    private static char[] chars(ByteBuffer in, int count) {
        char[] values = new char[count];
        in.asCharBuffer().get(values);
        in.position(in.position() + 2 * count);
        return values;
    }

    /** Texts stored end to end, one per commune (or older name), with where each starts. */
    private record TextColumn(byte[] text, int[] start) {
        static TextColumn read(ByteBuffer in, int count) {
            int[] start = offsets(bytes(in, count));
            return new TextColumn(bytes(in, in.getInt()), start);
        }

        /** Lengths (one unsigned byte each) to start offsets, with the end as the last entry. */
        static int[] offsets(byte[] lengths) {
            int[] start = new int[lengths.length + 1];
            for (int i = 0; i < lengths.length; i++) {
                start[i + 1] = start[i] + Byte.toUnsignedInt(lengths[i]);
            }
            return start;
        }

        int length(int i) {
            return start[i + 1] - start[i];
        }

        /** Entry {@code i} as a string of its bytes, one char each: the keys are ASCII. */
        CharSequence latin1(int i) {
            int from = start[i];
            int length = length(i);
            return new CharSequence() {
                @Override
                public int length() {
                    return length;
                }

                @Override
                public char charAt(int index) {
                    return (char) (text[from + index] & 0xff);
                }

                @Override
                public CharSequence subSequence(int begin, int end) {
                    return new String(text, from + begin, end - begin, StandardCharsets.ISO_8859_1);
                }
            };
        }

        String utf8(int i) {
            return new String(text, start[i], length(i), StandardCharsets.UTF_8);
        }

        /** Compares entry {@code i} (ASCII) with {@code key}, as String.compareTo would. */
        int compare(int i, String key) {
            int length = length(i);
            int common = Math.min(length, key.length());
            for (int j = 0; j < common; j++) {
                int d = (text[start[i] + j] & 0xff) - key.charAt(j);
                if (d != 0) {
                    return d;
                }
            }
            return length - key.length();
        }

        /** Compares entry {@code i} read backwards with {@code reversedKey}. */
        int compareReversed(int i, String reversedKey) {
            int length = length(i);
            int common = Math.min(length, reversedKey.length());
            int last = start[i + 1] - 1;
            for (int j = 0; j < common; j++) {
                int d = (text[last - j] & 0xff) - reversedKey.charAt(j);
                if (d != 0) {
                    return d;
                }
            }
            return length - reversedKey.length();
        }

        boolean startsWith(int i, String prefix) {
            if (length(i) < prefix.length()) {
                return false;
            }
            for (int j = 0; j < prefix.length(); j++) {
                if ((text[start[i] + j] & 0xff) != prefix.charAt(j)) {
                    return false;
                }
            }
            return true;
        }

        /** True when entry {@code i} ends with the reverse of {@code reversedSuffix}. */
        boolean endsWithReversed(int i, String reversedSuffix) {
            if (length(i) < reversedSuffix.length()) {
                return false;
            }
            int last = start[i + 1] - 1;
            for (int j = 0; j < reversedSuffix.length(); j++) {
                if ((text[last - j] & 0xff) != reversedSuffix.charAt(j)) {
                    return false;
                }
            }
            return true;
        }

        /** The first entry not below {@code key}, the entries being sorted. */
        int lowerBound(String key) {
            int low = 0;
            int high = start.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (compare(middle, key) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    private Commune communeAt(int i) {
        String insee = new String(inseeCodes, 5 * i, 5, StandardCharsets.ISO_8859_1);
        int epci = epciOfCommune[i];
        List<String> codes = new ArrayList<>(postalStart[i + 1] - postalStart[i]);
        for (int p = postalStart[i]; p < postalStart[i + 1]; p++) {
            codes.add(postalCode(postalCodes[p]));
        }
        return new Commune(insee, names.utf8(i), departementList[Byte.toUnsignedInt(departementOfCommune[i])].code(),
                epci < 0 ? null : epciList[epci].siren(), population[i], codes);
    }

    private static String postalCode(int code) {
        String digits = Integer.toString(code);
        return "00000".substring(digits.length()) + digits;
    }

    /** The communes at indices {@code from} (inclusive) to {@code to} of a column, mapped to commune indices. */
    private List<Commune> communesAt(int from, int to, IntUnaryOperator commune) {
        if (from >= to) {
            return List.of();
        }
        if (to - from == 1) {
            return List.of(communeAt(commune.applyAsInt(from)));
        }
        // Every column the script writes holds each commune once per entry (a name, a postal code, an EPCI).
        List<Commune> found = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            found.add(communeAt(commune.applyAsInt(i)));
        }
        return List.copyOf(found);
    }

    /** The number of communes, and the key and name of each, for the test of their agreement with PlaceNames. */
    int communeCount() {
        return communeCount;
    }

    String keyAt(int i) {
        return new String(keys.text(), keys.start()[i], keys.length(i), StandardCharsets.ISO_8859_1);
    }

    String nameAt(int i) {
        return names.utf8(i);
    }

    /** The data's origin and version, as the data file's first line gives it. */
    public String source() {
        return source;
    }

    /** Every commune, in name order (each made when read). */
    public List<Commune> communes() {
        return new AbstractList<>() {
            @Override
            public Commune get(int index) {
                return communeAt(index);
            }

            @Override
            public int size() {
                return communeCount;
            }
        };
    }

    public Optional<Commune> commune(String insee) {
        if (insee == null || insee.length() != 5) {
            return Optional.empty();
        }
        int low = 0;
        int high = communeCount - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int i = byInsee[middle];
            int d = compareInsee(i, insee);
            if (d == 0) {
                return Optional.of(communeAt(i));
            } else if (d < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    private int compareInsee(int i, String insee) {
        for (int j = 0; j < 5; j++) {
            int d = (inseeCodes[5 * i + j] & 0xff) - insee.charAt(j);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    public Optional<Epci> epci(String siren) {
        Integer i = siren == null ? null : epciIndex.get(siren);
        return Optional.ofNullable(i == null ? null : epciList[i]);
    }

    public Collection<Epci> epcis() {
        return List.of(epciList);
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

    public Collection<Region> regions() {
        return regions.values();
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
        Integer e = epciIndex.get(epci.siren());
        if (e == null) {
            return List.of();
        }
        return communesAt(memberStart[e], memberStart[e + 1], m -> members[m]);
    }

    /**
     * The communes named {@code name}: today's communes with that name, else the communes that absorbed a former
     * commune of that name. Several when the name is shared (the caller must ask which); empty when none.
     */
    public List<Commune> communesNamed(String name) {
        return byName.get(name, this::lookUpCommunesNamed);
    }

    private List<Commune> lookUpCommunesNamed(String name) {
        String key = PlaceNames.key(name);
        List<Commune> found = named(keys, key, i -> i);
        if (found.isEmpty() && key.indexOf(' ') > 0 && !LEADING_ARTICLE_KEY.matcher(key).lookingAt()) {
            // "pont de claix": users drop the article of "Le Pont-de-Claix"; only for names of several words,
            // as "blanc" or "port" alone are words before they are "Le Blanc" or "Le Port".
            for (String article : List.of("le ", "la ", "les ", "l ")) {
                found = named(keys, article + key, i -> i);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return found.isEmpty() ? named(olderNameKeys, key, i -> olderNameCommunes[i]) : found;
    }

    private List<Commune> named(TextColumn column, String key, IntUnaryOperator commune) {
        int at = column.lowerBound(key);
        int end = at;
        while (end < column.start().length - 1 && column.compare(end, key) == 0) {
            end++;
        }
        return communesAt(at, end, commune);
    }

    /** {@link #communesNamed}, or when no commune has the name, the communes whose name is one typo away. */
    public List<Commune> communesNamedFuzzy(String name) {
        return byNameFuzzy.get(name, this::lookUpCommunesNamedFuzzy);
    }

    private List<Commune> lookUpCommunesNamedFuzzy(String name) {
        List<Commune> exact = communesNamed(name);
        String key = PlaceNames.key(name);
        if (!exact.isEmpty() || key.length() < MIN_FUZZY_LENGTH) {
            return exact;
        }
        // One edit leaves either the first two letters or the last two unchanged (names of five letters or more):
        // only the names beginning or ending as the key does, one letter longer or shorter at most, are compared.
        BitSet found = new BitSet();
        String head = key.substring(0, 2);
        for (int i = keys.lowerBound(head); i < communeCount && keys.startsWith(i, head); i++) {
            addIfOneEditApart(key, i, found);
        }
        String tail = new StringBuilder(key.substring(key.length() - 2)).reverse().toString();
        for (int i = reversedLowerBound(tail); i < communeCount && keys.endsWithReversed(byReversedKey[i], tail); i++) {
            addIfOneEditApart(key, byReversedKey[i], found);
        }
        List<Commune> communes = new ArrayList<>(found.cardinality());
        found.stream().forEach(i -> communes.add(communeAt(i)));
        return List.copyOf(communes);
    }

    private void addIfOneEditApart(String key, int i, BitSet found) {
        if (Math.abs(keys.length(i) - key.length()) <= 1 && Typo.oneEditApart(key, keys.latin1(i))) {
            found.set(i);
        }
    }

    private int reversedLowerBound(String reversedKey) {
        int low = 0;
        int high = communeCount;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys.compareReversed(byReversedKey[middle], reversedKey) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The communes whose name begins with the words of {@code name} ("st pourcain" → Saint-Pourçain-sur-Sioule and
     * Saint-Pourçain-sur-Besbre), for names typed short.
     */
    public List<Commune> communesNamedStartingWith(String name) {
        String prefix = PlaceNames.key(name) + " ";
        int at = keys.lowerBound(prefix);
        int end = at;
        while (end < communeCount && keys.startsWith(end, prefix)) {
            end++;
        }
        return communesAt(at, end, i -> i);
    }

    /** The communes with postal code {@code code} (several often share one). */
    public List<Commune> communesWithPostalCode(String code) {
        String digits = code.strip();
        if (!digits.matches("\\d{5}")) {
            return List.of();
        }
        int value = Integer.parseInt(digits);
        int at = Arrays.binarySearch(postalIndexCodes, value);
        if (at < 0) {
            return List.of();
        }
        while (at > 0 && postalIndexCodes[at - 1] == value) {
            at--;
        }
        int end = at;
        while (end < postalIndexCodes.length && postalIndexCodes[end] == value) {
            end++;
        }
        return communesAt(at, end, i -> postalIndexCommunes[i]);
    }

    /** The département named {@code name} ("puy de dome", "Puy-de-Dôme"), allowing one typo in longer names. */
    public Optional<Departement> departementNamed(String name) {
        return departementByName.get(name, n -> Optional.ofNullable(named(departementsByName, PlaceNames.key(n))));
    }

    /** The région named {@code name}, allowing one typo in longer names. */
    public Optional<Region> regionNamed(String name) {
        return regionByName.get(name, n -> Optional.ofNullable(named(regionsByName, PlaceNames.key(n))));
    }

    /**
     * The EPCI whose name (without its type) of two words or more occurs in {@code text}, with how many times:
     * "Auray Quiberon Terre Atlantique", "Loue-Lison" whatever their accents, hyphens and case.
     */
    public Map<Epci, Integer> epcisNamedIn(String text) {
        // "et" is left out of both: "Perche Haut Vendômois" names the CC du Perche et Haut Vendômois.
        String words = withoutEt(" " + PlaceNames.key(text) + " ");
        Map<Epci, Integer> found = new LinkedHashMap<>();
        for (Epci epci : epciList) {
            // "du Grand Périgueux" names "Le Grand Périgueux": the article goes with the sentence, not the name.
            String name = withoutEt(PlaceNames.key(epci.shortName())).replaceFirst("^(?:le|la|les|l) ", "");
            if (name.indexOf(' ') < 0) {
                continue;
            }
            int count = 0;
            for (int at = words.indexOf(" " + name + " "); at >= 0; at = words.indexOf(" " + name + " ", at + 1)) {
                count++;
            }
            if (count > 0) {
                found.put(epci, count);
            }
        }
        return found;
    }

    /**
     * The codes of the départements a text names, by code or by name, a région standing for its départements
     * ("La Réunion (974)", "Allier", "03", "Occitanie").
     */
    public Set<String> departementCodesIn(String text) {
        Set<String> codes = new HashSet<>();
        Matcher code = DEPARTEMENT_CODE.matcher(text);
        while (code.find()) {
            departement(code.group(1).length() == 1 ? "0" + code.group(1) : code.group(1))
                    .ifPresent(d -> codes.add(d.code()));
        }
        Matcher parentheses = BRACKETS.matcher(text);
        while (parentheses.find()) {
            departementNamed(parentheses.group(1)).ifPresent(d -> codes.add(d.code()));
        }
        String outside = BRACKETS.matcher(text).replaceAll("");
        departementNamed(outside).ifPresent(d -> codes.add(d.code()));
        // A région stands for its départements ("La Réunion", "Occitanie").
        regionNamed(outside).ifPresent(r -> departements().stream()
                .filter(d -> d.regionCode().equals(r.code())).forEach(d -> codes.add(d.code())));
        return codes;
    }

    private static String withoutEt(String key) {
        return key.replace(" et ", " ");
    }

    /**
     * The EPCIs whose initials an acronym spells: "CCVS" the CC des Villes Sœurs, "4CPS" (four C) the CC de la
     * Champagne Conlinoise et du Pays de Sillé. Small words ("de", "la", "et") have no initial; a word in capitals
     * ("CC") gives all its letters, a hyphenated name one initial a part ("Saint-Marcellin" SM).
     */
    public List<Epci> epcisWithAcronym(String acronym) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (Character.isDigit(c) && i + 1 < acronym.length() && Character.isLetter(acronym.charAt(i + 1))) {
                letters.append(String.valueOf(acronym.charAt(i + 1)).repeat(c - '0' - 1));
            } else {
                letters.append(c);
            }
        }
        String wanted = letters.toString().toUpperCase(Locale.ROOT);
        if (wanted.length() < 3 || !wanted.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<Epci> found = new ArrayList<>();
        for (Epci epci : epciList) {
            if (initials(epci.name()).equals(wanted)) {
                found.add(epci);
            }
        }
        return found;
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s\\-'’]+")) {
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            initials.append(capitals ? word : word.substring(0, 1));
        }
        return Folding.fold(initials.toString()).toUpperCase(Locale.ROOT);
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
            if (Typo.oneEditApart(key, entry.getKey())) {
                if (found != null) {
                    return null;
                }
                found = entry.getValue();
            }
        }
        return found;
    }
}
