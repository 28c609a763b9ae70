package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.RandomInputs;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Whatever users type, the engine answers in French without throwing: arbitrary Unicode, emoji, right-to-left
 * text, control characters, Lucene query syntax, regex bombs, huge messages. Inputs are drawn from a fixed seed
 * ({@link RandomInputs}), so every run tries the same ones and a failure names the input.
 */
class AssistantPropertiesTest {
    private static final Assistant ASSISTANT = Assistant.create(Fixtures.load(Fixtures.SHIPPED));
    private static final List<String> SYNTAX = List.of("\"", "OR", "AND", "NOT", "*:*", "(", ")", "[", "]", "{",
            "}", "~", "^", "\\", "/", "?", "*", "+", "-", "&&", "||", "!", ":", "(a+)+$", ".*.*.*=.*", "%s%n",
            "${jndi:ldap://x}", "<script>", "'; DROP TABLE", "\u0000");
    private static final List<String> WORDS = List.of("axes", "montlucon", "Plaine", "Limagne", "budget", "CLS",
            "Vichy", "contact", "presse", "signé", "quand", "qui", "combien", "communes", "santé", "mentale", "ARS",
            "et", "à", "de", "?", "*", "~2", "\"", "(", "OR", "🙂", "آ", "\u0007");

    @Test
    void answersAnyUnicodeTextPolitely() {
        RandomInputs random = new RandomInputs(1);
        List<Supplier<String>> kinds = List.of(
                () -> random.anyChars(120),
                () -> random.charsOf("🙂😀🏥💊👩‍⚕️🇫🇷\u200d\ufe0f", 50),
                () -> random.charsBetween('\u0590', '\u06ff', "\u202e\u200f ", 100),
                () -> random.charsBetween('\u0000', '\u001f', "\u007f", 100),
                () -> String.join(" ", random.list(0, 30, () -> random.pick(SYNTAX))),
                () -> random.charsOf(" \t\n\r\u00a0\u2028", 50));
        for (int i = 0; i < 800; i++) {
            check(random.pick(kinds).get(), i);
        }
    }

    @Test
    void answersRealQuestionsMixedWithSyntaxAndNoise() {
        RandomInputs random = new RandomInputs(2);
        for (int i = 0; i < 300; i++) {
            String separator = random.pick(List.of(" ", "", "  ", "\n"));
            check(String.join(separator, random.list(1, 25, () -> random.pick(WORDS))), i);
        }
    }

    @Test
    void cutsMegabyteMessagesAndSaysSo() {
        for (String unit : List.of("axes montlucon ", "a", "🙂", "(((((", "x y ")) {
            Answer answer = check(unit.repeat(1_000_000 / unit.length()), 0);

            assertThat(answer.text()).startsWith(Phrases.TOO_LONG);
        }
    }

    private static Answer check(String input, int index) {
        String described = "input #" + index + " (seed " + RandomInputs.SEED + "): " + RandomInputs.describe(input);
        Answer answer = ASSISTANT.answer(input, new Conversation());

        assertThat(answer.text()).as(described).isNotBlank().doesNotContain("Exception");
        assertThat(answer.confidence()).as(described).isBetween(0.0, 1.0);
        assertThat(answer.question().length()).as(described).isLessThanOrEqualTo(Assistant.MAX_QUESTION_CHARS);
        if (answer.answered() && !"help".equals(answer.intent())) {
            assertThat(answer.sources()).as("an answer always has its source; " + described).isNotEmpty();
        }
        return answer;
    }
}
