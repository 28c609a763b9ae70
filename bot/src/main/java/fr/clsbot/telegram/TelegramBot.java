package fr.clsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.live.LiveAssistant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
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
    private final LongPolling longPolling;
    private TelegramBotsLongPollingApplication polling;
    private ScheduledExecutorService pollThread;

    /**
     * @param http        the HTTP client every call goes through (tests point it, through {@code settings}, at a
     *                    fake); its read timeout must outlast {@code longPolling}'s timeout
     * @param sleeper     how retries of sent messages wait
     * @param longPolling how long a {@code getUpdates} waits, and how failed ones back off
     * @param clock       milliseconds, for the flood guard
     */
    public TelegramBot(TelegramSettings settings, LiveAssistant assistant, OkHttpClient http, Sleeper sleeper,
                       LongPolling longPolling, ChatIdHasher hasher, QuestionLog questions, LongSupplier clock) {
        this.settings = settings;
        this.http = http;
        this.longPolling = longPolling;
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
        return new TelegramBot(settings, assistant, LongPolling.DEFAULT.httpClient(), Sleeper.REAL,
                LongPolling.DEFAULT, hasher, questions, System::currentTimeMillis);
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
        pollThread = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "clsbot-poll"));
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollThread,
                longPolling.backOff());
        polling.registerBot(settings.token(), settings::apiUrl, longPolling.requests(), dispatcher);
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
            // The library stops scheduling polls but leaves its thread; a poll in flight ends within the long-poll
            // timeout. Waiting for it (bounded) keeps it from outliving the bot.
            pollThread.shutdown();
            if (!pollThread.awaitTermination(Math.min(longPolling.timeout().toMillis() + 2_000, 10_000),
                    TimeUnit.MILLISECONDS)) {
                pollThread.shutdownNow();
            }
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
