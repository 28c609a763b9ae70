package fr.clsbot.search;

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
import fr.clsbot.knowledge.Sourced;
import fr.clsbot.knowledge.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a knowledge base into facts: each typed field becomes a fact with its French sentence and its quote. */
final class FactFactory {
    private final List<Fact> facts = new ArrayList<>();
    private final List<String> searchTexts = new ArrayList<>();

    FactFactory() {
    }

    List<Fact> facts() {
        return facts;
    }

    /** What is indexed for each fact, by fact id: its sentence plus the words around it (quote, axis, topics). */
    List<String> searchTexts() {
        return searchTexts;
    }

    void addAll(KnowledgeBase base) {
        Map<String, Contract> byId = base.contractsById();
        // The territory is quoted from the first passage that names it (the release's heading, usually).
        Map<String, String> headlines = new java.util.HashMap<>();
        for (Passage passage : base.passages()) {
            String name = byId.get(passage.contractId()).territoryName().toLowerCase(java.util.Locale.ROOT);
            if (passage.text().toLowerCase(java.util.Locale.ROOT).contains(name)) {
                headlines.putIfAbsent(passage.contractId(), passage.text());
            }
        }
        for (Contract contract : base.contracts()) {
            add(contract, headlines.get(contract.id()));
        }
        int order = 0;
        for (Passage passage : base.passages()) {
            Contract contract = byId.get(passage.contractId());
            add(contract, FactKind.PASSAGE, order++, passage, passage.text(), passage.text(), passage.source(), "");
        }
    }

    /** Adds the typed facts of {@code contract}; {@code headline} is the first passage of its first source. */
    private void add(Contract contract, String headline) {
        var territory = contract.territory();
        String place = String.join(" ", territory.aliases()) + " " + nullToEmpty(territory.collectivity()) + " "
                + nullToEmpty(territory.departement()) + " " + nullToEmpty(territory.region());
        add(contract, FactKind.TERRITORY, 0, territory, describeTerritory(contract), headline, contract.source(null),
                place);
        if (contract.period() != null) {
            add(contract, FactKind.PERIOD, 0, contract.period(), "Période : " + contract.period().label() + ".",
                    contract.period(), "période années durée");
        }
        if (contract.signing() != null) {
            add(contract, FactKind.SIGNING, 0, contract.signing(), contract.signing().known()
                    ? "Signé le " + contract.signing().date() + "." : "Date de signature non communiquée.",
                    contract.signing(), "signature signé");
        }
        List<Axis> axes = contract.axes();
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            String sentence = "Axe " + (i + 1) + " : " + axis.title()
                    + (axis.description() == null ? "" : " : " + axis.description());
            add(contract, FactKind.AXIS, i, axis, sentence, axis, "axe");
        }
        for (int i = 0; i < contract.actions().size(); i++) {
            Action action = contract.actions().get(i);
            String axisTitle = action.axis() == null ? "" : axes.get(action.axis() - 1).title();
            add(contract, FactKind.ACTION, i, action, action.text(), action,
                    axisTitle + " " + nullToEmpty(action.year()));
        }
        for (int i = 0; i < contract.figures().size(); i++) {
            Figure figure = contract.figures().get(i);
            FactKind kind = switch (figure.kind()) {
                case "count" -> FactKind.COUNT;
                case "duration" -> FactKind.DURATION;
                default -> FactKind.FUNDING;
            };
            add(contract, kind, i, figure, describeFigure(figure), figure,
                    nullToEmpty(figure.payer()) + " " + nullToEmpty(figure.when()));
        }
        for (int i = 0; i < contract.milestones().size(); i++) {
            Milestone milestone = contract.milestones().get(i);
            add(contract, FactKind.MILESTONE, i, milestone, capitalize(milestone.date()) + " : " + milestone.event(),
                    milestone, "");
        }
        addParties(contract, FactKind.SIGNATORY, contract.signatories());
        addParties(contract, FactKind.PARTNER, contract.partners());
        addParties(contract, FactKind.GOVERNANCE, contract.governance());
        for (int i = 0; i < contract.consultation().size(); i++) {
            Statement statement = contract.consultation().get(i);
            add(contract, FactKind.CONSULTATION, i, statement, statement.text(), statement, "");
        }
        for (int i = 0; i < contract.contacts().size(); i++) {
            Contact contact = contract.contacts().get(i);
            // The words people ask with ("numéro", "mail") are not in a contact's text: they go with it.
            String means = (contact.phone() == null ? "" : " contact téléphone numéro")
                    + (contact.email() == null ? "" : " contact mail email courriel adresse");
            add(contract, FactKind.CONTACT, i, contact, describeContact(contact), contact,
                    String.join(" ", contact.topics()) + means);
        }
    }

    private void addParties(Contract contract, FactKind kind, List<Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String sentence = party.role() == null ? party.name() : party.name() + " (" + party.role() + ")";
            add(contract, kind, i, party, sentence, party, "");
        }
    }

    private void add(Contract contract, FactKind kind, int order, Object origin, String sentence, Sourced sourced,
                     String extraWords) {
        add(contract, kind, order, origin, sentence, sourced.quote(), contract.source(sourced.source()), extraWords);
    }

    private void add(Contract contract, FactKind kind, int order, Object origin, String sentence, String quote,
                     Source source, String extraWords) {
        facts.add(new Fact(facts.size(), contract, kind, order, origin, sentence, quote, source));
        searchTexts.add(sentence + "\n" + nullToEmpty(quote) + "\n" + extraWords);
    }

    static String describeTerritory(Contract contract) {
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
