package fr.clsbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.live.LiveAssistant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {
    @Test
    void greetsAnswersFollowUpsAndQuits() throws Exception {
        String input = "axes plaine limagne\net a montlucon ?\n\n/quitter\nnot read\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LiveAssistant assistant = new LiveAssistant(Path.of("..", "knowledge-base"))) {
            new ConsoleChat(assistant, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), null).run();
        }
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("Bonjour");
        assertThat(text).containsSubsequence("jeunesse grandissante", "cadre de vie favorable", "À bientôt");
        assertThat(text).contains("📄");
    }
}
