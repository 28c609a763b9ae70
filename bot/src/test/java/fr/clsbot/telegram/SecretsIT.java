package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import fr.clsbot.LogCapture;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.live.LiveAssistant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token and raw chat ids never appear in logs, errors, /stats or the questions file, even when things fail. */
class SecretsIT {
    private static final long ADMIN = 987_654_321L;
    private static final long USER = 123_123_123L;

    @TempDir
    Path state;

    @Test
    void neverLogsTheTokenOrAChatIdEvenWhenRequestsFail() throws Exception {
        List<FakeBotApi.Call> sent;
        List<ILoggingEvent> logged;
        try (LogCapture log = LogCapture.all();
             FakeBotApi api = new FakeBotApi();
             LiveAssistant assistant = new LiveAssistant(Path.of("..", "knowledge-base"))) {
            api.failGetUpdates(2);
            api.injectFaults(3, 5, 0);
            TelegramBot bot = new TelegramBot(new TelegramSettings(FakeBotApi.TOKEN, api.url(), Set.of(ADMIN)),
                    assistant, FakeBotApi.POLLING.httpClient(), millis -> { }, FakeBotApi.POLLING,
                    new ChatIdHasher("salt"), QuestionLog.in(state), System::currentTimeMillis);
            try {
                bot.startPolling();
                api.userSends(USER, "Quel est le budget du CLS de Vichy ?");
                api.userSends(USER, "/reload");
                api.await("sendMessage", 2, 20);
                api.userSends(ADMIN, "/stats");
                sent = api.await("sendMessage", 3, 20);
            } finally {
                bot.close();
            }
            logged = log.events();
        }

        assertThat(logged).as("the failures were logged").anyMatch(e -> e.getLevel() == Level.WARN)
                .anyMatch(e -> e.getLevel() == Level.ERROR);
        for (ILoggingEvent event : logged) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).doesNotContain(FakeBotApi.TOKEN).doesNotContain("TEST-token")
                    .doesNotContain(Long.toString(USER)).doesNotContain(Long.toString(ADMIN));
        }
        assertThat(sent).allSatisfy(call -> assertThat(call.body().path("text").asText())
                .doesNotContain(FakeBotApi.TOKEN));
        assertThat(sent).anySatisfy(call -> assertThat(call.body().path("text").asText())
                .contains("Statistiques", "Questions sans bonne réponse", "Vichy"));
        String questions = Files.readString(state.resolve(QuestionLog.FILE));
        assertThat(questions).contains("Vichy", new ChatIdHasher("salt").hash(USER))
                .doesNotContain(Long.toString(USER));
    }
}
