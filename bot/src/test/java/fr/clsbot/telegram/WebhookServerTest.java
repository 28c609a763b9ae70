package fr.clsbot.telegram;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.live.LiveAssistant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class WebhookServerTest {
    /** Expected warnings (the attack's effect) are kept off the build output and checked after each test. */
    private final LogCapture logs = LogCapture.of(WebhookServer.class);

    @AfterEach
    void onlyExpectedWarnings() {
        logs.close();
        assertThat(logs.messages(Level.WARN)).allMatch(message -> message.contains("rejected"));
    }

    private static final String SECRET = "s3cret-token-for-tests";
    private static final String UPDATE = "{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":1700000000,"
            + "\"chat\":{\"id\":77,\"type\":\"private\"},\"from\":{\"id\":77,\"is_bot\":false,\"first_name\":\"x\"},"
            + "\"text\":\"contact presse montlucon\"}}";

    @Test
    void registersItsUrlWithTheSecretAndRejectsRequestsWithoutIt() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             LiveAssistant assistant = new LiveAssistant(Path.of("..", "knowledge-base"));
             TelegramBot bot = new TelegramBot(new TelegramSettings(FakeBotApi.TOKEN, api.url(), Set.of()),
                     assistant, new OkHttpClient(), millis -> { }, FakeBotApi.POLLING, new ChatIdHasher("s"), null,
                     System::currentTimeMillis);
             WebhookServer webhook = WebhookServer.start(bot, "https://bot.example.org/", "127.0.0.1", 0, SECRET)) {
            assertThat(api.await("setWebhook", 1, 10)).singleElement().satisfies(call -> {
                assertThat(call.body().toString()).contains("https://bot.example.org/telegram", SECRET);
            });
            URI uri = URI.create("http://127.0.0.1:" + webhook.port() + WebhookServer.PATH);
            HttpClient http = HttpClient.newHttpClient();

            assertThat(post(http, uri, null).statusCode()).isEqualTo(401);
            assertThat(post(http, uri, "wrong").statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(uri).header(WebhookServer.SECRET_HEADER, SECRET).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
            assertThat(api.calls("sendMessage")).isEmpty();

            assertThat(post(http, uri, SECRET).statusCode()).isEqualTo(200);
            assertThat(api.await("sendMessage", 1, 10)).singleElement().satisfies(call -> {
                assertThat(call.body().path("chat_id").asLong()).isEqualTo(77);
                assertThat(call.body().path("text").asText()).contains("04 70 02 55 53");
            });
        }
    }

    private static HttpResponse<Void> post(HttpClient http, URI uri, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(UPDATE))
                .header("Content-Type", "application/json");
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
