package fr.clsbot.live;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import fr.clsbot.Fixtures;
import fr.clsbot.LogCapture;
import fr.clsbot.answer.Conversation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseWatcherTest {
    @TempDir
    Path temp;

    @Test
    void reloadsWhenAContractFileChangesAndKeepsServingWhenTheEditIsBroken() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        BlockingQueue<ReloadResult> reloads = new LinkedBlockingQueue<>();
        try (LiveAssistant live = new LiveAssistant(kb);
             KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(live, Duration.ofMillis(200), reloads::add)) {
            Files.writeString(yaml, Files.readString(yaml).replace("Service communication\n", "Cellule presse\n"));

            ReloadResult first = reloads.poll(30, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.loaded()).isTrue();
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .contains("Cellule presse");

            ReloadResult broken;
            try (LogCapture logged = LogCapture.of(LiveAssistant.class)) {
                Files.writeString(yaml, "id: [broken");
                broken = reloads.poll(30, TimeUnit.SECONDS);

                assertThat(logged.messages(Level.WARN)).singleElement().asString()
                        .contains("knowledge base rejected", "YAML invalide");
            }

            assertThat(broken).isNotNull();
            assertThat(broken.loaded()).isFalse();
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .contains("Cellule presse");
        }
    }
}
