package fr.clsbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerMatcherTest {
    @Test
    void normalisesAccentsCaseSpacesAndPunctuation() {
        assertThat(AnswerMatcher.normalize("Santé mentale : 15 816 € !")).isEqualTo("santementale15816");
    }

    @Test
    void passesWhenEveryExpectedStringIsThere() {
        EvalCase c = new EvalCase(null, "q", List.of("15 816", "ARS"), List.of(), List.of("15 000"), false);

        assertThat(AnswerMatcher.failure(c, true, "L'ARS a versé 15816€.")).isNull();
        assertThat(AnswerMatcher.failure(c, true, "L'ARS a versé 15 000 €.")).startsWith("missing");
        assertThat(AnswerMatcher.failure(c, true, "ARS : 15 816 € et 15 000 €")).startsWith("forbidden");
        assertThat(AnswerMatcher.failure(c, false, "Je ne sais pas")).isEqualTo("refused");
    }

    @Test
    void requiresOneOfAnyAndARefusalWhenAsked() {
        EvalCase any = new EvalCase(null, "q", List.of(), List.of("un an", "une année"), List.of(), false);
        EvalCase refuse = new EvalCase(null, "q", List.of(), List.of(), List.of(), true);

        assertThat(AnswerMatcher.failure(any, true, "Après une année")).isNull();
        assertThat(AnswerMatcher.failure(any, true, "Deux ans")).startsWith("none of");
        assertThat(AnswerMatcher.failure(refuse, false, "Je ne sais pas")).isNull();
        assertThat(AnswerMatcher.failure(refuse, true, "Voici")).isNotNull();
    }

    @Test
    void failsAnswersLongerThanTheLimit() {
        EvalCase c = new EvalCase(null, "q", List.of("a"), List.of(), List.of(), false);

        assertThat(AnswerMatcher.failure(c, true, "a".repeat(AnswerMatcher.MAX_ANSWER_CHARS + 1))).contains("longer");
    }
}
