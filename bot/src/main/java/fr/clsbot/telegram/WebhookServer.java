package fr.clsbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates pushed by Telegram (webhook mode, for production behind HTTPS). Every request must carry the
 * secret token given to {@code setWebhook} in {@code X-Telegram-Bot-Api-Secret-Token}; others get 401. It listens
 * on every interface (0.0.0.0), as a container needs; {@code GET /healthz} answers 200 for health checks.
 * Built on the JDK's HTTP server: the TelegramBots webhook module gives no access to request headers.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String PATH = "/telegram";
    /** Answers 200 while the server runs, without the secret: for container health checks. */
    static final String HEALTH_PATH = "/healthz";
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final byte[] secret;
    private final ChatDispatcher dispatcher;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    WebhookServer(int port, String secret, ChatDispatcher dispatcher) throws IOException {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.dispatcher = dispatcher;
        this.server = HttpServer.create(new InetSocketAddress(port), 64);
        server.createContext(PATH, this::receive);
        server.createContext(HEALTH_PATH, WebhookServer::health);
        server.setExecutor(executor);
    }

    /** Registers {@code publicUrl} with Telegram and starts listening. */
    public static WebhookServer start(TelegramBot bot, String publicUrl, int port, String secret)
            throws IOException, TelegramApiException, InterruptedException {
        bot.introduce();
        WebhookServer webhook = new WebhookServer(port, secret, bot.dispatcher());
        webhook.server.start();
        String url = publicUrl.endsWith(PATH) ? publicUrl : publicUrl.replaceAll("/+$", "") + PATH;
        bot.sender().setWebhook(SetWebhook.builder().url(url).secretToken(secret).build());
        LOG.info("webhook listening on port {} for {}", webhook.port(), url);
        return webhook;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                LOG.warn("webhook request without the secret token rejected");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Update update;
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    exchange.sendResponseHeaders(413, -1);
                    return;
                }
                update = json.readValue(bytes, Update.class);
            } catch (IOException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            dispatcher.consume(List.of(update));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] ok = "ok\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : ok.length);
            if (!"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseBody().write(ok);
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }
}
