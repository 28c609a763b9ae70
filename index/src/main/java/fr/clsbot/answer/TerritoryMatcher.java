package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.Token;
import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the territories a question names, by their names and aliases, tolerating missing accents, typos and
 * fragments: "montlucon", "Plaine Limagn", "l'agglo de Montluçon". Generic words of names ("communauté",
 * "communes", "agglo") never name a territory alone.
 */
final class TerritoryMatcher {
    /** Words of territory names that say a kind, not which territory ("agglo", "communauté", "pays"). */
    static final Set<String> GENERIC = Set.of("communaute", "communautes", "commune", "communes", "de", "du",
            "des", "d", "la", "le", "les", "l", "agglo", "agglomeration", "cc", "comcom", "ville", "pays", "et", "en",
            "sur", "metropole", "intercommunalite", "territoire", "cls");

    /** Words an acronym skips. */
    private static final Set<String> SMALL_WORDS = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "et", "en");

    /** Marks the second word of a name typed in two words. */
    private static final String JOINED = new String("+joined");

    /** Endings of the adjectives naming a place's inhabitants. */
    private static final Pattern DEMONYM = Pattern.compile("(?:aise?s?|oise?s?|ienne?s?|iens?|aine?s?)$");
    private static final int MIN_TOWN_STEM = 5;
    /** The shortest town name read for its people's adjective when typed exactly ("gray" for « Pays Graylois »). */
    private static final int MIN_SHORT_TOWN = 4;

    /** A name of a territory as distinctive words, e.g. [plaine, limagne]. */
    private record Name(Contract contract, List<String> words) {
    }

    /** "Aix-en-Provence": the first word of a hyphenated name, which users type alone ("l'enquête santé d'Aix"). */
    private static final Pattern HYPHENATED_HEAD = Pattern.compile("(\\p{L}{3,})-(?=\\p{L})");
    /** How long a lone word of a longer name must be to name it; a hyphenated name's first word may be shorter. */
    private static final int LONE_WORD = 5;
    private static final int SHORT_HEAD = 3;
    private final Set<String> hyphenHeads = new HashSet<>();
    /** The words of each contract's name and aliases, by contract id, as the question's words are analysed. */
    private final Map<String, Set<String>> nameWords = new HashMap<>();
    private final EvidenceIndex index;
    private final FrenchAnalysis analysis;
    /** The words questions ask with ("signé", "periode", "contact"): never the rest of a place's name. */
    private final Set<String> questionWords;
    private final Map<String, List<Name>> namesByWord = new HashMap<>();
    /** The same words in order, so that those starting as a typed word does are found without reading them all. */
    private final NavigableSet<String> sortedWords;
    /**
     * The same names by their first word only, in the same order: a name can only match where its first word
     * stands, and a word common to many names ("saint") would otherwise be compared with all of them.
     */
    private final Map<String, List<Name>> namesByFirstWord = new HashMap<>();
    /**
     * The names of two words or more by their first two words ("val sioule"), in the same order: a common first word
     * ("val") starts dozens of names, and a name can only match where its first two words stand.
     */
    private final Map<String, List<Name>> namesByFirstTwoWords = new HashMap<>();
    private final Map<String, Set<String>> contractsByWord = new HashMap<>();
    /** Every name of a contract as all its words, generic ones included ("pays", "ajaccien"). */
    private final Map<String, List<List<String>>> fullNames = new HashMap<>();
    private final Map<String, Set<Contract>> initialsOf = new HashMap<>();
    private final Set<String> kindAcronyms = new HashSet<>();
    /** The people's adjective of a name by the stem of the town it is made from ("lunevill" → "lunevillois"). */
    private final Map<String, String> namesOfTown = new HashMap<>();
    /** Initials that name their territory only if they are no word of the base. */
    private final Set<String> initialsToCheck = new HashSet<>();

    TerritoryMatcher(KnowledgeBase base, EvidenceIndex index, FrenchAnalysis analysis, Set<String> questionWords) {
        this.index = index;
        this.analysis = analysis;
        this.questionWords = Set.copyOf(questionWords);
        // A thousand contracts share a handful of kinds: each is analysed once.
        Map<String, List<String>> kindWords = new HashMap<>();
        for (Contract contract : base.contracts()) {
            var territory = contract.territory();
            Set<String> names = new LinkedHashSet<>(territory.aliases());
            names.add(territory.name());
            Set<String> own = new HashSet<>();
            names.forEach(name -> own.addAll(spelledOut(analysis.words(name))));
            nameWords.put(contract.id(), Set.copyOf(own));
            if (territory.collectivity() != null) {
                names.add(territory.collectivity());
            }
            for (String name : names) {
                // "Pays Berry St-Amandois" is asked for as « berry saint amandois » too.
                List<String> all = spelledOut(analysis.words(name));
                fullNames.computeIfAbsent(contract.id(), id -> new ArrayList<>()).add(all);
                List<String> words = all.stream().filter(w -> !GENERIC.contains(w)).toList();
                if (words.isEmpty()) {
                    continue;
                }
                Name entry = new Name(contract, words);
                Matcher head = HYPHENATED_HEAD.matcher(name);
                if (head.lookingAt()) {
                    hyphenHeads.add(Folding.fold(head.group(1)));
                }
                for (String word : words) {
                    namesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(entry);
                    contractsByWord.computeIfAbsent(word, w -> new HashSet<>()).add(contract.id());
                }
                for (String initials : initials(all, words)) {
                    initialsOf.computeIfAbsent(initials, i -> new HashSet<>()).add(contract);
                }
                String withKind = territory.kind() == null ? null : kindInitials(kindWords.computeIfAbsent(
                        territory.kind(), analysis::words), all);
                if (withKind != null) {
                    initialsOf.computeIfAbsent(withKind, i -> new HashSet<>()).add(contract);
                    kindAcronyms.add(withKind);
                }
            }
        }
        // "LHSM" for Le Havre Seine Métropole, "msm" for Mont Saint-Michel: initials that are no word of the base
        // outside that contract's own pages and stand for one contract only. An intercommunality's acronym ("la CAVM
        // s'est engagée") may be a word of its own pages.
        initialsOf.forEach((initials, contracts) -> {
            if (contracts.size() == 1 && !namesByWord.containsKey(initials)) {
                if (!kindAcronyms.contains(initials)) {
                    // Whether the base knows it as a word is looked up when a question has it: start-up is quicker.
                    initialsToCheck.add(initials);
                }
                Contract contract = contracts.iterator().next();
                namesByWord.computeIfAbsent(initials, w -> new ArrayList<>()).add(new Name(contract,
                        List.of(initials)));
                contractsByWord.computeIfAbsent(initials, w -> new HashSet<>()).add(contract.id());
            }
        });
        sortedWords = new TreeSet<>(namesByWord.keySet());
        // "Pays du Lunévillois" is asked as "luneville": the town a name's people's adjective is made from.
        Map<String, Set<String>> demonymsByStem = new HashMap<>();
        for (String word : namesByWord.keySet()) {
            Matcher suffix = DEMONYM.matcher(word);
            // Only the adjective that makes a name on its own ("Pays du Lunévillois"): "de la Mayenne" is not the
            // "Bocage Mayennais".
            if (suffix.find() && suffix.start() >= MIN_TOWN_STEM && namesByWord.get(word).stream()
                    .anyMatch(name -> name.words().stream().allMatch(w -> w.equals(word) || GENERIC.contains(w)))) {
                for (String stem : townStems(word.substring(0, suffix.start()))) {
                    demonymsByStem.computeIfAbsent(stem, k -> new HashSet<>()).add(word);
                }
            }
        }
        demonymsByStem.forEach((stem, words) -> {
            if (words.size() == 1) {
                namesOfTown.put(stem, words.iterator().next());
            }
        });
        namesByWord.forEach((word, names) -> names.stream().filter(name -> name.words().get(0).equals(word))
                .forEach(name -> namesByFirstWord.computeIfAbsent(word, w -> new ArrayList<>()).add(name)));
        namesByFirstWord.values().forEach(names -> names.stream().filter(name -> name.words().size() > 1)
                .forEach(name -> namesByFirstTwoWords.computeIfAbsent(pair(name.words().get(0),
                        name.words().get(1)), p -> new ArrayList<>()).add(name)));
    }

    /**
     * The initials (three letters or more) of a name of two proper words or more, with and without its generic
     * words.
     */
    private static Set<String> initials(List<String> all, List<String> content) {
        Set<String> found = new LinkedHashSet<>();
        if (content.size() < 2) {
            // "agglomération de Montluçon" is no three-word name: "adm" would stand for nothing.
            return found;
        }
        for (List<String> words : List.of(all, content)) {
            if (words.size() >= 3 && words.size() <= 6) {
                StringBuilder letters = new StringBuilder();
                words.forEach(w -> letters.append(w.charAt(0)));
                found.add(letters.toString());
            }
        }
        return found;
    }

    /**
     * "CAVM" for the communauté d'agglomération Valenciennes Métropole, "CCHVO" for the communauté de communes du
     * Haut Val-d'Oise: the usual acronym of an intercommunality, its kind's initials then its name's, four letters
     * or more; null for other kinds or a name that already starts with its kind.
     */
    private static String kindInitials(List<String> kindWords, List<String> nameWords) {
        if (nameWords.isEmpty() || nameWords.get(0).startsWith("communaute")) {
            return null;
        }
        if (kindWords.isEmpty() || !kindWords.get(0).equals("communaute")) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        for (List<String> words : List.of(kindWords, nameWords)) {
            words.stream().filter(w -> !SMALL_WORDS.contains(w) && Character.isLetter(w.charAt(0)))
                    .forEach(w -> letters.append(w.charAt(0)));
        }
        return letters.length() >= 4 && letters.length() <= 7 ? letters.toString() : null;
    }

    /** The words of the contract's territory name and aliases (not its collectivity's legal name alone). */
    Set<String> nameWords(Contract contract) {
        return nameWords.getOrDefault(contract.id(), Set.of());
    }

    /** The territories named in {@code tokens}, in the order they appear, each once. */
    List<TerritoryMention> find(List<Token> tokens) {
        // Names are matched on the question's non-generic words, so "Val de Sioule" matches [val, sioule].
        List<Token> content = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Token token : tokens) {
            if (!GENERIC.contains(token.text())) {
                content.add(token);
                words.add(territoryWord(token.text()));
            }
        }
        // Names written in one word are also typed in two ("Cap Atlantique" for "CapAtlantique").
        for (int i = 0; i + 1 < content.size(); i++) {
            String joined = content.get(i).text() + content.get(i + 1).text();
            if (namesByWord.containsKey(joined) && (words.get(i) == null || !namesByWord.containsKey(words.get(i)))) {
                words.set(i, joined);
                words.set(i + 1, JOINED);
            }
        }
        // "grand lacs" for Les Grands Lacs: a word of the base in the other number, where it starts a two-word name
        // with the next word or ends one with the word before.
        for (int i = 0; i < content.size(); i++) {
            if (words.get(i) != null) {
                continue;
            }
            String variant = otherNumber(content.get(i).text());
            if (variant == null) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            String previous = i > 0 ? words.get(i - 1) : null;
            if (next != null && namesByFirstTwoWords.containsKey(pair(variant, next))
                    || previous != null && namesByFirstTwoWords.containsKey(pair(previous, variant))) {
                words.set(i, variant);
            }
        }
        Map<String, TerritoryMention> found = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (used.contains(i) || words.get(i) == null || words.get(i) == JOINED) {
                continue;
            }
            Name best = null;
            int bestLength = 0;
            // Any name of two words or more that matches is longer than one of a single word: those are compared
            // only when none does.
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (next != null && next != JOINED) {
                for (Name name : namesByFirstTwoWords.getOrDefault(pair(words.get(i), next), List.of())) {
                    int length = matchLength(words, i, name.words());
                    if (length > bestLength) {
                        best = name;
                        bestLength = length;
                    }
                }
            }
            if (best == null) {
                for (Name name : namesByFirstWord.getOrDefault(words.get(i), List.of())) {
                    if (name.words().size() == 1) {
                        best = name;
                        bestLength = 1;
                        break;
                    }
                }
            }
            if (best == null) {
                // A lone word of a longer name ("limagne") still names the territory when no other one has it and
                // questions do not ask with it ("qui porte" is no "Porte de DrômArdèche").
                Set<String> owners = contractsByWord.getOrDefault(words.get(i), Set.of());
                int shortest = hyphenHeads.contains(words.get(i)) ? SHORT_HEAD : LONE_WORD;
                if (owners.size() == 1 && words.get(i).length() >= shortest && !questionWords.contains(words.get(i))
                        && !namesSomethingElse(tokens, content.get(i), namesByWord.get(words.get(i)).get(0))) {
                    best = namesByWord.get(words.get(i)).get(0);
                    bestLength = 1;
                } else {
                    continue;
                }
            }
            if (i + bestLength < words.size() && words.get(i + bestLength) == JOINED) {
                bestLength++;
            }
            Set<Integer> positions = new LinkedHashSet<>();
            for (int p = i; p < i + bestLength; p++) {
                positions.add(content.get(p).position());
                used.add(p);
            }
            // The generic words inside the name ("de" in "Val de Sioule") belong to it too.
            int first = content.get(i).position();
            int last = content.get(i + bestLength - 1).position();
            for (int p = first; p <= last; p++) {
                positions.add(p);
            }
            // So do the generic words the name has around them, in the name's order ("Pays" in "Pays Ajaccien").
            positions.addAll(genericAround(tokens, first, last, fullNames.getOrDefault(best.contract().id(),
                    List.of())));
            TerritoryMention previous = found.get(best.contract().id());
            if (previous != null) {
                positions.addAll(previous.positions());
            }
            found.put(best.contract().id(), new TerritoryMention(best.contract(), Set.copyOf(positions)));
        }
        return List.copyOf(found.values());
    }

    /**
     * "plaine orientale" is not Plaine Limagne: a lone word of a longer name does not name it when the word the name
     * would continue with is another proper word ("plaine" then "orientale", "franche" after "nord"), not a word
     * questions ask with ("cls chanteloup signé quand").
     */
    private boolean namesSomethingElse(List<Token> tokens, Token lone, Name name) {
        int at = name.words().indexOf(lone.text());
        int p = tokens.indexOf(lone);
        boolean first = at == 0;
        boolean last = at == name.words().size() - 1;
        Token next = p + 1 < tokens.size() ? tokens.get(p + 1) : null;
        Token previous = p > 0 ? tokens.get(p - 1) : null;
        if (first && !last && next != null && almost(next.text(), name.words().get(at + 1))
                || last && !first && previous != null && almost(previous.text(), name.words().get(at - 1))) {
            // "corbeil essonne" for Corbeil-Essonnes: the name's own next word, misspelt.
            return false;
        }
        return first && !last && continuesAName(next) || last && !first && continuesAName(previous);
    }

    /** The same word but for a letter at its end ("essonne", "essonnes"). */
    private static boolean almost(String typed, String word) {
        return Math.abs(typed.length() - word.length()) <= 1 && typed.length() >= 4
                && (typed.startsWith(word) || word.startsWith(typed));
    }

    private boolean continuesAName(Token token) {
        return token != null && !GENERIC.contains(token.text()) && !analysis.isStopWord(token.text())
                && token.text().length() >= 4 && !token.number() && !namesByWord.containsKey(token.text())
                && !questionWords.contains(token.text());
    }

    /** The positions of the generic words before and after the matched ones that continue one of the names. */
    private static Set<Integer> genericAround(List<Token> tokens, int first, int last, List<List<String>> names) {
        Set<Integer> around = new HashSet<>();
        String firstWord = spelledOut(tokens.get(first).text());
        String lastWord = spelledOut(tokens.get(last).text());
        for (List<String> name : names) {
            int start = name.indexOf(firstWord);
            // "pays de vesoul" for "Pays Vesoul - Val de Saône": the small words between the name's words may differ.
            for (int p = first - 1, q = start - 1; start >= 0 && p >= 0 && GENERIC.contains(tokens.get(p).text());
                    p--) {
                String word = tokens.get(p).text();
                if (!SMALL_WORDS.contains(word)) {
                    while (q >= 0 && SMALL_WORDS.contains(name.get(q))) {
                        q--;
                    }
                    if (q < 0 || !word.equals(name.get(q))) {
                        break;
                    }
                    q--;
                }
                around.add(p);
            }
            int end = name.lastIndexOf(lastWord);
            for (int p = last + 1, q = end + 1; end >= 0 && p < tokens.size() && q < name.size()
                    && GENERIC.contains(tokens.get(p).text()) && tokens.get(p).text().equals(name.get(q)); p++, q++) {
                around.add(p);
            }
        }
        return around;
    }

    private static String pair(String first, String second) {
        return first + ' ' + second;
    }

    private static int matchLength(List<String> words, int start, List<String> name) {
        if (start + name.size() > words.size()) {
            return 0;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!name.get(k).equals(words.get(start + k))) {
                return 0;
            }
        }
        return name.size();
    }

    /**
     * The town names an adjective's stem may come from: itself, and without the letter a people's adjective adds to a
     * short name ("gienn" of « Giennois » for Gien, "grayl" of « Graylois » for Gray).
     */
    private static List<String> townStems(String stem) {
        int last = stem.length() - 1;
        boolean doubled = stem.charAt(last) == stem.charAt(last - 1);
        return doubled || stem.charAt(last) == 'l' ? List.of(stem, stem.substring(0, last)) : List.of(stem);
    }

    /**
     * The one territory word an inhabitants' adjective is made from ("marseillais", "toulonnais", "havrais",
     * "fougerais"), or null. The stem must be long, or the word short after it: "français" is not "Franche".
     */
    private String demonymOf(String word) {
        Matcher suffix = DEMONYM.matcher(word);
        if (!suffix.find()) {
            return null;
        }
        String stem = word.substring(0, suffix.start());
        if (stem.length() >= 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            stem = stem.substring(0, stem.length() - 1);
        }
        String found = null;
        for (String name : sortedWords.subSet(stem, true, stem + Character.MAX_VALUE, true)) {
            int rest = name.length() - stem.length();
            if (name.startsWith(stem) && (stem.length() >= 6 && rest <= 2 || stem.length() >= 4 && rest <= 1)) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /** The word of a territory's name {@code folded} is in the other number ("grand" for "grands"), or null. */
    private String otherNumber(String folded) {
        if (folded.length() < 4) {
            return null;
        }
        String other = folded.endsWith("s") || folded.endsWith("x") ? folded.substring(0, folded.length() - 1)
                : folded + "s";
        return namesByWord.containsKey(other) ? other : null;
    }

    private static List<String> spelledOut(List<String> words) {
        return words.stream().map(TerritoryMatcher::spelledOut).toList();
    }

    /** "St Martin", "ste maxime": the abbreviations of saint and sainte, as names are looked up everywhere. */
    private static String spelledOut(String typed) {
        return typed.equals("st") ? "saint" : typed.equals("ste") ? "sainte" : typed;
    }

    /** The territory word {@code folded} is, possibly misspelt, or null when it names no territory. */
    private String territoryWord(String typed) {
        String folded = spelledOut(typed);
        if (GENERIC.contains(folded)) {
            return null;
        }
        if (namesByWord.containsKey(folded)) {
            return initialsToCheck.contains(folded)
                    && index.knowsOutside(folded, namesByWord.get(folded).get(0).contract().id()) ? null : folded;
        }
        String named = demonymOf(folded);
        if (named != null) {
            return named;
        }
        // "luneville" for the Lunévillois, "chatillon" for the Châtillonnais: the town's name is the stem, give or
        // take its final letter.
        String ofTown = folded.length() > MIN_TOWN_STEM ? namesOfTown.getOrDefault(folded,
                namesOfTown.get(folded.substring(0, folded.length() - 1)))
                : folded.length() >= MIN_SHORT_TOWN ? namesOfTown.get(folded) : null;
        if (ofTown != null) {
            return ofTown;
        }
        if (folded.length() < 5 || folded.chars().anyMatch(Character::isDigit) || index.knows(folded)) {
            return null;
        }
        return index.correctTerritoryWord(folded).filter(namesByWord::containsKey).orElse(null);
    }
}
