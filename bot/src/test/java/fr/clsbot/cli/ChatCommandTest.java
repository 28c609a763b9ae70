package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.KnowledgeBaseCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatCommandTest {
    @TempDir
    Path temp;

    @Test
    void aBaseBrokenSinceTheLastStartIsServedInItsLastGoodStateWithTheProblemNamed() throws Exception {
        Path kb = copyOfTheShippedBase();
        String indexDir = temp.resolve("index").toString();
        String first = chat("contact presse montlucon\n", "chat", "--kb", kb.toString(), "--index-dir", indexDir);
        assertThat(first).contains("Bonjour").doesNotContain("n'est pas valide");

        Path yaml = kb.resolve("montlucon.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("\ntitle: ", "\ntitle: : [ "));
        String second = chat("contact presse montlucon\n", "chat", "--kb", kb.toString(), "--index-dir", indexDir);

        assertThat(second).contains("La base de connaissances n'est pas valide ; sa dernière version valide reste "
                + "en service (2 contrats)", "montlucon.yaml:", "Corrigez le fichier");
        assertThat(second.substring(second.indexOf("Bonjour"))).isEqualTo(first.substring(first.indexOf("Bonjour")));
    }

    /** A copy of the shipped base, left alone long enough for a snapshot to vouch for it. */
    private Path copyOfTheShippedBase() throws IOException, InterruptedException {
        Path kb = CommandRun.copy(CommandRun.SHIPPED, temp.resolve("kb"));
        Thread.sleep(KnowledgeBaseCache.SETTLE.toMillis() + 100);
        return kb;
    }

    /** Runs {@code chat} with {@code input} typed, and returns what it printed (it writes to the console). */
    private static synchronized String chat(String input, String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(CommandRun.runWithInput(input, args).exitCode()).isZero();
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
