package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.live.LiveAssistant;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A maintainer's {@code /stats}, however long its report takes, never holds back the other chats. */
class AdminStatsIT {
    private static final long ADMIN = 555_001L;
    private static final long USER = 555_002L;

    @TempDir
    Path state;

    @Test
    void theNextUpdatesAreFetchedAndAnsweredWhileTheReportIsWritten() throws Exception {
        // The questions file is a named pipe: the report blocks reading it until something is written into it,
        // like a report on a huge file, but for exactly as long as the test decides.
        Process mkfifo = new ProcessBuilder("mkfifo", state.resolve(QuestionLog.FILE).toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        try (FakeBotApi api = new FakeBotApi();
             LiveAssistant assistant = new LiveAssistant(Path.of("..", "knowledge-base"))) {
            TelegramBot bot = new TelegramBot(new TelegramSettings(FakeBotApi.TOKEN, api.url(), Set.of(ADMIN)),
                    assistant, new OkHttpClient(), millis -> { }, FakeBotApi.POLLING, new ChatIdHasher("salt"), QuestionLog.in(state),
                    System::currentTimeMillis);
            try {
                bot.startPolling();
                api.userSends(ADMIN, "/stats");
                awaitOffset(api, 2);

                // The user's question is recorded into the pipe, which lets the report finish afterwards.
                api.userSends(USER, "contact presse montlucon");
                var sent = api.await("sendMessage", 2, 60);

                assertThat(sent).anySatisfy(call -> {
                    assertThat(call.body().path("chat_id").asLong()).isEqualTo(USER);
                    assertThat(call.body().path("text").asText()).contains("04 70 02 55 53");
                });
                assertThat(sent).anySatisfy(call -> {
                    assertThat(call.body().path("chat_id").asLong()).isEqualTo(ADMIN);
                    assertThat(call.body().path("text").asText()).contains("Statistiques");
                });
            } finally {
                bot.close();
            }
        }
    }

    /** Waits until the bot asked for updates from {@code offset} on: the updates before it are done with. */
    private static void awaitOffset(FakeBotApi api, int offset) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (api.highestOffset() < offset && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(api.highestOffset()).as("updates fetched again while /stats is running").isGreaterThanOrEqualTo(
                offset);
    }
}
