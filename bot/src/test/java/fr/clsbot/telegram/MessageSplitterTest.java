package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    @Test
    void keepsShortTextWhole() {
        assertThat(MessageSplitter.split("Bonjour", 100)).containsExactly("Bonjour");
    }

    @Test
    void cutsAtParagraphsThenLinesThenWordsAndLosesNothing() {
        String text = "un premier paragraphe assez long pour compter\n\n" + "mot ".repeat(40) + "\nligne finale";

        List<String> parts = MessageSplitter.split(text, 60);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(60));
        assertThat(parts.get(0)).isEqualTo("un premier paragraphe assez long pour compter");
        assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Test
    void cutsTextWithoutSpacesWithoutBreakingEmoji() {
        String text = "🙂".repeat(100);

        List<String> parts = MessageSplitter.split(text, 51);

        assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
        assertThat(String.join("", parts)).isEqualTo(text);
    }
}
