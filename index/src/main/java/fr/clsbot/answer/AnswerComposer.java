package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.knowledge.Party;
import fr.clsbot.search.Concept;
import fr.clsbot.search.Fact;
import fr.clsbot.search.FactIndex;
import fr.clsbot.search.FactKind;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.ScoredFact;
import fr.clsbot.search.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the answer to an understood question from the facts of the territories in scope: complete ordered lists
 * for list intents, the best-matching facts otherwise, figures only when they match what is asked. Whatever it
 * cannot ground in a fact it refuses, saying what it does know.
 */
final class AnswerComposer {
    /** Contracts answered side by side when a question names none; beyond that the user is asked to choose. */
    private static final int MAX_TERRITORIES_UNASKED = 3;
    /** Topic answers need at least this share of the question's concepts in one fact. */
    private static final double MIN_TOPIC_COVERAGE = 0.6;
    private static final Set<FactKind> TOPIC_KINDS = EnumSet.complementOf(EnumSet.of(FactKind.TERRITORY,
            FactKind.SIGNING, FactKind.PERIOD));
    private static final Set<FactKind> TYPED_KINDS = EnumSet.complementOf(EnumSet.of(FactKind.TERRITORY,
            FactKind.SIGNING, FactKind.PERIOD, FactKind.PASSAGE));

    private final KnowledgeBase base;
    private final FactIndex index;
    private final IntentClassifier classifier;
    private final FrenchAnalysis analysis;

    AnswerComposer(KnowledgeBase base, FactIndex index, IntentClassifier classifier, FrenchAnalysis analysis) {
        this.base = base;
        this.index = index;
        this.classifier = classifier;
        this.analysis = analysis;
    }

    /**
     * @param scope    the territories asked about; empty for all
     * @param intent   what is asked, or null for "tell me about these concepts"
     * @param concepts what the question is about
     */
    Draft compose(Question question, List<Contract> scope, Intent intent, List<Concept> concepts) {
        if (intent == null) {
            return topic(scope, concepts, null);
        }
        return switch (intent.style()) {
            case LIST -> list(scope, intent);
            case BEST -> best(scope, intent, concepts);
            case FIGURES -> figures(question, scope, intent, concepts);
            case SIGNING -> signing(scope);
            case PERIOD -> period(scope);
            case TERRITORIES -> territories(details(intent, concepts));
            case DEFINITION -> definition(question, scope, concepts);
            case HELP -> Draft.answer(1).line(Phrases.help(base));
        };
    }

    private List<Contract> territoriesToList(List<Contract> scope) {
        if (!scope.isEmpty()) {
            return scope;
        }
        return base.contracts().size() <= MAX_TERRITORIES_UNASKED ? base.contracts() : List.of();
    }

    private Draft whichTerritory() {
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
            return topic(scope, concepts, intent);
        }
        return fromBestFacts(scope, found, 0.35);
    }

    private List<FactKind> orderedKinds(Intent intent) {
        return intent.facts().stream().map(FactKind::parse).toList();
    }

    /** Answers with the top facts, and every other of the same coverage and nearly the same relevance. */
    private Draft fromBestFacts(List<Contract> scope, List<ScoredFact> found, double base) {
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

    private static String prefix(boolean several, Fact fact) {
        return several ? fact.contract().territoryName() + " — " : "";
    }

    /**
     * Figures: given only when they match what is asked. With details in the question ("poste de coordinateur"),
     * a figure must mention them; a count must count the thing asked ("combien de médecins" never gets
     * "21 communes").
     */
    private Draft figures(Question question, List<Contract> scope, Intent intent, List<Concept> concepts) {
        List<Concept> details = details(intent, concepts);
        Optional<String> counted = intent.factKinds().contains(FactKind.COUNT) ? countedWord(question)
                : Optional.empty();
        List<Contract> contracts = territoriesToList(scope);
        if (details.isEmpty() && counted.isEmpty()) {
            if (contracts.isEmpty()) {
                return whichTerritory();
            }
            Draft draft = Draft.answer(0.9);
            boolean any = false;
            for (Contract contract : contracts) {
                List<Fact> facts = new ArrayList<>();
                intent.factKinds().forEach(kind -> facts.addAll(index.factsOf(contract.id(), kind)));
                if (facts.isEmpty()) {
                    continue;
                }
                any = true;
                draft.line(figureHeading(intent, contract));
                facts.forEach(fact -> draft.line("- " + fact.sentence()).cite(fact));
            }
            return any ? draft : refuseMissing(contracts, intent.name());
        }
        List<ScoredFact> found = new ArrayList<>(index.search(details.isEmpty() ? concepts : details, ids(scope),
                intent.factKinds(), 12));
        counted.ifPresent(word -> found.removeIf(s -> !countsWord(s.fact(), word)));
        if (found.isEmpty()) {
            return refuseFigure(scope, intent, details, counted);
        }
        Draft draft = fromBestFacts(scope, found, 0.45);
        return draft.confidence(0.5 + 0.45 * found.get(0).coverage());
    }

    private String figureHeading(Intent intent, Contract contract) {
        String what = switch (intent.name()) {
            case "funding" -> "Financements";
            case "duration" -> "Durées";
            default -> "Chiffres clés";
        };
        return what + " " + Phrases.ofContract(contract) + " :";
    }

    /** The word counted in "combien de médecins", "nombre d'acteurs". */
    private Optional<String> countedWord(Question question) {
        List<Token> tokens = question.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if ((word.equals("combien") || word.equals("nombre")) && Set.of("de", "d").contains(tokens.get(i + 1)
                    .text()) && i + 2 < tokens.size()) {
                String counted = tokens.get(i + 2).text();
                return analysis.isStopWord(counted) ? Optional.empty() : Optional.of(counted);
            }
        }
        return Optional.empty();
    }

    private boolean countsWord(Fact fact, String word) {
        if (!(fact.origin() instanceof Figure figure)) {
            return false;
        }
        String stem = analysis.stem(word);
        return analysis.words(figure.value()).stream().map(analysis::stem).anyMatch(stem::equals);
    }

    private Draft refuseFigure(List<Contract> scope, Intent intent, List<Concept> details, Optional<String> counted) {
        String what = counted.map(w -> "« " + w + " »").orElseGet(() -> "« " + String.join(" ",
                details.stream().map(Concept::label).toList()) + " »");
        String where = scope.isEmpty() ? "dans les contrats que je connais"
                : "pour " + String.join(" et ", scope.stream().map(Phrases::contract).toList());
        Draft draft = Draft.refusal("Je ne sais pas : je n'ai pas de chiffre sur " + what + " " + where + ".");
        for (Contract contract : scope) {
            List<String> known = new ArrayList<>();
            for (FactKind kind : List.of(FactKind.FUNDING, FactKind.COUNT, FactKind.DURATION)) {
                index.factsOf(contract.id(), kind).forEach(f -> known.add(((Figure) f.origin()).value()));
            }
            if (!known.isEmpty()) {
                draft.line("Chiffres connus " + Phrases.ofContract(contract) + " : " + String.join(", ", known) + ".");
            }
            draft.suggest(Phrases.examples(contract));
        }
        if (scope.isEmpty()) {
            draft.line(Phrases.known(base));
        }
        return draft;
    }

    private List<Concept> details(Intent intent, List<Concept> concepts) {
        Set<String> vocabulary = classifier.vocabulary(intent);
        return concepts.stream().filter(c -> !vocabulary.containsAll(c.ownStems())).toList();
    }

    private Draft territories(List<Concept> concepts) {
        if (concepts.isEmpty()) {
            return listTerritories();
        }
        // Typed facts say what a contract is about; its passages are searched only when no typed fact does.
        List<ScoredFact> matching = contractsMentioning(concepts, TYPED_KINDS);
        if (matching.isEmpty()) {
            matching = contractsMentioning(concepts, EnumSet.of(FactKind.PASSAGE));
        }
        if (matching.isEmpty()) {
            return Draft.refusal("Je ne trouve aucun CLS qui parle de « " + String.join(" ", concepts.stream()
                    .map(Concept::label).toList()) + " ». " + Phrases.known(base)).suggest(Phrases.territoryNames(base));
        }
        Draft draft = Draft.answer(0.4 + 0.55 * matching.get(0).coverage());
        draft.line(matching.size() == 1 ? "Un CLS en parle :" : matching.size() + " CLS en parlent :");
        matching.stream().limit(10).forEach(s -> draft.line("- " + s.fact().contract().territoryName() + " : "
                + s.fact().sentence()).cite(s.fact()));
        return draft;
    }

    /** The best fact of each contract that mentions most of {@code concepts}, for contracts that do. */
    private List<ScoredFact> contractsMentioning(List<Concept> concepts, Set<FactKind> kinds) {
        Map<String, ScoredFact> bestByContract = new LinkedHashMap<>();
        for (ScoredFact scored : index.search(concepts, List.of(), kinds, 60)) {
            bestByContract.putIfAbsent(scored.fact().contract().id(), scored);
        }
        return bestByContract.values().stream()
                .filter(s -> s.coverage() >= 0.6 && numbersMatch(concepts, s.fact())).toList();
    }

    private Draft listTerritories() {
        Draft draft = Draft.answer(0.95);
        int count = base.contracts().size();
        draft.line("Je connais " + count + (count > 1 ? " contrats locaux de santé :" : " contrat local de santé :"));
        base.contracts().stream().limit(30).forEach(contract -> {
            Fact fact = first(contract, FactKind.TERRITORY);
            draft.line("- " + fact.sentence()).cite(fact);
        });
        if (count > 30) {
            draft.line("… et " + (count - 30) + " autres : demandez-moi un territoire par son nom.");
        }
        return draft;
    }

    private boolean numbersMatch(List<Concept> concepts, Fact fact) {
        return concepts.stream().filter(Concept::number).allMatch(concept -> index.mentions(fact, concept));
    }

    private Draft definition(Question question, List<Contract> scope, List<Concept> concepts) {
        for (Token token : question.tokens()) {
            Optional<GlossaryTerm> term = base.glossary().find(token.text());
            if (term.isPresent()) {
                GlossaryTerm found = term.get();
                String definition = found.term() + " : " + found.expansion()
                        + (found.definition() == null ? "." : ". " + found.definition());
                return Draft.answer(0.9).line(definition).cite(new SourceRef("Glossaire des CLS",
                        KnowledgeBaseLoader.GLOSSARY_FILE, definition));
            }
        }
        // Not a glossary term ("le rôle du comité de pilotage"): the facts may still say it.
        Draft fromFacts = topic(scope, concepts, null);
        if (!fromFacts.isRefusal()) {
            return fromFacts;
        }
        return Draft.refusal("Je ne connais pas ce terme. Mon glossaire contient : " + String.join(", ",
                base.glossary().terms().stream().map(GlossaryTerm::term).toList()) + ".");
    }

    /** No intent recognised (or nothing of the intent's kinds matched): the facts or passages about the concepts. */
    Draft topic(List<Contract> scope, List<Concept> concepts, Intent intent) {
        if (concepts.isEmpty()) {
            return Draft.refusal("Je n'ai pas compris la question. " + Phrases.known(base))
                    .suggest(scope.isEmpty() ? Phrases.territoryNames(base) : Phrases.examples(scope.get(0)));
        }
        List<ScoredFact> found = new ArrayList<>(index.search(concepts, ids(scope), TOPIC_KINDS, 12));
        // A typed fact is a better answer than the raw passage it was written from.
        found.sort((a, b) -> {
            int byCoverage = Double.compare(b.coverage(), a.coverage());
            if (byCoverage != 0) {
                return byCoverage;
            }
            int byKind = Boolean.compare(a.fact().kind() == FactKind.PASSAGE, b.fact().kind() == FactKind.PASSAGE);
            return byKind != 0 ? byKind : Float.compare(b.score(), a.score());
        });
        if (found.isEmpty() || found.get(0).coverage() < MIN_TOPIC_COVERAGE
                || !numbersMatch(concepts, found.get(0).fact())) {
            String subject = String.join(" ", concepts.stream().map(Concept::label).toList());
            String where = scope.isEmpty() ? "les contrats que je connais"
                    : String.join(" et ", scope.stream().map(Phrases::contract).toList());
            Draft refusal = Draft.refusal("Je ne sais pas : je ne trouve rien sur « " + subject + " » dans " + where
                    + ".");
            if (scope.isEmpty()) {
                refusal.line(Phrases.known(base)).suggest(Phrases.territoryNames(base));
            } else {
                refusal.line("Je peux par exemple vous donner les axes, les signataires, les financements ou le "
                        + "contact presse.").suggest(Phrases.examples(scope.get(0)));
            }
            return refusal;
        }
        List<ScoredFact> typedFirst = found.stream().filter(s -> s.fact().kind() != FactKind.PASSAGE
                || found.get(0).fact().kind() == FactKind.PASSAGE).toList();
        return fromBestFacts(scope, typedFirst, intent == null ? 0.3 : 0.25);
    }

    private Draft refuseMissing(List<Contract> contracts, String intent) {
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

    private Fact first(Contract contract, FactKind kind) {
        List<Fact> facts = index.factsOf(contract.id(), kind);
        return facts.isEmpty() ? null : facts.get(0);
    }

    private static List<String> ids(List<Contract> scope) {
        return scope.stream().map(Contract::id).toList();
    }
}
