package fr.clsbot.knowledge;

import fr.clsbot.text.Folding;
import fr.clsbot.text.FrenchNumbers;
import fr.clsbot.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a source text: headings, paragraphs cut into sentences, lists with the sentence that
 * introduces them, table rows and contact blocks. Understands the light markup {@code ingest} writes ({@code #}
 * headings, {@code -} and {@code 1.} items, {@code |} table rows, blank lines between paragraphs) and plain text
 * where each line is a paragraph and a short line without final punctuation is a heading.
 */
public final class SourceStructure {
    /** A line that is only a signer's name: "Isabelle Nicolas", "Yvon Le Moigne", "Jean-Marc DUPONT". */
    private static final Pattern SIGNER_NAME = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?"
            + "(?:\\s+(?:(?:de|du|Le|La|Du|De)\\s+)?\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?){1,2}");
    /** A line that starts with a role: the signer's, under the name. */
    private static final Pattern ROLE_LINE = Pattern.compile("(?:Vice-|Sous-)?(?:Pr[ée]sidente?|Directeur|Directrice"
            + "|Maire|Pr[ée]f[èe]te?|Adjointe?|Conseill(?:er|ère)|D[ée]l[ée]gu[ée]e?|Administrat(?:eur|rice))\\b");
    /** A role cut at the end of its line: "… de l'Agence", "… Régional de". */
    private static final Pattern UNFINISHED_ROLE = Pattern.compile("(?:\\b(?:de|du|des|de la|l['’]|d['’])|['’])\\s*$"
            + "|\\bl['’]Agence\\s*$");
    /**
     * A line that stops on a word no sentence ends with: "… et la Caisse Primaire d'Assurance Maladie des" then
     * "Pyrénées-Orientales" is one sentence wrapped, whatever the case of the next line.
     */
    private static final Pattern DANGLING_WORD = Pattern.compile("(?<![\\p{L}'’])(?:de|du|des|la|le|les|à|au|aux"
            + "|et|par|pour|sur|avec|entre|l['’]|d['’])\\s*$");
    private static final Pattern REPRESENTED_BY = Pattern.compile(",\\s+représentée?s?\\s+par\\s+\\S");
    private static final Pattern MARKUP_HEADING = Pattern.compile("^#{1,6}\\s+(.+)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*–·▪►✓]\\s*(?=\\S)|\\d{1,2}\\s?[.)/]\\s+"
            + "|[a-h][.)]\\s+)(.+)$");
    /** "1 Santé des enfants : …": an item numbered without a dot, read as one only in a run from 1. */
    private static final Pattern BARE_NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\s+(\\p{Lu}.+)$");
    /** Where a bullet starts another item within a line: the bullet stays with its item. */
    private static final Pattern INLINE_BULLET = Pattern.compile("(?<=\\S)\\s+(?=[•▪]\\s)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.+)\\|\\s*$");
    private static final Pattern CONTACT = Pattern.compile("@|(?:\\+33|\\b0)[1-9](?:[\\s.-]?\\d{2}){4}\\b");
    /** The page of a table-of-contents entry, or its pages: "9", "4 à 24". */
    private static final String PAGES = "\\d{1,3}(?:\\s*(?:à|-)\\s*\\d{1,3})?";
    /**
     * Where an entry of a table of contents flattened onto one line ends ("I. LE TERRITOIRE ...... 6 II. LES
     * ACTEURS ...... 7"): its leader and page number, or a long leader alone, followed by the next entry.
     */
    private static final Pattern INNER_CONTENTS_ENTRY = Pattern.compile("(?:(?:[.…]\\s?){3,}+|…\\s?)\\s*" + PAGES
            + "\\s+(?=[^\\s.…])|(?:[.…]\\s?){5,}+\\s*(?=[^\\s.…])(?!" + PAGES + "\\s*$)");
    /** The numbered start of a table-of-contents entry: "2. Le Contrat local de santé …", "2.1.", "II.", "A.". */
    private static final Pattern WRAPPED_ENTRY = Pattern.compile("(?:\\d+(?:\\.\\d+)*\\.?|[IVX]+\\.|[A-H]\\.)\\s+\\S");
    /** A table-of-contents entry: "Article 4 : Orientations stratégiques ........ 9". */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:(?:[.…]\\s?){3,}|…\\s?)\\s*" + PAGES + "\\s*$"
            + "|(?:[.…]\\s?){5,}\\s*$");
    private static final int MAX_HEADING_CHARS = 120;
    /** How many lines may detail one item of a list, and how many such items make a list. */
    private static final int MAX_DETAIL_LINES = 8;
    private static final int MIN_DETAILED_ITEMS = 3;
    /** A plain line after "… les orientations suivantes :" longer than this is a paragraph, not an item. */
    private static final int MAX_PLAIN_ITEM_CHARS = 400;
    /** Items a count announced ("4 axes :") may each be a paragraph. */
    private static final int MAX_ANNOUNCED_ITEM_CHARS = 800;
    private static final Pattern STATED_COUNT = Pattern.compile("\\b(\\d{1,2}|" + FrenchNumbers.WORD
            + ")\\s+[a-z'\\-]+(?:\\s+[a-z'\\-]+)?\\s*:\\s*$");
    /** "Deux priorités transversales viennent appuyer ces axes :": the count opens the sentence. */
    private static final Pattern OPENING_COUNT = Pattern.compile("^(?:les |ces )?(\\d{1,2}|" + FrenchNumbers.WORD
            + ")\\s+[a-z'\\-]+s\\b.*:\\s*$");
    /**
     * "la CALL a défini 3 axes prioritaires pour les années à venir … :": a count of what a contract lists, further
     * back in the sentence (not "6 EPCI comportant 59 communes", which counts what the items hold).
     */
    private static final Pattern COUNT_OF_PLURAL = Pattern.compile("\\b(\\d|1[0-2]|" + FrenchNumbers.WORD
            + ")\\s+(?:grand(?:e)?s\\s+)?(?:axes|priorites|thematiques|themes|objectifs|orientations|enjeux|volets"
            + "|piliers|defis|ambitions|domaines|champs|leviers|chantiers|actions|mesures|fiches)\\b");
    /** The most items a sentence may announce by their count and a page list one per line. */
    private static final int MAX_STATED_ITEMS = 30;
    private static final int MAX_CONTACT_BLOCK_LINES = 8;
    /** "… des actions prioritaires : d'abord, la santé mentale, …": a list's intro and its first item. */
    private static final Pattern FIRST_ITEM_AFTER_COLON = Pattern.compile("(?iu)(.+?:)\\s*((?:tout )?d['’]abord\\b.+)");
    /** "Ensuite, le cadre de vie …", "Enfin, l'offre …": the next items of a list said in sentences. */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?iu)(?:ensuite|puis|deuxièmement|troisièmement"
            + "|en second lieu|et enfin|enfin)\\b");
    private static final Pattern LAST_ITEM = Pattern.compile("(?iu)(?:et )?enfin\\b");

    private SourceStructure() {
    }

    /** The units of {@code text}, in document order. */
    public static List<SourceLine> read(String text) {
        String unified = ColumnLayout.inReadingOrder(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<SourceLine> units = new ArrayList<>();
        Reader reader = new Reader(units);
        List<String> block = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            if (line.isBlank()) {
                reader.block(block);
                block.clear();
            } else {
                block.add(line);
            }
        }
        reader.block(block);
        return withDetailedItemsJoined(units);
    }

    /**
     * "• Prévention" then lines that detail it, then "• Parcours de santé" then its lines…: the bullets are one list
     * whose items each have lines of their own under them, which the reader took for headings ending the list. Three
     * lists or more of one item each, in a row, with only such short lines between them, are one list; the lines
     * under an item are sentences of its section.
     */
    private static List<SourceLine> withDetailedItemsJoined(List<SourceLine> units) {
        Map<Integer, Integer> itemsOfList = new HashMap<>();
        units.stream().filter(u -> u.role() == SourceLine.Role.LIST_ITEM)
                .forEach(u -> itemsOfList.merge(u.list(), 1, Integer::sum));
        List<SourceLine> joined = new ArrayList<>(units);
        for (int i = 0; i < joined.size(); i++) {
            if (!singleItem(joined.get(i), itemsOfList)) {
                continue;
            }
            List<Integer> chain = new ArrayList<>(List.of(i));
            int at = i;
            while (true) {
                int next = at + 1;
                while (next < joined.size() && next - at - 1 < MAX_DETAIL_LINES && detailLine(joined.get(next))) {
                    next++;
                }
                if (next == at + 1 || next >= joined.size() || !singleItem(joined.get(next), itemsOfList)) {
                    break;
                }
                chain.add(next);
                at = next;
            }
            if (chain.size() < MIN_DETAILED_ITEMS) {
                continue;
            }
            int list = joined.get(i).list();
            for (int c = 0; c < chain.size(); c++) {
                SourceLine item = joined.get(chain.get(c));
                joined.set(chain.get(c), new SourceLine(item.text(), SourceLine.Role.LIST_ITEM, item.heading(), list));
                int end = c + 1 < chain.size() ? chain.get(c + 1) : chain.get(c) + 1;
                for (int d = chain.get(c) + 1; d < end; d++) {
                    joined.set(d, new SourceLine(joined.get(d).text(), SourceLine.Role.SENTENCE, item.text(), -1));
                }
            }
            i = chain.get(chain.size() - 1);
        }
        return joined;
    }

    private static boolean singleItem(SourceLine unit, Map<Integer, Integer> itemsOfList) {
        return unit.role() == SourceLine.Role.LIST_ITEM && itemsOfList.getOrDefault(unit.list(), 0) == 1;
    }

    /** A line under an item that the reader took for a heading (or the sentence introducing the next item). */
    private static boolean detailLine(SourceLine unit) {
        return (unit.role() == SourceLine.Role.HEADING || unit.role() == SourceLine.Role.LIST_INTRO)
                && unit.text().length() <= MAX_HEADING_CHARS && !unit.text().endsWith(":");
    }

    /** Carries the current heading and list from line to line. */
    private static final class Reader {
        private final List<SourceLine> units;
        private String heading;
        private int lists;
        private int currentList = -1;
        /** True after a plain sentence ending with a colon, while its plain-line items go on. */
        private boolean plainList;
        /** How many items the sentence before a plain list announced and are still to come. */
        private int statedItems;
        /** The plain-line items read in the current block of consecutive lines. */
        private int plainItemsInBlock;
        /**
         * Bulleted items a count announced ("autour de 5 axes :") and still to come: until they have, a paragraph
         * after an item describes it and the next bullet goes on with the same list.
         */
        private int bulletsToCome;
        /** The number the next item numbered without a dot must have ("2" after "1 …"); 0 outside such a run. */
        private int bareNext;

        Reader(List<SourceLine> units) {
            this.units = units;
        }

        void block(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            if (isContactBlock(lines)) {
                endList();
                units.add(new SourceLine(SourceText.clean(String.join(" ", lines)), SourceLine.Role.CONTACT, heading,
                        -1));
                return;
            }
            plainItemsInBlock = 0;
            for (String line : joinWrapped(lines, plainList)) {
                line(line);
            }
            if (plainItemsInBlock >= 2) {
                // Items written on consecutive lines end with their block: the paragraph after the blank line is
                // prose again ("Il sera décliné sur 5 ans au travers de 21 actions.").
                plainList = false;
            }
        }

        private void line(String raw) {
            List<String> entries = contentsEntries(raw);
            if (entries.size() > 1) {
                entries.forEach(this::unsplitLine);
                return;
            }
            unsplitLine(raw);
        }

        /** A line that holds at most one entry of a table of contents. */
        private void unsplitLine(String raw) {
            Matcher contents = CONTENTS_ENTRY.matcher(raw.strip());
            if (contents.find()) {
                // A table of contents: each entry names a section without opening it, and lists nothing itself.
                String entry = clean(raw.strip().substring(0, contents.start()));
                if (!entry.isEmpty()) {
                    endList();
                    plainList = false;
                    units.add(new SourceLine(entry, SourceLine.Role.HEADING, heading, -1));
                }
                return;
            }
            Matcher markup = MARKUP_HEADING.matcher(raw.strip());
            if (markup.matches()) {
                heading(clean(markup.group(1)));
                return;
            }
            Matcher row = TABLE_ROW.matcher(raw);
            if (row.matches()) {
                String cells = String.join(" ; ", java.util.Arrays.stream(row.group(1).split("\\|"))
                        .map(String::strip).filter(c -> !c.isEmpty() && !c.matches("[-: ]+")).toList());
                if (!cells.isEmpty()) {
                    endList();
                    units.add(new SourceLine(clean(cells), SourceLine.Role.SENTENCE, heading, -1));
                }
                return;
            }
            List<String> inline = inlineItems(raw);
            if (inline.size() > 1) {
                // "… autour de 5 thématiques : • A ; • B ;" then "• C ;" on the next lines: one list.
                inline.forEach(this::unsplitLine);
                return;
            }
            Matcher bare = BARE_NUMBERED.matcher(raw);
            if (bare.matches() && startsOrContinuesBareRun(Integer.parseInt(bare.group(1)))) {
                // "Cinq axes stratégiques" then "1 Santé des enfants : …", "2 Prise en compte du vieillissement …"
                if (currentList < 0) {
                    startList();
                }
                bareNext++;
                plainList = false;
                units.add(new SourceLine(clean(bare.group(2)), SourceLine.Role.LIST_ITEM, heading, currentList));
                return;
            }
            Matcher item = LIST_ITEM.matcher(raw);
            if (item.matches() && !raw.strip().startsWith("**")) {
                String text = clean(item.group(1));
                // "3 axes prioritaires :" then "A", "• B", "C": a list of plain lines announced by its count goes
                // on past the one line a page bulleted.
                boolean announcedPlainList = plainList && currentList >= 0 && statedItems > 0;
                plainList = false;
                if (!text.isEmpty()) {
                    if (currentList < 0) {
                        startList();
                        bulletsToCome = statedItems;
                    }
                    bulletsToCome--;
                    units.add(new SourceLine(text, SourceLine.Role.LIST_ITEM, heading, currentList));
                    if (announcedPlainList) {
                        statedItems--;
                        plainList = statedItems > 0;
                    }
                }
                return;
            }
            String text = clean(raw);
            if (text.isEmpty()) {
                return;
            }
            if (currentList >= 0 && bulletsToCome > 0 && text.equals(text.toUpperCase(Locale.ROOT))) {
                // « CONTRAT LOCAL DE SANTÉ » or a number printed atop each page, between items a count announced: the
                // list goes on.
                return;
            }
            int longest = statedItems > 0 ? MAX_ANNOUNCED_ITEM_CHARS : MAX_PLAIN_ITEM_CHARS;
            if (plainList && text.length() <= longest && !text.endsWith(":")) {
                // Pages saved as text keep a list as plain lines after "… suivantes :"; the item ending with a
                // full stop is the last one.
                if (currentList < 0) {
                    startList();
                }
                units.add(new SourceLine(text, SourceLine.Role.LIST_ITEM, heading, currentList));
                plainItemsInBlock++;
                statedItems--;
                // "… porte sur 4 axes :" then four lines each ending with a full stop: the count says where it ends.
                plainList = !text.endsWith("[…]") && (statedItems > 0 || !text.endsWith("."));
                return;
            }
            plainList = false;
            if (looksLikeHeading(text) && !isSignature(text)) {
                heading(text);
                return;
            }
            // "• La prévention" then a paragraph on it, then "• Les parcours de santé": one list of 5 axes.
            boolean describesItem = currentList >= 0 && bulletsToCome > 0
                    && units.get(units.size() - 1).role() != SourceLine.Role.LIST_INTRO;
            if (!describesItem) {
                endList();
            }
            sentences(SentenceSplitter.of(text));
            if (describesItem) {
                return;
            }
            plainList = text.endsWith(":");
            statedItems = plainList ? statedCount(text) : 0;
        }

        /** "Celles-ci portent sur 4 axes :" announces four items; 0 when the sentence gives no count. */
        private static int statedCount(String intro) {
            String folded = Folding.fold(intro);
            Matcher count = STATED_COUNT.matcher(folded);
            if (!count.find()) {
                count = OPENING_COUNT.matcher(folded);
                if (!count.find()) {
                    String last = null;
                    Matcher plural = COUNT_OF_PLURAL.matcher(folded);
                    while (plural.find()) {
                        last = plural.group(1);
                    }
                    return last == null ? 0 : FrenchNumbers.parse(last).orElse(0);
                }
            }
            int stated = FrenchNumbers.parse(count.group(1)).orElse(0);
            // "… 6 EPCI comportant 59 communes :" counts what the items hold: a page lists no such number of lines.
            return stated <= MAX_STATED_ITEMS ? stated : 0;
        }

        private void heading(String text) {
            endList();
            plainList = false;
            heading = text;
            units.add(new SourceLine(text, SourceLine.Role.HEADING, null, -1));
        }

        /**
         * The sentences of a paragraph; those that enumerate with "d'abord … Ensuite … Enfin …" are a list: "… a
         * permis de définir des actions prioritaires : d'abord, la santé mentale, … . Il vise à … . Ensuite, le cadre
         * de vie … . Enfin, l'offre de santé de proximité …" introduces three items, each with the sentences that
         * go on about it.
         */
        private void sentences(List<String> sentences) {
            int opening = -1;
            Matcher first = null;
            for (int i = 0; i < sentences.size() && opening < 0; i++) {
                Matcher within = FIRST_ITEM_AFTER_COLON.matcher(sentences.get(i));
                if (within.matches()) {
                    opening = i;
                    first = within;
                }
            }
            List<String> items = new ArrayList<>();
            int end = opening;
            if (opening >= 0) {
                items.add(first.group(2));
                boolean last = false;
                for (int i = opening + 1; i < sentences.size() && !last; i++) {
                    String sentence = sentences.get(i);
                    if (NEXT_ITEM.matcher(sentence).lookingAt()) {
                        items.add(sentence);
                        last = LAST_ITEM.matcher(sentence).lookingAt();
                        end = i;
                    } else if (i == end + 1 && !last) {
                        // A sentence that goes on about the item before it.
                        items.set(items.size() - 1, items.get(items.size() - 1) + " " + sentence);
                        end = i;
                    }
                }
                if (items.size() < 3 || !last) {
                    opening = -1;
                }
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (i == opening) {
                    units.add(new SourceLine(first.group(1), SourceLine.Role.SENTENCE, heading, -1));
                    startList();
                    for (String item : items) {
                        units.add(new SourceLine(item, SourceLine.Role.LIST_ITEM, heading, currentList));
                    }
                    endList();
                    i = end;
                    continue;
                }
                units.add(new SourceLine(sentences.get(i), SourceLine.Role.SENTENCE, heading, -1));
            }
        }

        private void startList() {
            currentList = lists++;
            if (!units.isEmpty()) {
                SourceLine last = units.get(units.size() - 1);
                if (last.role() == SourceLine.Role.SENTENCE || last.role() == SourceLine.Role.HEADING) {
                    units.set(units.size() - 1, new SourceLine(last.text(), SourceLine.Role.LIST_INTRO,
                            last.role() == SourceLine.Role.HEADING ? heading : last.heading(), currentList));
                }
            }
        }

        private void endList() {
            currentList = -1;
            bulletsToCome = 0;
            bareNext = 0;
        }

        /**
         * An item numbered without a dot is one when it is "1" right after a title or a sentence ending with a
         * colon, or the next number of such a run; "2 place des Savoirs" alone is an address.
         */
        private boolean startsOrContinuesBareRun(int number) {
            if (bareNext > 0 && number == bareNext) {
                return true;
            }
            if (number != 1 || units.isEmpty()) {
                return false;
            }
            SourceLine last = units.get(units.size() - 1);
            if (last.role() == SourceLine.Role.HEADING || last.text().endsWith(":")) {
                bareNext = 1;
                return true;
            }
            return false;
        }
    }

    /**
     * The bulleted items a PDF put on one line, each with its bullet, after the sentence that introduces them when it
     * ends with a colon; the line alone when it holds no such run.
     */
    private static List<String> inlineItems(String line) {
        String[] parts = INLINE_BULLET.split(line.strip());
        if (parts.length < 2 || !(parts[0].endsWith(":") || LIST_ITEM.matcher(parts[0]).matches())) {
            return List.of(line);
        }
        return Arrays.asList(parts);
    }

    /**
     * A sentence wrapped onto the next line ("… de Haute-Corse" / "et Francis Giudici … ont signé") is one line again:
     * a line that begins in lower case continues the one before when that one ends without punctuation. Never in a
     * list (after a colon), whose items may begin in lower case.
     */
    private static List<String> joinWrapped(List<String> lines, boolean inList) {
        List<String> joined = new ArrayList<>();
        boolean list = inList;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (!joined.isEmpty() && ROLE_LINE.matcher(stripped).lookingAt()
                    && SIGNER_NAME.matcher(joined.get(joined.size() - 1).strip()).matches()
                    && (joined.size() < 2 || !SIGNER_NAME.matcher(joined.get(joined.size() - 2).strip()).matches())) {
                // A signature: "Isabelle Nicolas" then "Présidente du Pays du Trégor-Goëlo" on the next line. Two
                // names in a row are columns laid side by side: which role is whose cannot be told.
                String signature = joined.get(joined.size() - 1).strip() + " " + stripped;
                if (i + 1 < lines.size() && UNFINISHED_ROLE.matcher(stripped).find()) {
                    // "Directeur Général de l'Agence" / "Régionale de Santé Bretagne": a role cut after a
                    // preposition goes on, whatever the next line looks like.
                    signature += " " + lines.get(++i).strip();
                }
                joined.set(joined.size() - 1, signature);
                continue;
            }
            if (!joined.isEmpty() && ROLE_LINE.matcher(stripped).lookingAt()
                    && joined.get(joined.size() - 1).stripTrailing().endsWith(",")) {
                // "… représentée par Monsieur Paul MARTIN," then "Directeur Général de l'Agence": the signer's role.
                joined.set(joined.size() - 1, joined.get(joined.size() - 1).stripTrailing() + " " + stripped);
                continue;
            }
            if (!joined.isEmpty() && !stripped.isEmpty() && !LIST_ITEM.matcher(line).matches()
                    && !CONTENTS_ENTRY.matcher(stripped).find()
                    && DANGLING_WORD.matcher(joined.get(joined.size() - 1)).find()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1).stripTrailing() + " " + stripped);
                continue;
            }
            if (!joined.isEmpty() && !list && !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0))
                    && !LIST_ITEM.matcher(line).matches()) {
                String previous = joined.get(joined.size() - 1).stripTrailing();
                char last = previous.isEmpty() ? '.' : previous.charAt(previous.length() - 1);
                if (".:;!?»…|".indexOf(last) < 0 && !LIST_ITEM.matcher(previous).matches()) {
                    joined.set(joined.size() - 1, previous + " " + stripped);
                    continue;
                }
            }
            if (!joined.isEmpty() && CONTENTS_ENTRY.matcher(stripped).find()) {
                String previous = joined.get(joined.size() - 1).strip();
                if (!previous.isEmpty() && !CONTENTS_ENTRY.matcher(previous).find() && WRAPPED_ENTRY.matcher(previous)
                        .lookingAt() && !previous.endsWith(".")) {
                    // "2. … prévu dans la Loi Hôpital, Patients," / "Santé et Territoires……3": one entry of a table of
                    // contents wrapped onto two lines.
                    joined.set(joined.size() - 1, previous + " " + stripped);
                    continue;
                }
            }
            list |= stripped.endsWith(":");
            joined.add(line);
        }
        return joined;
    }

    /** The entries of a table of contents written on one line, each with its page; the line alone otherwise. */
    private static List<String> contentsEntries(String raw) {
        List<String> entries = new ArrayList<>();
        Matcher leader = INNER_CONTENTS_ENTRY.matcher(raw);
        int start = 0;
        while (leader.find()) {
            entries.add(raw.substring(start, leader.end()).strip());
            start = leader.end();
        }
        if (entries.isEmpty()) {
            return List.of(raw);
        }
        entries.add(raw.substring(start).strip());
        return entries;
    }

    private static boolean isContactBlock(List<String> lines) {
        return lines.size() > 1 && lines.size() <= MAX_CONTACT_BLOCK_LINES
                && lines.stream().allMatch(l -> l.strip().length() <= 100)
                && lines.stream().anyMatch(l -> CONTACT.matcher(l).find());
    }

    /** A short line that ends without sentence punctuation: "UNE FEUILLE DE ROUTE POUR 2025-2029". */
    static boolean looksLikeHeading(String text) {
        if (text.length() > MAX_HEADING_CHARS || CONTACT.matcher(text).find()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".,;:…»)]".indexOf(last) >= 0 || text.endsWith("[…]")) {
            return false;
        }
        long words = text.chars().filter(c -> c == ' ').count() + 1;
        return words <= 16 && !Character.isLowerCase(text.charAt(0));
    }

    /**
     * "Isabelle Nicolas Présidente du Pays du Trégor-Goëlo": a name and its role, joined from a signature; "La
     * Préfecture de l'Orne, représentée par Monsieur Paul MARTIN, Préfet de l'Orne": a party and its signer.
     */
    private static boolean isSignature(String text) {
        if (REPRESENTED_BY.matcher(text).find()) {
            return true;
        }
        Matcher role = ROLE_LINE.matcher(text);
        while (role.find()) {
            if (role.start() > 0 && SIGNER_NAME.matcher(text.substring(0, role.start()).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String text) {
        return SourceText.clean(text).strip();
    }
}
