package fr.clsbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API on 127.0.0.1 (OkHttp MockWebServer): it serves queued updates to {@code getUpdates},
 * holding it open up to its {@code timeout} while there are none, as Telegram does; records every other call,
 * and can answer {@code 429 Too Many Requests} on demand. No test reaches Telegram.
 */
final class FakeBotApi implements AutoCloseable {
    /**
     * MockWebServer reports on java.util.logging a client connection that closes without a request, which the
     * load test's connection pool does on purpose; kept here (a strong reference) so the level holds.
     */
    private static final java.util.logging.Logger MOCK_SERVER_LOG = quiet("okhttp3.mockwebserver.MockWebServer");
    static final String TOKEN = "123456:TEST-token-never-printed";
    static final String USERNAME = "clsbot_test_bot";
    /** Long polling for tests: an idle {@code getUpdates} is held 1 s, a failed one is retried after 10 ms. */
    static final LongPolling POLLING = new LongPolling(Duration.ofSeconds(1), () -> new BackOff() {
        @Override
        public void reset() {
        }

        @Override
        public long nextBackOffMillis() {
            return 10;
        }
    });
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A call the bot made, with its JSON parameters. */
    record Call(String method, JsonNode body) {
    }

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<ObjectNode> updates = new LinkedBlockingQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicInteger sendCalls = new AtomicInteger();
    private final AtomicInteger getUpdatesFailures = new AtomicInteger();
    private final AtomicInteger highestOffset = new AtomicInteger();
    private final AtomicInteger faults = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile int failEvery;
    private volatile int dropEvery;
    private volatile int throttleEvery;

    FakeBotApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return FakeBotApi.this.dispatch(request);
            }
        });
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /**
     * Server sockets whose connections send at once. MockWebServer writes a response's headers and its body
     * separately; with Nagle's algorithm the body then waits for the client's delayed ACK, about 40 ms on Linux,
     * which made each of the load test's 10,000 answers take 40 ms on the wire.
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = new Socket();
                    implAccept(socket);
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return bound(port, 50, null);
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            return bound(port, backlog, null);
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            return bound(port, backlog, address);
        }

        private ServerSocket bound(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(address, port), backlog);
            return socket;
        }
    }

    TelegramUrl url() {
        return new TelegramUrl("http", "127.0.0.1", server.getPort(), false);
    }

    /**
     * Injects faults into sendMessage: every {@code fail}-th call answers 500, every {@code drop}-th connection is
     * cut before the request is read, every {@code throttle}-th answers 429 (0 for none). A faulty call delivers
     * nothing, so a retry never sends a message twice.
     */
    void injectFaults(int fail, int drop, int throttle) {
        this.failEvery = fail;
        this.dropEvery = drop;
        this.throttleEvery = throttle;
    }

    /** The next {@code n} getUpdates calls answer 500. */
    void failGetUpdates(int n) {
        getUpdatesFailures.set(n);
    }

    /** The getUpdates calls received so far. */
    int polls() {
        return polls.get();
    }

    /** Faults injected so far. */
    int faults() {
        return faults.get();
    }

    /** The highest offset getUpdates was called with: every update below it is acknowledged. */
    int highestOffset() {
        return highestOffset.get();
    }

    /** The next {@code n} sendMessage calls get 429 with retry_after 1. */
    void throttleNext(int n) {
        tooManyRequests.set(n);
    }

    void userSends(long chatId, String text) {
        updates.add(update(message(chatId, text, "private")));
    }

    void groupMemberSends(long chatId, String text) {
        updates.add(update(message(chatId, text, "supergroup")));
    }

    void userPresses(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + nextUpdateId.get());
        query.set("from", user(chatId));
        query.put("chat_instance", "1");
        query.put("data", data);
        query.set("message", message(chatId, "buttons", "private"));
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("callback_query", query);
        updates.add(update);
    }

    private ObjectNode update(ObjectNode message) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        return update;
    }

    private ObjectNode message(long chatId, String text, String type) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", 1_700_000_000);
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", type);
        message.set("chat", chat);
        message.set("from", user(chatId));
        message.put("text", text);
        if (text.startsWith("/")) {
            ArrayNode entities = message.putArray("entities");
            ObjectNode entity = entities.addObject();
            entity.put("type", "bot_command");
            entity.put("offset", 0);
            entity.put("length", text.split(" ")[0].length());
        }
        return message;
    }

    private static ObjectNode user(long id) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", Math.abs(id));
        user.put("is_bot", false);
        user.put("first_name", "Élu");
        return user;
    }

    /** Waits until {@code count} calls of {@code method} were made; returns them all. */
    List<Call> await(String method, int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            List<Call> found = calls(method);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " " + method + " calls within " + seconds + " s, got "
                + calls(method).size());
    }

    List<Call> calls(String method) {
        List<Call> found = new ArrayList<>();
        for (Call call : calls) {
            if (call.method().equalsIgnoreCase(method)) {
                found.add(call);
            }
        }
        return found;
    }

    /** Every request path seen, to check the token is only ever in the URL Telegram expects. */
    int requestCount() {
        return server.getRequestCount();
    }

    private MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            return new MockResponse().setResponseCode(401).setBody("{\"ok\":false,\"error_code\":401}");
        }
        // Telegram method names are case-insensitive; TelegramBots sends them in lower case.
        String method = path.substring(("/bot" + TOKEN + "/").length()).replaceAll("\\?.*", "")
                .toLowerCase(java.util.Locale.ROOT);
        JsonNode body = parse(request.getBody().readUtf8());
        if (method.equals("getupdates")) {
            polls.incrementAndGet();
            if (getUpdatesFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
            }
            highestOffset.accumulateAndGet(body.path("offset").asInt(0), Math::max);
            return getUpdates(body);
        }
        if (method.equals("sendmessage")) {
            int call = sendCalls.incrementAndGet();
            if (dropEvery > 0 && call % dropEvery == 0) {
                faults.incrementAndGet();
                return new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            if (failEvery > 0 && call % failEvery == 0) {
                faults.incrementAndGet();
                return json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
            }
            if (throttleEvery > 0 && call % throttleEvery == 0) {
                faults.incrementAndGet();
                return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
                        + "after 1\",\"parameters\":{\"retry_after\":1}}");
            }
        }
        if (method.equals("sendmessage") && tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            calls.add(new Call("throttled", body));
            return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
        }
        calls.add(new Call(method, body));
        return switch (method) {
            case "getme" -> json(200, "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"CLS\","
                    + "\"username\":\"" + USERNAME + "\"}}");
            case "sendmessage" -> json(200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"date\":1700000000,\"chat\":{\"id\":" + body.path("chat_id").asText("0")
                    + ",\"type\":\"private\"},\"text\":\"ok\"}}");
            default -> json(200, "{\"ok\":true,\"result\":true}");
        };
    }

    /** The queued updates from {@code offset} on, at most 100; waits up to {@code timeout} seconds for one. */
    private MockResponse getUpdates(JsonNode body) throws InterruptedException {
        int offset = body.path("offset").asInt(0);
        List<ObjectNode> batch = new ArrayList<>();
        ObjectNode first = updates.poll(body.path("timeout").asLong(0), TimeUnit.SECONDS);
        if (first != null) {
            batch.add(first);
            updates.drainTo(batch, 99);
        }
        ArrayNode result = JSON.createArrayNode();
        batch.stream().filter(u -> u.path("update_id").asInt() >= offset).forEach(result::add);
        return json(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("raw", text);
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
}
