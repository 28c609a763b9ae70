package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.search.Concept;
import fr.clsbot.search.Fact;
import fr.clsbot.search.FactIndex;
import fr.clsbot.search.FactKind;
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
 * Answers about what the contracts say on a subject: the facts or passages that mention the question's concepts,
 * the contracts that treat a subject ("Quels CLS traitent de la santé mentale ?"), and glossary definitions.
 */
final class TopicAnswers {
    /** Topic answers need at least this share of the question's concepts in one fact. */
    private static final double MIN_TOPIC_COVERAGE = 0.6;
    private static final Set<FactKind> TOPIC_KINDS = EnumSet.complementOf(EnumSet.of(FactKind.TERRITORY,
            FactKind.SIGNING, FactKind.PERIOD));
    private static final Set<FactKind> TYPED_KINDS = EnumSet.complementOf(EnumSet.of(FactKind.TERRITORY,
            FactKind.SIGNING, FactKind.PERIOD, FactKind.PASSAGE));

    private final AnswerComposer common;
    private final KnowledgeBase base;
    private final FactIndex index;

    TopicAnswers(AnswerComposer common, KnowledgeBase base, FactIndex index) {
        this.common = common;
        this.base = base;
        this.index = index;
    }

    Draft territories(List<Concept> concepts) {
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
            Fact fact = common.first(contract, FactKind.TERRITORY);
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

    Draft definition(Question question, List<Contract> scope, List<Concept> concepts) {
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
        List<ScoredFact> found = new ArrayList<>(index.search(concepts, common.ids(scope), TOPIC_KINDS, 12));
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
        return common.fromBestFacts(scope, typedFirst, intent == null ? 0.3 : 0.25);
    }
}
