package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Party;
import fr.clsbot.search.Concept;
import fr.clsbot.search.Fact;
import fr.clsbot.search.FactIndex;
import fr.clsbot.search.FactKind;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.ScoredFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the answer to an understood question from the facts of the territories in scope: complete ordered lists
 * for list intents, the best-matching facts otherwise; figures ({@link FigureAnswers}) only when they match what
 * is asked; topics, cross-territory questions and definitions in {@link TopicAnswers}. Whatever it cannot ground
 * in a fact it refuses, saying what it does know.
 */
final class AnswerComposer {
    /** Contracts answered side by side when a question names none; beyond that the user is asked to choose. */
    private static final int MAX_TERRITORIES_UNASKED = 3;

    private final KnowledgeBase base;
    private final FactIndex index;
    private final IntentClassifier classifier;
    private final FigureAnswers figures;
    private final TopicAnswers topics;

    AnswerComposer(KnowledgeBase base, FactIndex index, IntentClassifier classifier, FrenchAnalysis analysis) {
        this.base = base;
        this.index = index;
        this.classifier = classifier;
        this.figures = new FigureAnswers(this, base, index, analysis);
        this.topics = new TopicAnswers(this, base, index);
    }

    /**
     * @param scope    the territories asked about; empty for all
     * @param intent   what is asked, or null for "tell me about these concepts"
     * @param concepts what the question is about
     */
    Draft compose(Question question, List<Contract> scope, Intent intent, List<Concept> concepts) {
        if (intent == null) {
            return topics.topic(scope, concepts, null);
        }
        return switch (intent.style()) {
            case LIST -> list(scope, intent);
            case BEST -> best(scope, intent, concepts);
            case FIGURES -> figures.answer(question, scope, intent, concepts);
            case SIGNING -> signing(scope);
            case PERIOD -> period(scope);
            case TERRITORIES -> topics.territories(details(intent, concepts));
            case DEFINITION -> topics.definition(question, scope, concepts);
            case HELP -> Draft.answer(1).line(Phrases.help(base));
        };
    }

    List<Contract> territoriesToList(List<Contract> scope) {
        if (!scope.isEmpty()) {
            return scope;
        }
        return base.contracts().size() <= MAX_TERRITORIES_UNASKED ? base.contracts() : List.of();
    }

    Draft whichTerritory() {
        return Draft.refusal("De quel territoire parlez-vous ? " + Phrases.known(base))
                .suggest(Phrases.territoryNames(base));
    }

    private Draft list(List<Contract> scope, Intent intent) {
        List<Contract> contracts = territoriesToList(scope);
        if (contracts.isEmpty()) {
            return whichTerritory();
        }
        boolean several = contracts.size() > 1;
        Draft draft = Draft.answer(0.95);
        int answered = 0;
        for (Contract contract : contracts) {
            List<Fact> facts = new ArrayList<>();
            intent.factKinds().forEach(kind -> facts.addAll(index.factsOf(contract.id(), kind)));
            if (facts.isEmpty() && intent.factKinds().contains(FactKind.SIGNATORY)) {
                answered += partnersInsteadOfSignatories(draft, contract) ? 1 : 0;
                continue;
            }
            if (facts.isEmpty()) {
                draft.line(Phrases.capitalize(Phrases.contract(contract)) + " : le document source ne le précise pas.");
                continue;
            }
            answered++;
            draft.line(listHeading(intent, contract, facts.size()));
            for (Fact fact : facts) {
                draft.line(listItem(fact, several)).cite(fact);
            }
        }
        return answered == 0 ? refuseMissing(contracts, intent.name()) : draft;
    }

    private boolean partnersInsteadOfSignatories(Draft draft, Contract contract) {
        List<Fact> partners = index.factsOf(contract.id(), FactKind.PARTNER);
        if (partners.isEmpty()) {
            draft.line("Le document source ne donne pas les signataires " + Phrases.ofContract(contract) + ".");
            return false;
        }
        draft.line("Le document source ne donne pas la liste des signataires " + Phrases.ofContract(contract)
                + ". Il en annonce la signature en partenariat avec : "
                + String.join(", ", partners.stream().map(f -> ((Party) f.origin()).name()).toList()) + ".");
        partners.forEach(draft::cite);
        draft.confidence(0.7);
        return true;
    }

    private static String listHeading(Intent intent, Contract contract, int count) {
        String period = contract.period() == null ? "" : " (" + contract.period().label() + ")";
        return switch (intent.name()) {
            case "axes" -> "Les " + count + " axes " + Phrases.ofContract(contract) + period + " :";
            case "signatories" -> Phrases.capitalize(Phrases.contract(contract))
                    + (contract.signing() != null && contract.signing().known()
                    ? " a été signé le " + contract.signing().date() : " a été signé") + " par :";
            case "governance" -> "Gouvernance " + Phrases.ofContract(contract) + " :";
            case "partners" -> "Partenaires " + Phrases.ofContract(contract) + " :";
            default -> Phrases.capitalize(Phrases.contract(contract)) + " :";
        };
    }

    private static String listItem(Fact fact, boolean brief) {
        if (fact.origin() instanceof Party party) {
            return "- " + (brief || party.role() == null ? party.name() : party.name() + " : " + party.role());
        }
        if (brief && fact.origin() instanceof fr.clsbot.knowledge.Axis axis) {
            return (fact.order() + 1) + ". " + axis.title();
        }
        if (fact.kind() == FactKind.AXIS) {
            return fact.sentence().replaceFirst("^Axe (\\d+) : ", "$1. ");
        }
        return "- " + fact.sentence();
    }

    private Draft signing(List<Contract> scope) {
        return oneFactPerContract(scope, FactKind.SIGNING, "signing", "La date de signature",
                contract -> contract.signing().known(),
                contract -> Phrases.capitalize(Phrases.contract(contract)) + " a été signé le "
                        + contract.signing().date() + (contract.period() == null ? ""
                        : " pour la période " + contract.period().label()) + ".");
    }

    private Draft period(List<Contract> scope) {
        return oneFactPerContract(scope, FactKind.PERIOD, "period", "La période", contract -> true,
                contract -> Phrases.capitalize(Phrases.contract(contract)) + " couvre la période "
                        + contract.period().label() + " (de " + contract.period().start() + " à "
                        + contract.period().end() + ").");
    }

    /**
     * One sentence per contract in scope from its single fact of {@code kind}; a contract whose sources do not
     * give it is said so, and the answer is a refusal when none does.
     */
    private Draft oneFactPerContract(List<Contract> scope, FactKind kind, String intent, String missingSubject,
                                     java.util.function.Predicate<Contract> known,
                                     java.util.function.Function<Contract, String> sentence) {
        List<Contract> contracts = territoriesToList(scope);
        if (contracts.isEmpty()) {
            return whichTerritory();
        }
        Draft draft = Draft.answer(0.95);
        List<Contract> unknown = new ArrayList<>();
        for (Contract contract : contracts) {
            Fact fact = first(contract, kind);
            if (fact == null || !known.test(contract)) {
                unknown.add(contract);
                continue;
            }
            draft.line(sentence.apply(contract)).cite(fact);
        }
        if (unknown.size() == contracts.size()) {
            return refuseMissing(unknown, intent);
        }
        unknown.forEach(c -> draft.line(missingSubject + " " + Phrases.ofContract(c)
                + " n'est pas donnée par ses sources."));
        return draft;
    }

    /** Facts that best match the question's concepts, among the intent's kinds. */
    private Draft best(List<Contract> scope, Intent intent, List<Concept> concepts) {
        if (concepts.isEmpty()) {
            List<Contract> contracts = territoriesToList(scope);
            if (contracts.isEmpty()) {
                return whichTerritory();
            }
            Draft draft = Draft.answer(0.85);
            boolean any = false;
            for (Contract contract : contracts) {
                for (FactKind kind : orderedKinds(intent)) {
                    for (Fact fact : index.factsOf(contract.id(), kind)) {
                        draft.line(prefix(contracts.size() > 1, fact) + fact.sentence()).cite(fact);
                        any = true;
                    }
                }
            }
            return any ? draft : refuseMissing(contracts, intent.name());
        }
        List<ScoredFact> found = index.search(concepts, ids(scope), intent.factKinds(), 12);
        if (found.isEmpty()) {
            return topics.topic(scope, concepts, intent);
        }
        return fromBestFacts(scope, found, 0.35);
    }

    private List<FactKind> orderedKinds(Intent intent) {
        return intent.facts().stream().map(FactKind::parse).toList();
    }

    /** Answers with the top facts, and every other of the same coverage and nearly the same relevance. */
    Draft fromBestFacts(List<Contract> scope, List<ScoredFact> found, double base) {
        ScoredFact top = found.get(0);
        List<ScoredFact> chosen = new ArrayList<>();
        for (ScoredFact candidate : found) {
            boolean asGood = candidate.coverage() >= top.coverage() - 1e-9
                    && candidate.score() >= 0.75f * top.score();
            if (chosen.isEmpty() || (asGood && chosen.size() < 4)) {
                chosen.add(candidate);
            }
        }
        boolean several = scope.size() != 1
                && chosen.stream().map(s -> s.fact().contract().id()).distinct().count() > 1 || scope.isEmpty();
        Draft draft = Draft.answer(base + 0.6 * top.coverage());
        for (ScoredFact scored : chosen) {
            draft.line(prefix(several, scored.fact()) + scored.fact().sentence()).cite(scored.fact());
        }
        return draft;
    }

    static String prefix(boolean several, Fact fact) {
        return several ? fact.contract().territoryName() + " — " : "";
    }

    List<Concept> details(Intent intent, List<Concept> concepts) {
        Set<String> vocabulary = classifier.vocabulary(intent);
        return concepts.stream().filter(c -> !vocabulary.containsAll(c.ownStems())).toList();
    }

    Draft refuseMissing(List<Contract> contracts, String intent) {
        String what = switch (intent) {
            case "signing" -> "la date de signature";
            case "period" -> "la période";
            case "axes" -> "les axes";
            case "signatories" -> "les signataires";
            case "governance" -> "la gouvernance";
            case "partners" -> "les partenaires";
            case "funding" -> "de financement";
            case "contacts" -> "de contact";
            case "dates" -> "de dates clés";
            default -> "cette information";
        };
        Draft draft = Draft.refusal("Je ne sais pas : les sources " + String.join(" et ", contracts.stream()
                .map(Phrases::ofContract).toList()) + " ne donnent pas " + what + ".");
        for (Contract contract : contracts) {
            draft.line(whatIsKnown(contract));
            draft.suggest(Phrases.examples(contract));
        }
        return draft;
    }

    private String whatIsKnown(Contract contract) {
        List<String> known = new ArrayList<>();
        if (contract.period() != null) {
            known.add("la période (" + contract.period().label() + ")");
        }
        if (!contract.axes().isEmpty()) {
            known.add("les " + contract.axes().size() + " axes");
        }
        if (!contract.figures().isEmpty()) {
            known.add("les chiffres clés");
        }
        if (!contract.governance().isEmpty()) {
            known.add("la gouvernance");
        }
        if (!contract.contacts().isEmpty()) {
            known.add("le contact presse");
        }
        return "Pour " + Phrases.contract(contract) + ", je connais " + String.join(", ", known) + ".";
    }

    Fact first(Contract contract, FactKind kind) {
        List<Fact> facts = index.factsOf(contract.id(), kind);
        return facts.isEmpty() ? null : facts.get(0);
    }

    static List<String> ids(List<Contract> scope) {
        return scope.stream().map(Contract::id).toList();
    }
}
