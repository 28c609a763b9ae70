package fr.clsbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates pushed by Telegram (webhook mode, for production behind an HTTPS reverse proxy). Every request
 * must carry the secret token given to {@code setWebhook} in {@code X-Telegram-Bot-Api-Secret-Token}; others get
 * 401. Built on the JDK's HTTP server: the TelegramBots webhook module gives no access to request headers.
 *
 * <p>Hardened against slow or hostile clients: it listens on one address (127.0.0.1 unless told otherwise), a
 * request must arrive whole within {@link #MAX_REQUEST_SECONDS}, requests are read by a bounded pool of threads
 * (one connection that sends half a header holds one thread, not the server), and an update is answered 200 as soon
 * as it is queued: the answer to the user is worked out behind, so a slow Bot API never makes Telegram wait.
 * Telegram delivers an update again when it got no 200; an update id already received is acknowledged and dropped.
 * {@code GET /healthz} answers 200 for container health checks.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String PATH = "/telegram";
    static final String HEALTH_PATH = "/healthz";
    /** The default listening address: a reverse proxy on the same machine terminates HTTPS. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    private static final int MAX_BODY_BYTES = 1 << 20;
    /** Seconds a client has to send a whole request; slower connections are closed. */
    static final int MAX_REQUEST_SECONDS = 10;
    /** Threads reading requests: each stalled connection holds one until {@link #MAX_REQUEST_SECONDS}. */
    static final int REQUEST_THREADS = 128;
    /** Updates queued for answering at most; beyond, Telegram is asked to deliver again later. */
    static final int MAX_PENDING_UPDATES = 1_000;
    private static final int REMEMBERED_UPDATES = 10_000;

    static {
        // The JDK server reads its time limits once, from system properties, when its first instance is created.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, REQUEST_THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "clsbot-webhook");
                thread.setDaemon(true);
                return thread;
            });
    private final byte[] secret;
    private final ChatDispatcher dispatcher;
    private final Set<Integer> received = Collections.synchronizedSet(Collections.newSetFromMap(
            new BoundedMap<>(REMEMBERED_UPDATES, false)));
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    WebhookServer(String bind, int port, String secret, ChatDispatcher dispatcher) throws IOException {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.dispatcher = dispatcher;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 64);
        server.createContext(PATH, this::receive);
        server.createContext(HEALTH_PATH, WebhookServer::health);
        // When every thread is taken, a new connection is reset (the server itself keeps running) and Telegram
        // delivers again later.
        server.setExecutor(executor);
    }

    /** Registers {@code publicUrl} with Telegram and starts listening on {@code bind}:{@code port}. */
    public static WebhookServer start(TelegramBot bot, String publicUrl, String bind, int port, String secret)
            throws IOException, TelegramApiException, InterruptedException {
        bot.introduce();
        WebhookServer webhook = new WebhookServer(bind, port, secret, bot.dispatcher());
        webhook.server.start();
        String url = publicUrl.endsWith(PATH) ? publicUrl : publicUrl.replaceAll("/+$", "") + PATH;
        bot.sender().setWebhook(SetWebhook.builder().url(url).secretToken(secret).build());
        LOG.info("webhook listening on {}:{} for {}", bind, webhook.port(), url);
        return webhook;
    }

    int port() {
        return server.getAddress().getPort();
    }

    InetAddress address() {
        return server.getAddress().getAddress();
    }

    private static void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = "ok\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders("GET".equals(exchange.getRequestMethod()) ? 200 : 405, body.length);
            exchange.getResponseBody().write(body);
        }
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
            Integer id = update.getUpdateId();
            if (id != null && !received.add(id)) {
                LOG.debug("update {} received again: already queued", id);
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            if (!dispatcher.offer(update, MAX_PENDING_UPDATES)) {
                received.remove(id);
                LOG.warn("{} updates waiting: update {} left for Telegram to deliver again", MAX_PENDING_UPDATES, id);
                exchange.getResponseHeaders().set("Retry-After", "5");
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }
}
