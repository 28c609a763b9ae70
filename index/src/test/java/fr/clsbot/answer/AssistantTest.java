package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine end to end on the small invented contract, where every expected figure is known. */
class AssistantTest {
    private static Assistant assistant;

    @BeforeAll
    static void create() {
        assistant = Assistant.create(Fixtures.load(Fixtures.SMALL));
    }

    @AfterAll
    static void close() throws Exception {
        assistant.close();
    }

    @Test
    void howLongTheContractLastsIsItsPeriod() {
        Answer answer = assistant.answer("ça dure combien de temps le cls du val de sioule ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).startsWith("Période");
    }

    @Test
    void aContactNotFoundNeverSaysThereIsNoneWhenOthersAreListed() {
        Answer answer = assistant.answer("contact pour les piscines du Val de Sioule");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).doesNotContain("ne donnent pas de contact.").contains("04 70 11 22 33");
    }

    @Test
    void listsEveryAxisInOrderWithItsSource() {
        Answer answer = assistant.answer("Quels sont les axes du CLS du Val de Sioule ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.intent()).isEqualTo("axes");
        assertThat(answer.territory()).isEqualTo("Val de Sioule");
        assertThat(answer.text()).containsSubsequence("1. Attirer de nouveaux médecins",
                "2. Prévenir les chutes des personnes âgées", "3. Accompagner la santé des adolescents");
        assertThat(answer.sources()).isNotEmpty().allSatisfy(source -> {
            assertThat(source.file()).isEqualTo("sources/val-sioule.txt");
            assertThat(source.title()).contains("Val de Sioule");
        });
        assertThat(answer.confidence()).isBetween(Assistant.THRESHOLD, 1.0);
    }

    @Test
    void givesFiguresExactlyAsPrinted() {
        Answer answer = assistant.answer("combien l'ARS finance le poste de coordinatrice au val de sioule");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("20 000 €").contains("par an");
        assertThat(answer.sources()).extracting(SourceRef::quote)
                .containsExactly("L'ARS finance le poste de coordinatrice à hauteur de 20 000 € par an.");
    }

    @Test
    void understandsQuestionsWithoutAccentsAndWithTypos() {
        Answer answer = assistant.answer("qui a signe le cls du val de sioul");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("Caisse Primaire d'Assurance Maladie (CPAM)", "12 mars 2024");
    }

    @Test
    void answersATopicFromTheFactThatMentionsIt() {
        Answer answer = assistant.answer("prevention des chutes val de sioule");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("ateliers équilibre");
    }

    @Test
    void refusesATerritoryWithoutContractAndSaysWhichItKnows() {
        Answer answer = assistant.answer("Quel est le budget du CLS de Vichy ?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).contains("Vichy").contains("Val de Sioule");
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.suggestions()).contains("Val de Sioule");
        assertThat(answer.confidence()).isLessThan(Assistant.THRESHOLD);
    }

    @Test
    void refusesAFigureTheSourceDoesNotGiveRatherThanAnotherOne() {
        Answer answer = assistant.answer("Combien de pharmacies au Val de Sioule ?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).contains("pharmacies").contains("12 communes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfgh qwerty", "Quel temps fera-t-il demain à Clermont ?", "le chat de ma voisine"})
    void refusesOffTopicAndGibberish(String question) {
        assertThat(assistant.answer(question).answered()).isFalse();
    }

    @Test
    void followsUpOnTheTerritoryAndTheIntentOfTheConversation() {
        Conversation conversation = new Conversation();
        assistant.answer("Quels sont les axes du CLS du Val de Sioule ?", conversation);

        Answer contact = assistant.answer("et le contact presse ?", conversation);

        assertThat(contact.answered()).isTrue();
        assertThat(contact.text()).contains("04 70 11 22 33", "presse@valdesioule.fr");
        assertThat(assistant.answer("et le contact presse ?").answered())
                .as("without a conversation there is nothing to follow up on")
                .isTrue();
    }

    @Test
    void forgetsTheConversationAfterALongSilence() {
        MutableClock clock = new MutableClock();
        try (Assistant timed = Assistant.create(Fixtures.load(Fixtures.SMALL), clock)) {
            Conversation conversation = new Conversation();
            timed.answer("axes du Val de Sioule", conversation);
            assertThat(conversation.territoryIds(clock.instant())).containsExactly("val-de-sioule");

            clock.advance(Conversation.EXPIRY.plusMinutes(1));

            assertThat(conversation.territoryIds(clock.instant())).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void definesGlossaryTerms() {
        Answer answer = assistant.answer("c'est quoi la CPAM ?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).startsWith("CPAM : Caisse Primaire d'Assurance Maladie");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\u0007", "🙂🙂🙂", "\"OR AND *:* ( [ { ~ ^ \\", "مرحبا", "?????"})
    void answersOddInputPolitelyWithoutThrowing(String input) {
        Answer answer = assistant.answer(input);

        assertThat(answer.text()).isNotBlank();
        assertThat(answer.answered()).isFalse();
    }

    @Test
    void cutsOverlongMessagesAndSaysSo() {
        String huge = "axes du Val de Sioule ".repeat(3000);

        Answer answer = assistant.answer(huge);

        assertThat(answer.text()).startsWith(Phrases.TOO_LONG);
        assertThat(answer.question().length()).isLessThanOrEqualTo(Assistant.MAX_QUESTION_CHARS);
        assertThat(answer.answered()).isTrue();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aListNarrowedToOneKindGivesEveryItemOfThatKind() {
        Answer answer = assistant.answer("Quelles communautés de communes ont signé le CLS du Val de Sioule ?");

        assertThat(answer.text()).contains("communauté de communes du Val de Sioule")
                .contains("communauté de communes des Combrailles").doesNotContain("CPAM");
    }
}
