package fr.clsbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escape sequences and control characters hidden in documents never reach the reader's terminal. */
class TerminalAttackTest {
    private static final String CLEAR_SCREEN = "\u001b[2J\u001b[H";
    private static final String WINDOW_TITLE = "\u001b]0;pwned\u0007";

    @Test
    void anAnswerQuotingADocumentWithEscapeSequencesIsPrintedWithoutThem() {
        Answer answer = new Answer("contact presse", true, "Service " + CLEAR_SCREEN + "communication\u0008\u0008",
                "Montluçon", "contact", 0.9, List.of(new SourceRef("Communiqué" + WINDOW_TITLE,
                "sources/x.txt", "Relations médias \u009b31m04 70 02 55 53")), List.of("axes\u0007"), 3, null);

        String printed = ConsoleChat.render(answer);

        assertThat(printed).contains("Service communication", "Communiqué", "Relations médias 31m04 70 02 55 53")
                .doesNotContain("\u001b", "\u0007", "\u0008", "\u009b", "pwned");
    }

    @Test
    void keepsLineBreaksTabsAndFrenchTextAsTheyAre() {
        String text = "Axes :\n\t1. Santé mentale — « prévention » 🙂";

        assertThat(TerminalText.printable(text)).isSameAs(text);
    }
}
