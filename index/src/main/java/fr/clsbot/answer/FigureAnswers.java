package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.search.Concept;
import fr.clsbot.search.Fact;
import fr.clsbot.search.FactIndex;
import fr.clsbot.search.FactKind;
import fr.clsbot.search.FrenchAnalysis;
import fr.clsbot.search.ScoredFact;
import fr.clsbot.search.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers asking for figures (funding, counts, durations): a figure is given only when it matches what is asked. */
final class FigureAnswers {
    private final AnswerComposer common;
    private final KnowledgeBase base;
    private final FactIndex index;
    private final FrenchAnalysis analysis;

    FigureAnswers(AnswerComposer common, KnowledgeBase base, FactIndex index, FrenchAnalysis analysis) {
        this.common = common;
        this.base = base;
        this.index = index;
        this.analysis = analysis;
    }

    /**
     * Figures: given only when they match what is asked. With details in the question ("poste de coordinateur"),
     * a figure must mention them; a count must count the thing asked ("combien de médecins" never gets
     * "21 communes").
     */
    Draft answer(Question question, List<Contract> scope, Intent intent, List<Concept> concepts) {
        List<Concept> details = common.details(intent, concepts);
        Optional<String> counted = intent.factKinds().contains(FactKind.COUNT) ? countedWord(question)
                : Optional.empty();
        List<Contract> contracts = common.territoriesToList(scope);
        if (details.isEmpty() && counted.isEmpty()) {
            if (contracts.isEmpty()) {
                return common.whichTerritory();
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
            return any ? draft : common.refuseMissing(contracts, intent.name());
        }
        List<ScoredFact> found = new ArrayList<>(index.search(details.isEmpty() ? concepts : details, common.ids(scope),
                intent.factKinds(), 12));
        counted.ifPresent(word -> found.removeIf(s -> !countsWord(s.fact(), word)));
        if (found.isEmpty()) {
            return refuseFigure(scope, intent, details, counted);
        }
        Draft draft = common.fromBestFacts(scope, found, 0.45);
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
}
