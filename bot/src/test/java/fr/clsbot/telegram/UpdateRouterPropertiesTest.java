package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clsbot.live.LiveAssistant;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whatever Telegram delivers (any text, stickers, photos, edited messages, odd callback data, other kinds of
 * update), the handler never throws and sends only valid messages: under 4096 characters, HTML tags balanced.
 * Updates are drawn from a fixed seed ({@code -Dclsbot.seed=N} for others), so a failure names the update.
 */
class UpdateRouterPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SendMessage> SENT = new CopyOnWriteArrayList<>();
    private static final long SEED = Long.getLong("clsbot.seed", 20_261_202L);
    private static final List<String> KINDS = List.of("text", "sticker", "photo", "edited", "callback", "channel",
            "group");
    private static final List<String> TEXTS = List.of("/start", "/aide", "/axes montlucon", "/stats", "/reload",
            "/inconnue", "/contacts", "/chiffres Plaine Limagne", "/axes@clsbot_test_bot", "<b>gras</b> & co", "🙂",
            "", "contact presse montlucon", "\u202eمرحبا", "\"OR *:* (", "a".repeat(5000));
    private static final UpdateRouter ROUTER = router();

    private static UpdateRouter router() {
        try {
            // The library's client interface, answering every call; none of our own code is replaced.
            TelegramClient client = (TelegramClient) Proxy.newProxyInstance(TelegramClient.class.getClassLoader(),
                    new Class<?>[] {TelegramClient.class}, (proxy, method, args) -> {
                        if (args != null && args.length == 1 && args[0] instanceof SendMessage message) {
                            SENT.add(message);
                        }
                        return method.getReturnType() == boolean.class ? false : null;
                    });
            CallbackStore callbacks = new CallbackStore(100);
            return new UpdateRouter(new LiveAssistant(Path.of("..", "knowledge-base")),
                    new Replies(new TelegramSender(client, millis -> { }), callbacks), new CommandRegistry(),
                    new ChatStates(1000), callbacks, new Feedback(null, new ChatIdHasher("s"), Clock.systemUTC()),
                    Set.of(1L), new AtomicLong()::incrementAndGet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void handlesAnyUpdateWithoutThrowingAndSendsOnlyValidMessages() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 1000; i++) {
            ObjectNode json = update(KINDS.get(random.nextInt(KINDS.size())), text(random),
                    -1_000_000_000_000L + (long) (random.nextDouble() * 1_001_000_000_000L),
                    1 + random.nextInt(1_000_000));
            SENT.clear();
            Update update = JSON.treeToValue(json, Update.class);

            ROUTER.handle(update);

            String described = "update #" + i + " (seed " + SEED + "): " + json;
            for (SendMessage message : SENT) {
                assertThat(message.getText()).as(described).isNotBlank().hasSizeLessThanOrEqualTo(4096);
                assertThat(count(message.getText(), "<b>")).as(described).isEqualTo(count(message.getText(), "</b>"));
                assertThat(count(message.getText(), "<i>")).as(described).isEqualTo(count(message.getText(), "</i>"));
                assertThat(message.getText().replaceAll("</?[bi]>", "")).as(described).doesNotContain("<", ">");
            }
        }
    }

    /**
     * Half the time any UTF-16 text up to 80 chars, short ones more often (as people write them), else one of the
     * texts users and Telegram really send.
     */
    private static String text(Random random) {
        if (random.nextBoolean()) {
            return TEXTS.get(random.nextInt(TEXTS.size()));
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(random.nextInt(80) + 1) + 1; i > 0; i--) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    private static int count(String text, String tag) {
        return text.split(java.util.regex.Pattern.quote(tag), -1).length - 1;
    }

    private static ObjectNode update(String kind, String text, long chatId, int updateId) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = JSON.createObjectNode().put("message_id", updateId).put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", kind.equals("group") ? "supergroup" : "private");
        message.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "x");
        switch (kind) {
            case "sticker" -> message.putObject("sticker").put("file_id", "f").put("file_unique_id", "u")
                    .put("type", "regular").put("width", 1).put("height", 1).put("is_animated", false)
                    .put("is_video", false);
            case "photo" -> message.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u")
                    .put("width", 1).put("height", 1);
            default -> message.put("text", text);
        }
        switch (kind) {
            case "edited" -> update.set("edited_message", message);
            case "channel" -> update.set("channel_post", message);
            case "callback" -> {
                ObjectNode query = update.putObject("callback_query").put("id", "c" + updateId)
                        .put("chat_instance", "1").put("data", text.isEmpty() ? "q:zz" : text);
                query.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "x");
                query.set("message", message);
            }
            default -> update.set("message", message);
        }
        return update;
    }
}
