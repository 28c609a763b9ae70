package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.evidence.EvidenceKind;
import fr.clsbot.search.FrenchAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntentClassifierTest {
    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final IntentClassifier classifier = new IntentClassifier(EngineVocabulary.bundled().intents(), analysis);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Quelles sont les priorités du contrat ?|axes",
            "c'est signé depuis quand ?|signing",
            "le contrat court jusqu'à quand|period",
            "qui sont les signataires|signatories",
            "Qui sont les signataires du contrat local de santé ?|signatories",
            "qui anime le contrat local de santé|coordination",
            "quel montant a été alloué|funding",
            "combien de signataires|signatories",
            "le CLS dure combien d'années|period",
            "quelles sont les étapes de la démarche|dates",
            "numéro de téléphone du service presse|contacts",
            "comment ont-ils fait la concertation|consultation",
            "quelles actions pour les jeunes|actions",
            "quels territoires ont un CLS|territories",
            "que veut dire CPTS|definition",
            "que sais-tu faire|help"})
    void recognisesTheIntentOfAQuestion(String question, String intent) {
        assertThat(classifier.rank(analysis.words(question))).first()
                .extracting(match -> match.intent().name()).isEqualTo(intent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfgh qwerty", "le chat dort", ""})
    void recognisesNoIntentInUnrelatedText(String text) {
        assertThat(classifier.rank(analysis.words(text))).isEmpty();
    }

    @Test
    void anIntentsKindsComeInTheOrderOfEvidenceKindsWhateverTheOrderOfItsFacts() {
        Intent dates = new Intent("dates", List.of("milestone", "signing"), null, null, null, null, null, null,
                null);

        assertThat(dates.kinds()).containsExactly(EvidenceKind.SIGNING, EvidenceKind.MILESTONE);
    }
}
