package fr.clsbot.evidence;

import fr.clsbot.knowledge.Action;
import fr.clsbot.knowledge.Axis;
import fr.clsbot.knowledge.Contact;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Milestone;
import fr.clsbot.knowledge.Party;
import fr.clsbot.knowledge.Passage;
import fr.clsbot.knowledge.Source;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.Sourced;
import fr.clsbot.knowledge.Statement;
import fr.clsbot.text.Years;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a knowledge base into evidence, in a stable order: for each contract its typed facts (each with a French
 * sentence and its quote), then every unit of every source (sentences, headings, list items, contact blocks), with
 * one more piece per list holding the list whole with the sentence that introduces it.
 */
public final class EvidenceBuilder {
    private final List<Evidence> evidence = new ArrayList<>();
    /** The words indexed with each piece beyond its text and quote (by id). */
    private final List<String> extraWords = new ArrayList<>();

    private EvidenceBuilder() {
    }

    /** The evidence of {@code base}, with what is indexed for each piece (by id). */
    public static EvidenceBuilder of(KnowledgeBase base) {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.addAll(base);
        return builder;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    /**
     * What is indexed for each piece, by id: its text plus the words around it (quote, axis, topics). Worked out
     * when asked for: a restart reopening its persisted index needs only the few of the pieces questions find.
     */
    public List<String> searchTexts() {
        List<Evidence> pieces = List.copyOf(evidence);
        List<String> extras = List.copyOf(extraWords);
        return new AbstractList<>() {
            @Override
            public String get(int id) {
                Evidence piece = pieces.get(id);
                String quote = piece.quote();
                return piece.text() + "\n" + (quote == null || quote.equals(piece.text()) ? "" : quote) + "\n"
                        + extras.get(id);
            }

            @Override
            public int size() {
                return pieces.size();
            }
        };
    }

    private void addAll(KnowledgeBase base) {
        Map<String, Contract> byId = base.contractsById();
        Map<String, String> headlines = new HashMap<>();
        for (Passage passage : base.passages()) {
            // Only a contract's first such passage counts: the others need not be lower-cased at all.
            if (headlines.containsKey(passage.contractId())) {
                continue;
            }
            String name = byId.get(passage.contractId()).territoryName().toLowerCase(Locale.ROOT);
            if (passage.text().toLowerCase(Locale.ROOT).contains(name)) {
                headlines.put(passage.contractId(), passage.text());
            }
        }
        for (Contract contract : base.contracts()) {
            addTyped(contract, headlines.get(contract.id()));
        }
        addPassages(base.passages(), byId);
    }

    private void addPassages(List<Passage> passages, Map<String, Contract> byId) {
        Map<String, Integer> orderByContract = new HashMap<>();
        int i = 0;
        while (i < passages.size()) {
            Passage passage = passages.get(i);
            Contract contract = byId.get(passage.contractId());
            SourceLine line = passage.line();
            if (line.list() < 0) {
                if (!PageChrome.is(line.text())) {
                    addSentence(contract, passage, -1, orderByContract);
                }
                i++;
                continue;
            }
            // A list: its sentences, each pointing to the piece that holds the whole list.
            int end = i;
            while (end < passages.size() && passages.get(end).line().list() == line.list()
                    && passages.get(end).contractId().equals(passage.contractId())
                    && passages.get(end).source() == passage.source()) {
                end++;
            }
            int listId = evidence.size() + (end - i);
            for (int k = i; k < end; k++) {
                addSentence(contract, passages.get(k), listId, orderByContract);
            }
            List<Passage> members = passages.subList(i, end);
            StringBuilder text = new StringBuilder();
            for (Passage member : members) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(member.line().role() == SourceLine.Role.LIST_ITEM ? "- " : "").append(member.text());
            }
            add(contract, EvidenceKind.LIST, orderByContract.merge(contract.id(), 1, Integer::sum) - 1, members,
                    text.toString(), text.toString().replace("\n- ", " ; ").replace("\n", " "), passage.source(),
                    line.heading(), -1, line.heading() == null ? "" : line.heading());
            i = end;
        }
    }

    private void addSentence(Contract contract, Passage passage, int list, Map<String, Integer> orders) {
        SourceLine line = passage.line();
        add(contract, EvidenceKind.SENTENCE, orders.merge(contract.id(), 1, Integer::sum) - 1, line, line.text(),
                line.text(), passage.source(), line.heading(), list, line.heading() == null ? "" : line.heading());
    }

    /** Adds the typed facts of {@code contract}; {@code headline} is the first passage naming its territory. */
    private void addTyped(Contract contract, String headline) {
        var territory = contract.territory();
        String place = String.join(" ", territory.aliases()) + " " + nullToEmpty(territory.collectivity()) + " "
                + nullToEmpty(territory.departement()) + " " + nullToEmpty(territory.region());
        add(contract, EvidenceKind.TERRITORY, 0, territory, describeTerritory(contract), headline,
                contract.source(null), null, -1, place);
        if (contract.period() != null) {
            addSourced(contract, EvidenceKind.PERIOD, 0, contract.period(),
                    "Période : " + contract.period().label() + ".", "période années durée");
        }
        if (contract.signing() != null) {
            // "Signé le 2 avril": a day the source gives without its year is said so, never completed by a guess.
            String signed = "Date de signature non communiquée.";
            if (contract.signing().known()) {
                boolean yearGiven = Years.YEAR.matcher(contract.signing().date()).find();
                signed = "Signé " + contract.signing().onDate()
                        + (yearGiven ? "." : " (année non précisée par la source).");
            }
            addSourced(contract, EvidenceKind.SIGNING, 0, contract.signing(), signed, "signature signé");
        }
        List<Axis> axes = contract.axes();
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            String sentence = "Axe " + (i + 1) + " : " + axis.title()
                    + (axis.description() == null ? "" : " : " + axis.description());
            addSourced(contract, EvidenceKind.AXIS, i, axis, sentence, "axe");
        }
        for (int i = 0; i < contract.actions().size(); i++) {
            Action action = contract.actions().get(i);
            String axisTitle = action.axis() == null || action.axis() > axes.size() ? ""
                    : axes.get(action.axis() - 1).title();
            addSourced(contract, EvidenceKind.ACTION, i, action, action.text(),
                    axisTitle + " " + nullToEmpty(action.year()));
        }
        for (int i = 0; i < contract.figures().size(); i++) {
            Figure figure = contract.figures().get(i);
            EvidenceKind kind = switch (figure.kind()) {
                case "count" -> EvidenceKind.COUNT;
                case "duration" -> EvidenceKind.DURATION;
                // "50 % de la population a moins de 30 ans" is a figure, not money: it never answers a budget.
                case "share" -> EvidenceKind.SHARE;
                default -> EvidenceKind.FUNDING;
            };
            addSourced(contract, kind, i, figure, describeFigure(figure),
                    nullToEmpty(figure.payer()) + " " + nullToEmpty(figure.when()));
        }
        for (int i = 0; i < contract.milestones().size(); i++) {
            Milestone milestone = contract.milestones().get(i);
            addSourced(contract, EvidenceKind.MILESTONE, i, milestone,
                    capitalize(milestone.date()) + " : " + milestone.event(), "");
        }
        addParties(contract, EvidenceKind.SIGNATORY, contract.signatories());
        addParties(contract, EvidenceKind.PARTNER, contract.partners());
        addParties(contract, EvidenceKind.GOVERNANCE, contract.governance());
        for (int i = 0; i < contract.consultation().size(); i++) {
            Statement statement = contract.consultation().get(i);
            addSourced(contract, EvidenceKind.CONSULTATION, i, statement, statement.text(), "");
        }
        for (int i = 0; i < contract.contacts().size(); i++) {
            Contact contact = contract.contacts().get(i);
            // The words people ask with ("numéro", "mail") are not in a contact's text: they go with it.
            String means = (contact.phone() == null ? "" : " contact téléphone numéro")
                    + (contact.email() == null ? "" : " contact mail email courriel adresse");
            addSourced(contract, EvidenceKind.CONTACT, i, contact, describeContact(contact),
                    String.join(" ", contact.topics()) + means);
        }
    }

    private void addParties(Contract contract, EvidenceKind kind, List<Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String sentence = party.role() == null ? party.name() : party.name() + " (" + party.role() + ")";
            addSourced(contract, kind, i, party, sentence, "");
        }
    }

    private void addSourced(Contract contract, EvidenceKind kind, int order, Sourced origin, String sentence,
                            String extraWords) {
        add(contract, kind, order, origin, sentence, origin.quote(), contract.source(origin.source()), null, -1,
                extraWords);
    }

    private void add(Contract contract, EvidenceKind kind, int order, Object origin, String text, String quote,
                     Source source, String heading, int list, String extraWords) {
        evidence.add(new Evidence(evidence.size(), contract, kind, order, origin, text, quote, source, heading, list));
        this.extraWords.add(extraWords);
    }

    /** "Plaine Limagne (Communauté de communes Plaine Limagne), Puy-de-Dôme (63), CLS 2025-2029". */
    public static String describeTerritory(Contract contract) {
        var territory = contract.territory();
        StringBuilder text = new StringBuilder(territory.name());
        if (territory.collectivity() != null && !territory.collectivity().equals(territory.name())) {
            text.append(" (").append(territory.collectivity()).append(")");
        }
        if (territory.departement() != null) {
            text.append(", ").append(territory.departement());
        }
        if (contract.period() != null) {
            text.append(", CLS ").append(contract.period().label());
        }
        return text.toString();
    }

    static String describeFigure(Figure figure) {
        StringBuilder text = new StringBuilder(figure.value()).append(" : ").append(figure.about());
        if (figure.payer() != null) {
            text.append(" (financeur : ").append(figure.payer());
            text.append(figure.when() == null ? ")" : ", " + figure.when() + ")");
        } else if (figure.when() != null) {
            text.append(" (").append(figure.when()).append(")");
        }
        return text.append('.').toString();
    }

    static String describeContact(Contact contact) {
        StringBuilder text = new StringBuilder();
        text.append(contact.organisation() == null ? "" : contact.organisation());
        if (contact.service() != null) {
            text.append(text.length() > 0 ? ", " : "").append(contact.service());
        }
        List<String> means = new ArrayList<>();
        if (contact.phone() != null) {
            means.add(contact.phone());
        }
        if (contact.email() != null) {
            means.add(contact.email());
        }
        return text.append(" : ").append(String.join(" — ", means)).toString();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
