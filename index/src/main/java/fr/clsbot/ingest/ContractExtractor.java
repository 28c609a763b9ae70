package fr.clsbot.ingest;

import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.knowledge.Action;
import fr.clsbot.knowledge.Contact;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.ContractCheck;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.Milestone;
import fr.clsbot.knowledge.Party;
import fr.clsbot.knowledge.Period;
import fr.clsbot.knowledge.Problem;
import fr.clsbot.knowledge.ReviewNote;
import fr.clsbot.knowledge.Source;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.SourceText;
import fr.clsbot.knowledge.Statement;
import fr.clsbot.knowledge.Territory;
import fr.clsbot.territory.Gazetteer;
import fr.clsbot.text.Elision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's text into a draft contract: territory, period, signing date (or {@code unknown}), axes,
 * actions, figures, dated milestones, signatories, partners, governance (coordinator included), consultation and
 * contacts, every fact quoting the sentence it comes from. The text is read as units (headings, sentences, list items
 * with their introduction) with their entities; period, signing date, signatories, axes and figures are the current
 * contract's when the page tells of successive ones (see {@link ContractTimeline}). What is unsure is written under
 * {@code review} ("à vérifier") rather than trusted; facts that would not pass validation are left out, so a draft
 * always loads; what is not recognised stays searchable as passages of the source.
 */
public final class ContractExtractor {
    /** More intercommunalities signing than this is a département's or a region's contract list, not one territory. */
    private static final int MAX_SIGNING_INTERCOMMUNALITIES = 4;
    private static final Pattern ACTION_WORDS = Pattern.compile("initiatives?|actions? (?:en faveur|de|seront)|"
            + "mise en place|seront? (?:mis|mise|déployée?s?|développée?s?|créée?s?|lancée?s?|renforcée?s?)|"
            + "verront le jour|favorisera|prévoit|programme|dispositifs?|création d|ouverture d|déploiement|"
            + "accompagnement", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONSULTATION_WORDS = Pattern.compile("concertation|consult|questionnaire|rencontres|"
            + "diagnostic|participativ|enquête|co-construction|démarche", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern CONTRACT_TITLE = Pattern.compile("contrat local de santé|\\bCLS\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final TerritoryExtractor territories = new TerritoryExtractor(recognizer);
    private final AxisExtractor axes = new AxisExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final ContactExtractor contacts = new ContactExtractor();
    private final SigningExtractor signings = new SigningExtractor();
    private final SignatoryExtractor signatories = new SignatoryExtractor(recognizer);
    private final PartyExtractor parties;

    public ContractExtractor(Glossary glossary) {
        this.parties = new PartyExtractor(glossary);
    }

    /**
     * @param text       the document's text
     * @param sourceFile where the text is saved, relative to the knowledge base ({@code sources/x.txt})
     * @param fallbackName a name for the territory when the document names none (the file name)
     */
    public Contract extract(String text, String sourceFile, String documentTitle, String fallbackName) {
        Document document = new Document(text, recognizer);
        List<ReviewNote> review = new ArrayList<>();
        Territory territory = territory(document, fallbackName, review);
        String id = Slug.of(territory.name());
        Source source = new Source("document", documentTitle == null ? title(document, territory) : documentTitle,
                "document", sourceFile);
        ContractTimeline timeline = new ContractTimeline(document);
        AxisExtractor.Found found = axes.extract(document, timeline);
        review.addAll(found.review());
        Set<String> axisQuotes = new HashSet<>();
        found.axes().forEach(a -> axisQuotes.add(a.quote()));
        SignatoryExtractor.Found signed = signatories.extract(document, timeline, territory, parties::expand);
        review.addAll(signed.review());
        territory = withSigningIntercommunalities(territory, signed.parties());
        List<Party> governance = new ArrayList<>(parties.governance(document));
        governance.addAll(parties.coordinators(document));
        Contract draft = new Contract(id, "Contrat Local de Santé de " + territory.name(), List.of(source), territory,
                period(timeline), signings.extract(document, timeline), found.axes(), actions(document, axisQuotes),
                figures.extract(document, timeline), milestones(document),
                signed.parties(), parties.partners(document),
                governance, consultation(document), contacts(document), "draft", review, null);
        return withoutInvalidFacts(draft, document.source());
    }

    /** The territory the text names, flagged for review when another name came close; the file name otherwise. */
    private Territory territory(Document document, String fallbackName, List<ReviewNote> review) {
        Optional<TerritoryExtractor.Result> result = territories.analyse(String.join("\n", document.lines()));
        if (result.isEmpty()) {
            review.add(new ReviewNote("territory", "à vérifier : le texte ne nomme pas de territoire, nom tiré du "
                    + "fichier (utiliser --territory)", null));
            return new Territory(fallbackName, null, null, null, null, List.of(fallbackName));
        }
        if (!result.get().sure()) {
            String others = result.get().others().isEmpty() ? "" : " (autres noms : "
                    + String.join(", ", result.get().others()) + ")";
            review.add(new ReviewNote("territory", "à vérifier : territoire incertain" + others, null));
        }
        return result.get().territory();
    }

    /**
     * "le CLS de l'Est Cantal", signed by the presidents of Saint-Flour Communauté and of Hautes Terres Communauté: a
     * territory the map does not know is made of the intercommunalities that sign for it, and users ask by theirs.
     */
    private static Territory withSigningIntercommunalities(Territory territory, List<Party> parties) {
        Gazetteer map = Gazetteer.bundled();
        if (!map.epcisNamed(territory.name()).isEmpty() || !map.communesNamed(territory.name()).isEmpty()) {
            return territory;
        }
        Set<String> signing = new LinkedHashSet<>();
        for (Party party : parties) {
            map.epcisNamedIn(party.name()).keySet().forEach(epci -> signing.add(epci.shortName()));
        }
        return signing.size() > MAX_SIGNING_INTERCOMMUNALITIES ? territory : territory.alsoKnownAs(signing);
    }

    private static String title(Document document, Territory territory) {
        for (String paragraph : document.paragraphs()) {
            if (paragraph.length() <= 200 && CONTRACT_TITLE.matcher(paragraph).find()) {
                return paragraph.replaceFirst("^#+\\s*", "");
            }
        }
        return "Document sur le CLS " + Elision.of(territory.name());
    }

    /** The current contract's period: the latest one the text gives for a contract. */
    private static Period period(ContractTimeline timeline) {
        if (timeline.currentStart().isEmpty()) {
            return null;
        }
        return new Period(timeline.currentStart().getAsInt(), timeline.currentEnd().getAsInt(),
                timeline.currentPeriodQuote(), null);
    }

    private static List<Milestone> milestones(Document document) {
        List<Milestone> milestones = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String sentence : sentences(document)) {
            Matcher date = FrenchPatterns.DATE.matcher(sentence);
            while (date.find()) {
                String when = date.group().strip();
                if (seen.add(when.toLowerCase(Locale.ROOT) + "|" + sentence)) {
                    milestones.add(new Milestone(when, sentence, sentence, null));
                }
            }
        }
        return milestones;
    }

    private static List<Action> actions(Document document, Set<String> axisQuotes) {
        List<Action> actions = new ArrayList<>();
        for (String sentence : sentences(document)) {
            if (sentence.length() < 40 || axisQuotes.stream().anyMatch(sentence::contains)
                    || !ACTION_WORDS.matcher(sentence).find() || FrenchPatterns.PHONE.matcher(sentence).find()) {
                continue;
            }
            Matcher year = FrenchPatterns.YEAR.matcher(sentence);
            actions.add(new Action(sentence, null, year.find() ? year.group() : null, sentence, null));
        }
        return actions;
    }

    private static List<Statement> consultation(Document document) {
        List<Statement> statements = new ArrayList<>();
        for (String sentence : sentences(document)) {
            if (sentence.length() >= 40 && CONSULTATION_WORDS.matcher(sentence).find()) {
                statements.add(new Statement(sentence, sentence, null));
            }
        }
        return statements;
    }

    /** The sentences, headings and list items, each within its line. */
    private static List<String> sentences(Document document) {
        return document.units().stream().filter(u -> u.role() != SourceLine.Role.CONTACT).map(Unit::text).toList();
    }

    private List<Contact> contacts(Document document) {
        List<Contact> found = new ArrayList<>();
        for (Contact contact : contacts.extract(document)) {
            boolean named = contact.organisation() != null || contact.service() != null;
            found.add(named ? contact : new Contact(null, "Contact", contact.phone(), contact.email(),
                    contact.topics(), contact.quote(), null));
        }
        return found;
    }

    /** Drops every list item (or optional field) that validation would refuse, so that the draft always loads. */
    private static Contract withoutInvalidFacts(Contract draft, SourceText text) {
        Contract current = draft;
        for (int round = 0; round < 5; round++) {
            List<Problem> problems = ContractCheck.problems(current, text);
            if (problems.isEmpty()) {
                return current;
            }
            current = InvalidFacts.remove(current, problems);
        }
        return current;
    }
}
