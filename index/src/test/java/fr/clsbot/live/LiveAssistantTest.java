package fr.clsbot.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import fr.clsbot.Fixtures;
import fr.clsbot.LogCapture;
import fr.clsbot.answer.Assistant;
import fr.clsbot.answer.Conversation;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBaseCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveAssistantTest {
    @TempDir
    Path temp;

    @Test
    void swapsInAValidEditAndKeepsTheLastGoodIndexOnABrokenOne() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        try (LiveAssistant live = new LiveAssistant(kb)) {
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .contains("04 70 11 22 33");

            Files.writeString(yaml, Files.readString(yaml).replace("Service communication\n", "Relations presse\n"));
            assertThat(live.reload().loaded()).isTrue();
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .contains("Relations presse");

            breakThePressPhone(yaml);
            ReloadResult broken;
            try (LogCapture logged = LogCapture.of(LiveAssistant.class)) {
                broken = live.reload();

                assertThat(logged.messages(Level.WARN)).singleElement().asString()
                        .contains("knowledge base rejected, the previous index keeps serving", "contacts[1].phone");
            }

            assertThat(broken.loaded()).isFalse();
            assertThat(broken.problems()).singleElement().satisfies(p ->
                    assertThat(p.toString()).contains("val-sioule.yaml:", "contacts[1].phone"));
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .as("the last good index keeps serving").contains("04 70 11 22 33");
        }
    }

    @Test
    void aBrokenEditIsNeverServedFromTheSnapshotOfTheLastGoodBase() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        Path indexRoot = temp.resolve("index");
        KnowledgeBaseCache cache = settledCache(indexRoot);
        try (LiveAssistant live = new LiveAssistant(kb, cache::load, base -> Assistant.create(base, indexRoot))) {
            breakThePressPhone(yaml);
            try (LogCapture logged = LogCapture.of(LiveAssistant.class)) {
                assertThat(live.reload().loaded()).isFalse();
                assertThat(logged.messages(Level.WARN)).hasSize(1);
            }

            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .as("the last good index keeps serving").contains("04 70 11 22 33");
        }
        assertThrows(InvalidKnowledgeBaseException.class,
                () -> new LiveAssistant(kb, cache::load, base -> Assistant.create(base, indexRoot)));
    }

    @Test
    void aBaseBrokenBeforeStartServesItsLastGoodStateAndSaysWhy() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        Path indexRoot = temp.resolve("index");
        KnowledgeBaseCache cache = settledCache(indexRoot);
        try (LiveAssistant live = new LiveAssistant(kb, cache::load, cache::lastGood,
                base -> Assistant.create(base, indexRoot))) {
            assertThat(live.startProblems()).isEmpty();
        }
        breakThePressPhone(yaml);

        try (LiveAssistant live = new LiveAssistant(kb, cache::load, cache::lastGood,
                base -> Assistant.create(base, indexRoot))) {
            assertThat(live.startProblems()).singleElement().satisfies(p ->
                    assertThat(p.toString()).contains("val-sioule.yaml:", "contacts[1].phone"));
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .as("the last good state serves").contains("04 70 11 22 33");

            Files.writeString(yaml, Files.readString(yaml).replace("phone: 04 70\n", "phone: 04 70 99 88 77\n"));
            assertThat(live.reload().loaded()).isTrue();
            assertThat(live.answer("contact presse val de sioule", new Conversation()).text())
                    .as("the mended base replaces it").contains("04 70 99 88 77");
        }
    }

    @Test
    void aBaseBrokenBeforeItsFirstStartIsRefusedWithItsProblems() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        breakThePressPhone(yaml);
        KnowledgeBaseCache cache = new KnowledgeBaseCache(temp.resolve("index"));

        InvalidKnowledgeBaseException refused = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new LiveAssistant(kb, cache::load, cache::lastGood, Assistant::create));

        assertThat(refused.getMessage()).contains("val-sioule.yaml:", "contacts[1].phone");
    }

    /** Snapshots in {@code indexRoot}, with a clock a minute ahead: files copied just now count as settled. */
    private static KnowledgeBaseCache settledCache(Path indexRoot) {
        return new KnowledgeBaseCache(indexRoot,
                Clock.fixed(Instant.now().plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
    }

    /** Leaves the fixture's press phone number cut short: the validator rejects it. */
    private static void breakThePressPhone(Path yaml) throws IOException {
        Files.writeString(yaml, Files.readString(yaml).replace("phone: 04 70 11 22 33", "phone: 04 70"));
    }
}
