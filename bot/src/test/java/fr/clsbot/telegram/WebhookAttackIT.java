package fr.clsbot.telegram;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.live.LiveAssistant;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The webhook under slow, replayed and unauthenticated traffic, against a fake Bot API on 127.0.0.1. */
class WebhookAttackIT {
    /** Expected warnings (the attack's effect) are kept off the build output and checked after each test. */
    private final LogCapture logs = LogCapture.of(TelegramSender.class);

    @AfterEach
    void onlyExpectedWarnings() {
        logs.close();
        assertThat(logs.messages(Level.WARN)).allMatch(message -> message.contains("failed"));
    }

    private static final String SECRET = "s3cret-token-for-attacks";
    private static final int IDLE_CONNECTIONS = 50;

    private static String update(int id, long chat, String text) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat + ",\"is_bot\":false,"
                + "\"first_name\":\"x\"},\"text\":\"" + text + "\"}}";
    }

    @Test
    void answersAValidUpdateWhileFiftyConnectionsHangOnHalfAHeader() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); Webhook webhook = new Webhook(api)) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), webhook.server.port());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST " + WebhookServer.PATH + " HTTP/1.1\r\nHost: bot\r\nContent-Le")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    idle.add(socket);
                }

                HttpResponse<Void> response = webhook.post(update(1, 77, "contact presse montlucon"),
                        Duration.ofSeconds(2));

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(api.await("sendMessage", 1, 30)).singleElement().satisfies(call ->
                        assertThat(call.body().path("text").asText()).contains("04 70 02 55 53"));
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void answersTelegramBeforeTheAnswerIsSentWhenTheBotApiFails() throws Exception {
        // Every other message fails once, and each retry waits longer than Telegram waits for the webhook's reply.
        try (FakeBotApi api = new FakeBotApi(); Webhook webhook = new Webhook(api, millis -> Thread.sleep(3_000))) {
            api.injectFaults(2, 0, 0);

            for (int chat = 1; chat <= 3; chat++) {
                assertThat(webhook.post(update(chat, chat, "axes montlucon"), Duration.ofSeconds(2)).statusCode())
                        .as("chat %d", chat).isEqualTo(200);
            }
            assertThat(api.await("sendMessage", 3, 60)).hasSize(3);
        }
    }

    @Test
    void aReplayedUpdateIsAnsweredOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); Webhook webhook = new Webhook(api)) {
            String update = update(42, 88, "contact presse montlucon");

            assertThat(webhook.post(update, Duration.ofSeconds(10)).statusCode()).isEqualTo(200);
            assertThat(webhook.post(update, Duration.ofSeconds(10)).statusCode()).isEqualTo(200);
            assertThat(webhook.post(update(43, 88, "axes montlucon"), Duration.ofSeconds(10)).statusCode())
                    .isEqualTo(200);

            List<FakeBotApi.Call> sent = api.await("sendMessage", 2, 30);
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).body().path("text").asText()).contains("04 70 02 55 53");
        }
    }

    @Test
    void healthCheckAnswersWithoutTheSecretAndListensOnLoopbackOnly() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); Webhook webhook = new Webhook(api)) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + webhook.server.port() + WebhookServer.HEALTH_PATH)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("ok\n");
            assertThat(webhook.server.address().isLoopbackAddress()).isTrue();
        }
    }

    /** A bot in webhook mode on the shipped knowledge base. */
    private static final class Webhook implements AutoCloseable {
        final LiveAssistant assistant;
        final TelegramBot bot;
        final WebhookServer server;
        final HttpClient http = HttpClient.newHttpClient();

        Webhook(FakeBotApi api) throws Exception {
            this(api, millis -> { });
        }

        Webhook(FakeBotApi api, Sleeper sleeper) throws Exception {
            assistant = new LiveAssistant(Path.of("..", "knowledge-base"));
            bot = new TelegramBot(new TelegramSettings(FakeBotApi.TOKEN, api.url(), Set.of()), assistant,
                    new OkHttpClient(), sleeper, FakeBotApi.POLLING, new ChatIdHasher("s"), null, System::currentTimeMillis);
            server = WebhookServer.start(bot, "https://bot.example.org/", WebhookServer.DEFAULT_BIND, 0, SECRET);
        }

        HttpResponse<Void> post(String body, Duration timeout) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + WebhookServer.PATH)).timeout(timeout).header(WebhookServer.SECRET_HEADER, SECRET)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }

        @Override
        public void close() throws Exception {
            server.close();
            bot.close();
            assistant.close();
        }
    }
}
