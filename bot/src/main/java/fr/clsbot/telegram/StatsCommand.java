package fr.clsbot.telegram;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * {@code /stats} (maintainers): answer rate and activity, with no chat id, token or question text. The report reads
 * the whole questions file, so it is written on a thread of its own: the other chats are answered meanwhile (in
 * long polling, a command that holds its batch holds every chat's next updates).
 */
final class StatsCommand implements BotCommandHandler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatsCommand.class);
    static final String BUSY = "Un rapport est déjà en préparation : il arrive dans un instant.";

    /** One report written at a time, one more waiting; beyond that the maintainer is asked to wait. */
    private final ThreadPoolExecutor reports = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), runnable -> {
                Thread thread = new Thread(runnable, "clsbot-stats");
                thread.setDaemon(true);
                return thread;
            });

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String description() {
        return "Statistiques d'utilisation (mainteneurs)";
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void run(CommandContext context, String arguments) throws TelegramApiException, InterruptedException {
        int chats = context.chats().size();
        int contracts = context.assistant().current().knowledgeBase().contracts().size();
        try {
            reports.execute(() -> send(context, chats, contracts));
        } catch (RejectedExecutionException busy) {
            context.replies().text(context.chatId(), BUSY);
        }
    }

    private static void send(CommandContext context, int chats, int contracts) {
        try {
            context.replies().text(context.chatId(), context.feedback().report(chats, contracts));
        } catch (TelegramApiException e) {
            LOG.warn("/stats report not sent to chat {}: {}", context.feedback().hasher().hash(context.chatId()),
                    e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the report being written finish (bounded), then stops. */
    @Override
    public void close() throws InterruptedException {
        reports.shutdown();
        if (!reports.awaitTermination(10, TimeUnit.SECONDS)) {
            reports.shutdownNow();
        }
    }
}
