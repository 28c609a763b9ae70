package fr.clsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.live.LiveAssistant;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram bot: registers its commands, then receives updates by long polling (or through
 * {@link WebhookServer}) and answers them. Owns its threads; {@link #close()} finishes the answers in flight.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final int CHAT_THREADS = 4;
    private static final int MAX_CHATS = 10_000;

    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final TelegramSender sender;
    private final CommandRegistry commands = new CommandRegistry();
    private final UpdateRouter router;
    private final ChatDispatcher dispatcher;
    private TelegramBotsLongPollingApplication polling;

    /**
     * @param http    the HTTP client every call goes through (tests point it, through {@code settings}, at a fake)
     * @param sleeper how retries wait
     * @param clock   milliseconds, for the flood guard
     */
    public TelegramBot(TelegramSettings settings, LiveAssistant assistant, OkHttpClient http, Sleeper sleeper,
                       ChatIdHasher hasher, QuestionLog questions, LongSupplier clock) {
        this.settings = settings;
        this.http = http;
        this.sender = new TelegramSender(new OkHttpTelegramClient(http, settings.token(), settings.apiUrl()),
                sleeper);
        CallbackStore callbacks = new CallbackStore(MAX_CHATS);
        Feedback feedback = new Feedback(questions, hasher, java.time.Clock.systemUTC());
        this.router = new UpdateRouter(assistant, new Replies(sender, callbacks), commands, new ChatStates(MAX_CHATS),
                callbacks, feedback, settings.adminChatIds(), clock);
        this.dispatcher = new ChatDispatcher(router, feedback, CHAT_THREADS);
    }

    /** A bot with real waiting and the system clock, recording questions in {@code questions}. */
    public static TelegramBot create(TelegramSettings settings, LiveAssistant assistant, ChatIdHasher hasher,
                                     QuestionLog questions) {
        return new TelegramBot(settings, assistant, new OkHttpClient(), Sleeper.REAL, hasher, questions,
                System::currentTimeMillis);
    }

    /** Learns the bot's name and publishes its command menu. */
    void introduce() throws TelegramApiException, InterruptedException {
        User me = sender.execute(new GetMe());
        router.username(me.getUserName());
        sender.execute(SetMyCommands.builder().commands(commands.menu()).build());
        LOG.info("connected as @{}", me.getUserName());
    }

    /** Starts long polling. */
    public void startPolling() throws TelegramApiException, InterruptedException {
        introduce();
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http);
        polling.registerBot(settings.token(), settings::apiUrl, new DefaultGetUpdatesGenerator(), dispatcher);
        LOG.info("long polling started on {}", settings);
    }

    /** Where a webhook delivers its updates. */
    ChatDispatcher dispatcher() {
        return dispatcher;
    }

    TelegramSender sender() {
        return sender;
    }

    /**
     * Stops polling, finishes the answers in flight, then tells Telegram the last update processed (a
     * {@code getUpdates} with the next offset), so that a restart does not receive them again.
     */
    @Override
    public void close() throws Exception {
        if (polling != null) {
            polling.close();
        }
        dispatcher.close();
        commands.close();
        if (polling != null && dispatcher.lastProcessed() > 0) {
            try {
                sender.execute(GetUpdates.builder().offset(dispatcher.lastProcessed() + 1).limit(1).timeout(0)
                        .build());
            } catch (TelegramApiException e) {
                LOG.warn("could not confirm the last updates ({}): they may be received again after a restart",
                        e.getClass().getSimpleName());
            }
        }
        LOG.info("bot stopped");
    }
}
