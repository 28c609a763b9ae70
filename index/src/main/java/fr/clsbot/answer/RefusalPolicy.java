package fr.clsbot.answer;

import fr.clsbot.entity.EntityType;
import fr.clsbot.evidence.Evidence;
import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Signing;
import fr.clsbot.search.Concept;
import fr.clsbot.search.EvidenceIndex;
import java.util.List;

/**
 * Step 5 of answering: below {@link #THRESHOLD} the assistant does not answer. It says what the sources do not
 * give, what they do say on the subject when they say something near it, and what it knows about the territory.
 */
final class RefusalPolicy {
    /**
     * Below this score no evidence is given as an answer. Chosen from the answered precision per confidence band
     * that {@code eval} prints on the development sets.
     */
    static final double THRESHOLD = 0.5;

    /** The kind of figure that answers a type, when one does (see {@link Figure#KINDS}). */
    private static final java.util.Map<String, String> FIGURE_KIND_OF_TYPE = java.util.Map.of("amount", "funding",
            "percent", "share", "count", "count", "duration", "duration");
    private static final java.util.Set<String> FIGURE_TYPES = java.util.Set.of("count", "amount", "percent",
            "figure", "duration");

    private final KnowledgeBase base;
    private final EvidenceIndex index;

    RefusalPolicy(KnowledgeBase base, EvidenceIndex index) {
        this.base = base;
        this.index = index;
    }

    /** The question names a place the knowledge base has no contract for. */
    Draft unknownPlace(List<String> places) {
        return Draft.refusal("Je ne connais pas de contrat local de santé pour « " + String.join(", ", places)
                + " ». " + Phrases.known(base)).suggest(Phrases.territoryNames(base));
    }

    /** The question names no territory and the base holds too many to answer for all. */
    Draft whichTerritory() {
        return Draft.refusal("De quel territoire parlez-vous ? " + Phrases.known(base))
                .suggest(Phrases.territoryNames(base));
    }

    /** Nothing in the question could be understood. */
    Draft notUnderstood(List<Contract> scope) {
        return Draft.refusal("Je n'ai pas compris la question. " + Phrases.known(base))
                .suggest(scope.isEmpty() ? Phrases.territoryNames(base) : Phrases.examples(scope.get(0)));
    }

    /** No evidence is good enough: says what is missing, and what is known instead. */
    Draft refuse(Question question, List<Contract> scope) {
        if (scope.isEmpty()) {
            String subject = AnswerComposer.subject(question);
            return Draft.refusal("Je ne sais pas : je ne trouve rien sur « " + subject + " » dans les contrats que "
                    + "je connais.").line(Phrases.known(base)).suggest(Phrases.territoryNames(base));
        }
        String where = Phrases.join(scope.stream().map(Phrases::ofContract).toList());
        if (asksWhetherAnOrganisationSigned(question) && scope.stream().allMatch(contract ->
                !index.of(contract.id(), EvidenceKind.SIGNATORY).isEmpty())) {
            return notAmongTheSignatories(scope, where);
        }
        Draft draft = Draft.refusal("Je ne sais pas : les sources " + where + " ne donnent pas " + missing(question,
                scope) + ".");
        for (Contract contract : scope) {
            nearest(question, contract, draft);
            draft.line(Phrases.whatIsKnown(contract));
            draft.suggest(Phrases.examples(contract));
        }
        return draft;
    }

    /**
     * "est-ce que l'Éducation nationale a signé ?" when the sources list the signatories without it: that list, not
     * the signing's date.
     */
    private Draft notAmongTheSignatories(List<Contract> scope, String where) {
        Draft draft = Draft.refusal("Je ne sais pas : cette organisation ne figure pas parmi les signataires que "
                + "citent les sources " + where + ".");
        for (Contract contract : scope) {
            List<String> signatories = index.of(contract.id(), EvidenceKind.SIGNATORY).stream()
                    .map(Evidence::text).toList();
            draft.line("Signataires cités " + Phrases.ofContract(contract) + " : " + String.join(", ", signatories)
                    + ".");
            draft.suggest(Phrases.examples(contract));
        }
        return draft;
    }

    /** "La CAF a-t-elle signé ?": a yes/no question about the signing that names a kind of organisation. */
    private static boolean asksWhetherAnOrganisationSigned(Question question) {
        return question.yesNo() && !question.filters().families().isEmpty() && question.intent() != null
                && (question.intent().kinds().contains(EvidenceKind.SIGNING)
                || question.intent().kinds().contains(EvidenceKind.SIGNATORY));
    }

    /** What the question asked that the sources do not give, in French ("la date de signature", "le lieu"). */
    private String missing(Question question, List<Contract> scope) {
        AnswerType type = question.type();
        Intent intent = question.intent();
        if (asksWhetherAnOrganisationSigned(question)) {
            return "les signataires";
        }
        if (intent != null && type.strict() && type.missing() != null && !type.name().equals(intent.type())
                && (type.entities().contains(EntityType.PLACE) || type.entities().contains(EntityType.DATE))) {
            // "signé où ?": the signatories are known, the place is what the sources do not give.
            return type.missing();
        }
        if (intent != null && intent.style() == Intent.Style.LIST && scope.stream().allMatch(contract -> intent.kinds()
                .stream().anyMatch(kind -> !index.of(contract.id(), kind).isEmpty()))) {
            // The signatories are known, but not what was asked about them: never say they are not given.
            return aboutSubject(question);
        }
        if (type.name().equals("contact") && !question.filters().roles().isEmpty()) {
            // "contact coordinatrice" when she is named but no telephone nor mail is given for her.
            return "de contact pour cette personne";
        }
        if (type.name().equals("contact") && scope.stream().allMatch(c -> !index.of(c.id(), EvidenceKind.CONTACT)
                .isEmpty())) {
            // Contacts are known and listed below: never say there are none, nor that the subject is never named
            // (« qui contacter pour la santé mentale ? » of a contract with an axis about it).
            String subject = AnswerComposer.subject(question);
            return subject.isEmpty() ? "de contact pour cette demande" : "de contact pour « " + subject + " »";
        }
        if (intent != null && scope.stream().allMatch(contract -> saysNothingOfTheSubject(question, contract))) {
            // The actions are known, none about "maison de santé": never say there are no actions.
            return aboutSubject(question);
        }
        if (question.filters().personNamed()) {
            return "le nom de cette personne";
        }
        if (question.asksTheWholeBudget()) {
            // "budget total du CLS ?" when an amount pays for one part: the sources do give a funding, not the whole.
            return "le budget de l'ensemble du contrat";
        }
        boolean typeFromIntent = intent != null && type.name().equals(intent.type());
        if (type.name().equals("count") && question.filters().counted() != null) {
            return "le nombre de " + question.filters().counted();
        }
        if (intent != null && intent.missing() != null && (typeFromIntent || type.missing() == null)) {
            return intent.missing();
        }
        if (type.missing() != null) {
            return type.missing();
        }
        return aboutSubject(question);
    }

    /**
     * True when the contract has facts of the question's intent and none of them mentions the subject the question
     * names (its strong concepts).
     */
    private boolean saysNothingOfTheSubject(Question question, Contract contract) {
        List<Concept> subject = question.concepts().stream().filter(c -> !c.weak() && !c.number()).toList();
        return !subject.isEmpty() && question.intent().kinds().stream().anyMatch(kind -> !index.of(contract.id(),
                kind).isEmpty()) && factOfIntentMentioning(question.intent(), contract, subject) == null;
    }

    /** The first fact of {@code intent} of the contract that mentions one of {@code concepts}, or null. */
    private Evidence factOfIntentMentioning(Intent intent, Contract contract, List<Concept> concepts) {
        for (EvidenceKind kind : intent.kinds()) {
            for (Evidence evidence : index.of(contract.id(), kind)) {
                if (concepts.stream().anyMatch(concept -> index.mentions(evidence, concept))) {
                    return evidence;
                }
            }
        }
        return null;
    }

    /** "d'information sur « piscines »", or "cette information" when the question names no subject. */
    private static String aboutSubject(Question question) {
        String subject = AnswerComposer.subject(question);
        return subject.isEmpty() ? "cette information" : "d'information sur « " + subject + " »";
    }

    /** What the sources say that comes near: the figures known, the contacts that exist, the intent's fact. */
    private void nearest(Question question, Contract contract, Draft draft) {
        if (FIGURE_TYPES.contains(question.type().name())) {
            // "budget du CLS ?" refused lists the amounts known, not its durations.
            String kind = FIGURE_KIND_OF_TYPE.get(question.type().name());
            List<String> figures = contract.figures().stream().filter(f -> kind == null || kind.equals(f.kind()))
                    .map(Figure::value).toList();
            if (!figures.isEmpty()) {
                draft.line("Chiffres connus " + Phrases.ofContract(contract) + " : " + String.join(", ", figures)
                        + ".");
            }
            return;
        }
        if (question.type().name().equals("contact")) {
            List<Evidence> contacts = index.of(contract.id(), EvidenceKind.CONTACT);
            if (!contacts.isEmpty()) {
                draft.line(contacts.size() == 1 ? "Le contact que donnent les sources :"
                        : "Les contacts que donnent les sources :");
                contacts.forEach(c -> draft.line("- " + c.text()));
            }
            return;
        }
        Intent intent = question.intent();
        if (intent != null && question.filters().personNamed()) {
            // "C'est qui la coordinatrice ?": what the sources say of her, without her name.
            Evidence said = factOfIntentMentioning(intent, contract, question.concepts());
            if (said != null) {
                draft.line("Ce que disent les sources : " + said.text());
            }
            return;
        }
        // Only when the question asks something else of the intent's subject ("Où a été signé ?" → the date).
        if (intent == null || intent.style() != Intent.Style.EVIDENCE || intent.type() == null
                || intent.type().equals(question.type().name())) {
            return;
        }
        for (EvidenceKind kind : intent.kinds()) {
            for (Evidence evidence : index.of(contract.id(), kind)) {
                if (evidence.origin() instanceof Signing signing && !signing.known()) {
                    continue;
                }
                draft.line("Ce que disent les sources : " + evidence.text());
                return;
            }
        }
    }
}
