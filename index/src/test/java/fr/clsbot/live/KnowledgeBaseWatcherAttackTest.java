package fr.clsbot.live;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.answer.Conversation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher of a running bot survives hostile files and a base replaced under it. */
class KnowledgeBaseWatcherAttackTest {
    /** Expected warnings (the attack's effect) are kept off the build output and checked after each test. */
    private final LogCapture logs = LogCapture.of("fr.clsbot.live.LiveAssistant");

    @AfterEach
    void onlyExpectedWarnings() {
        logs.close();
        assertThat(logs.messages(Level.WARN)).allMatch(message -> message.contains("knowledge base rejected"));
    }

    private static final String QUESTION = "contact presse val de sioule";

    @TempDir
    Path temp;

    @Test
    void survivesARecursiveAliasAndReloadsTheLaterFix() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        String original = Files.readString(yaml);
        BlockingQueue<ReloadResult> reloads = new LinkedBlockingQueue<>();
        try (LiveAssistant live = new LiveAssistant(kb);
             KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(live, Duration.ofMillis(200), reloads::add)) {
            Files.writeString(yaml, original.replace("axes:\n", "axes: &a [*a]\nold-axes:\n"));
            ReloadResult broken = reloads.poll(30, TimeUnit.SECONDS);
            assertThat(broken).isNotNull();
            assertThat(broken.loaded()).isFalse();
            assertThat(broken.problems()).anySatisfy(p -> assertThat(p.message()).contains("alias récursif"));

            Files.writeString(yaml, original.replace("Service communication\n", "Cellule presse\n"));
            ReloadResult fixed = reloads.poll(30, TimeUnit.SECONDS);

            assertThat(fixed).isNotNull();
            assertThat(fixed.loaded()).isTrue();
            assertThat(live.answer(QUESTION, new Conversation()).text()).contains("Cellule presse");
        }
    }

    @Test
    void noticesTheBaseDirectoryReplacedByAMove() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path next = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb-next"));
        Path nextYaml = next.resolve("val-sioule.yaml");
        Files.writeString(nextYaml, Files.readString(nextYaml).replace("Service communication\n", "Cellule presse\n"));
        BlockingQueue<ReloadResult> reloads = new LinkedBlockingQueue<>();
        try (LiveAssistant live = new LiveAssistant(kb);
             KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(live, Duration.ofMillis(200), reloads::add)) {
            Files.move(kb, temp.resolve("kb-previous"));
            Files.move(next, kb);

            ReloadResult moved = reloads.poll(30, TimeUnit.SECONDS);
            assertThat(moved).isNotNull();
            assertThat(moved.loaded()).isTrue();
            assertThat(live.answer(QUESTION, new Conversation()).text()).contains("Cellule presse");

            // The new directory is the one watched now: an edit inside it is picked up.
            Path yaml = kb.resolve("val-sioule.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("Cellule presse\n", "Pôle presse\n"));
            ReloadResult edited = reloads.poll(30, TimeUnit.SECONDS);
            assertThat(edited).isNotNull();
            assertThat(live.answer(QUESTION, new Conversation()).text()).contains("Pôle presse");
        }
    }
}
