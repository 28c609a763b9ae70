package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever users type, the engine answers within bounded time, in French, without throwing: arbitrary Unicode,
 * emoji, right-to-left text, control characters, Lucene query syntax, regex bombs, huge messages.
 */
class AssistantPropertiesTest {
    private static final Assistant ASSISTANT = Assistant.create(Fixtures.load(Fixtures.SHIPPED));
    static final AtomicLong TRIED = new AtomicLong();

    @AfterContainer
    static void report() {
        System.out.println("AssistantPropertiesTest: " + TRIED.get() + " generated inputs answered");
    }

    @Property(tries = 1500)
    void answersAnyUnicodeTextPolitely(@ForAll("hostile") String input) {
        check(input);
    }

    @Property(tries = 500)
    void answersRealQuestionsMixedWithSyntaxAndNoise(@ForAll("mixed") String input) {
        check(input);
    }

    @Property(tries = 5)
    void cutsMegabyteMessages(@ForAll("huge") String input) {
        Answer answer = check(input);

        assertThat(answer.text()).startsWith(Phrases.TOO_LONG);
    }

    private static Answer check(String input) {
        TRIED.incrementAndGet();
        Answer answer = ASSISTANT.answer(input, new Conversation());

        assertThat(answer.text()).isNotBlank().doesNotContain("Exception");
        assertThat(answer.confidence()).isBetween(0.0, 1.0);
        assertThat(answer.question().length()).isLessThanOrEqualTo(Assistant.MAX_QUESTION_CHARS);
        if (answer.answered() && !"help".equals(answer.intent())) {
            assertThat(answer.sources()).as("an answer always has its source").isNotEmpty();
        }
        return answer;
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> emoji = Arbitraries.strings().withChars("🙂😀🏥💊👩‍⚕️🇫🇷\u200d\ufe0f").ofMaxLength(50);
        Arbitrary<String> rightToLeft = Arbitraries.strings().withCharRange('\u0590', '\u06ff')
                .withChars('\u202e', '\u200f', ' ').ofMaxLength(100);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f')
                .ofMaxLength(100);
        Arbitrary<String> syntax = Arbitraries.of("\"", "OR", "AND", "NOT", "*:*", "(", ")", "[", "]", "{", "}",
                "~", "^", "\\", "/", "?", "*", "+", "-", "&&", "||", "!", ":", "(a+)+$", ".*.*.*=.*", "%s%n",
                "${jndi:ldap://x}", "<script>", "'; DROP TABLE", "\u0000").list().ofMaxSize(30)
                .map(parts -> String.join(" ", parts));
        Arbitrary<String> whitespace = Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u00a0', '\u2028')
                .ofMaxLength(50);
        return Arbitraries.oneOf(unicode, emoji, rightToLeft, control, syntax, whitespace);
    }

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> words = Arbitraries.of("axes", "montlucon", "Plaine", "Limagne", "budget", "CLS", "Vichy",
                "contact", "presse", "signé", "quand", "qui", "combien", "communes", "santé", "mentale", "ARS",
                "et", "à", "de", "?", "*", "~2", "\"", "(", "OR", "🙂", "آ", "\u0007");
        return Combinators.combine(words.list().ofMinSize(1).ofMaxSize(25), Arbitraries.of(" ", "", "  ", "\n"))
                .as((parts, separator) -> String.join(separator, parts));
    }

    @Provide
    Arbitrary<String> huge() {
        return Arbitraries.of("axes montlucon ", "a", "🙂", "(((((", "x y ").map(unit -> unit.repeat(1_000_000
                / unit.length()));
    }
}
