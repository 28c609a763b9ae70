package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import fr.clsbot.LogCapture;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.live.LiveAssistant;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real TelegramBots long-polling client against a fake Bot API on 127.0.0.1. */
class TelegramBotIT {
    private static final long ADMIN = 4242;

    private FakeBotApi api;
    private LiveAssistant assistant;
    private TelegramBot bot;
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.io.TempDir
    Path questionsDir;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        assistant = new LiveAssistant(Path.of("..", "knowledge-base"));
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(5, TimeUnit.SECONDS).build();
        bot = new TelegramBot(new TelegramSettings(FakeBotApi.TOKEN, api.url(), Set.of(ADMIN)), assistant, http,
                sleeps::add, FakeBotApi.POLLING, new ChatIdHasher("test-salt"), QuestionLog.in(questionsDir), System::currentTimeMillis);
        bot.startPolling();
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        assistant.close();
        api.close();
    }

    @Test
    void answersAQuestionFromChat42InFrenchWithSourcesAndRegistersItsCommands() throws Exception {
        api.userSends(42, "/start");
        api.userSends(42, "contact presse montlucon");

        List<FakeBotApi.Call> sent = api.await("sendMessage", 2, 10);

        assertThat(api.calls("setMyCommands")).singleElement().satisfies(call ->
                assertThat(call.body().toString()).contains("territoires", "axes", "contacts", "chiffres")
                        .doesNotContain("reload"));
        assertThat(sent.get(0).body().path("chat_id").asLong()).isEqualTo(42);
        assertThat(sent.get(0).body().path("text").asText()).contains("Bonjour");
        assertThat(sent.get(0).body().path("reply_markup").toString()).contains("inline_keyboard");
        FakeBotApi.Call answer = sent.get(1);
        assertThat(answer.body().path("chat_id").asLong()).isEqualTo(42);
        assertThat(answer.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(answer.body().path("text").asText())
                .contains("<b>04 70 02 55 53</b>", "<b>communication@mairie-montlucon.fr</b>", "<i>Source : ");
    }

    @Test
    void followsUpWithinAChatButNeverAcrossChats() throws Exception {
        api.userSends(1, "Quels sont les axes du CLS de Plaine Limagne ?");
        api.await("sendMessage", 1, 10);
        api.userSends(2, "Quels sont les axes du CLS de Montluçon ?");
        api.await("sendMessage", 2, 10);
        api.userSends(1, "et le contact presse ?");

        List<FakeBotApi.Call> sent = api.await("sendMessage", 3, 10);

        FakeBotApi.Call followUp = sent.get(2);
        assertThat(followUp.body().path("chat_id").asLong()).isEqualTo(1);
        assertThat(followUp.body().path("text").asText()).contains("04 73 86 89 80").doesNotContain("04 70 02 55 53");
    }

    @Test
    void retriesAfterTooManyRequestsWaitingWhatTelegramAsks() throws Exception {
        List<FakeBotApi.Call> sent;
        try (LogCapture log = LogCapture.of(TelegramSender.class)) {
            api.throttleNext(2);
            api.userSends(42, "Qui a signé le CLS de Plaine Limagne ?");

            sent = api.await("sendMessage", 1, 10);

            assertThat(log.messages(Level.WARN)).containsExactly("sendmessage failed (429), retry 1 in 1000 ms",
                    "sendmessage failed (429), retry 2 in 1000 ms");
        }
        assertThat(api.calls("throttled")).hasSize(2);
        assertThat(sleeps).containsExactly(1000L, 1000L);
        assertThat(sent).singleElement().satisfies(call -> assertThat(call.body().path("text").asText())
                .contains("CARSAT"));
    }

    @Test
    void refusesMaintainerCommandsToOtherChatsAndRunsThemForAdmins() throws Exception {
        api.userSends(7, "/stats");
        api.userSends(ADMIN, "/stats");
        api.userSends(ADMIN, "/reload");

        List<FakeBotApi.Call> sent = api.await("sendMessage", 3, 10);

        assertThat(textTo(sent, 7)).containsExactly(UpdateRouter.ADMIN_ONLY);
        assertThat(textTo(sent, ADMIN)).anySatisfy(text -> assertThat(text).contains("Statistiques"))
                .anySatisfy(text -> assertThat(text).contains("Base rechargée : 2 contrats"))
                .allSatisfy(text -> assertThat(text).doesNotContain(FakeBotApi.TOKEN));
    }

    @Test
    void answersTheQuestionOfAPressedButtonAndStopsItsSpinner() throws Exception {
        api.userSends(42, "Quel est le budget du CLS de Vichy ?");
        FakeBotApi.Call refusal = api.await("sendMessage", 1, 10).get(0);
        String data = refusal.body().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText();
        String label = refusal.body().path("reply_markup").path("inline_keyboard").get(0).get(0).path("text").asText();

        api.userPresses(42, data);

        List<FakeBotApi.Call> sent = api.await("sendMessage", 2, 10);
        assertThat(api.await("answerCallbackQuery", 1, 10)).hasSize(1);
        assertThat(label).isIn("Montluçon Communauté", "Plaine Limagne");
        assertThat(sent.get(1).body().path("text").asText()).contains("axes");
    }

    @Test
    void answersInGroupsOnlyWhenAddressed() throws Exception {
        api.groupMemberSends(-100, "axes montlucon");
        api.groupMemberSends(-100, "@" + FakeBotApi.USERNAME + " axes montlucon");

        List<FakeBotApi.Call> sent = api.await("sendMessage", 1, 10);
        Thread.sleep(500);

        assertThat(api.calls("sendMessage")).hasSize(1);
        assertThat(sent.get(0).body().path("text").asText()).contains("cadre de vie favorable");
    }

    @Test
    void keepsEachChatsAnswersInOrder() throws Exception {
        List<String> questions = List.of("axes plaine limagne", "contact presse montlucon", "Qui a signé le CLS de "
                + "Plaine Limagne ?", "Quel CLS couvre 21 communes ?", "Quels territoires ont un contrat local de "
                + "santé ?");
        for (long chat = 1; chat <= 3; chat++) {
            for (String question : questions) {
                api.userSends(chat, question);
            }
        }

        List<FakeBotApi.Call> sent = api.await("sendMessage", 15, 20);

        for (long chat = 1; chat <= 3; chat++) {
            List<String> texts = textTo(sent, chat);
            assertThat(texts).hasSize(5);
            assertThat(texts.get(0)).contains("jeunesse grandissante");
            assertThat(texts.get(1)).contains("04 70 02 55 53");
            assertThat(texts.get(2)).contains("CARSAT");
            assertThat(texts.get(3)).contains("21 communes");
            assertThat(texts.get(4)).contains("Je connais 2 contrats");
        }
    }

    @Test
    void pollsQuietlyWhileNobodyWrites() throws Exception {
        int before = api.polls();
        try (LogCapture log = LogCapture.all()) {
            // Each idle getUpdates is held open for the long-poll timeout (1 s here), as Telegram does.
            while (api.polls() < before + 3) {
                Thread.sleep(50);
            }

            assertThat(log.events()).as("an idle long poll is not a failure")
                    .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
        }
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    private static List<String> textTo(List<FakeBotApi.Call> sent, long chatId) {
        return sent.stream().filter(c -> c.body().path("chat_id").asLong() == chatId)
                .map(c -> c.body().path("text").asText()).toList();
    }
}
