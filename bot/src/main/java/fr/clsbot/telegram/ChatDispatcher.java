package fr.clsbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Answers updates concurrently across chats while keeping each chat's updates in order: a chat's updates are
 * chained one after the other, different chats run side by side on a small pool. A failing update is logged
 * (hashed chat id) and never stops the others.
 *
 * <p>{@link #consume} returns once its whole batch is answered. Long polling asks Telegram for the next batch
 * only then, which is what acknowledges the previous one: an update is acknowledged only once it is processed,
 * so a restart neither loses nor repeats a question. This also bounds memory to one batch (at most 100).
 */
final class ChatDispatcher implements LongPollingUpdateConsumer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatDispatcher.class);

    private final UpdateRouter router;
    private final Feedback feedback;
    private final ExecutorService pool;
    private static final int BATCH_TIMEOUT_MINUTES = 10;

    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicInteger lastProcessed = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();

    ChatDispatcher(UpdateRouter router, Feedback feedback, int threads) {
        this.router = router;
        this.feedback = feedback;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "clsbot-chat");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void consume(List<Update> updates) {
        List<CompletableFuture<Void>> batch = new ArrayList<>(updates.size());
        for (Update update : updates) {
            batch.add(chain(update));
        }
        awaitUninterruptibly(CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)));
    }

    /**
     * Queues one update behind its chat's earlier ones and returns at once (webhook mode, where Telegram must be
     * answered quickly). At most {@code maxPending} updates wait at a time.
     *
     * @return false when that many are already waiting: the caller asks Telegram to deliver it again later
     */
    boolean offer(Update update, int maxPending) {
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        chain(update).whenComplete((ignored, error) -> pending.decrementAndGet());
        return true;
    }

    private CompletableFuture<Void> chain(Update update) {
        long chatId = chatOf(update);
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>> added =
                new java.util.concurrent.atomic.AtomicReference<>();
        tails.compute(chatId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> handle(update, id), pool);
            next.whenComplete((ignored, error) -> tails.remove(id, next));
            added.set(next);
            return next;
        });
        return added.get();
    }

    /** The highest update id answered so far, or 0 (complete once {@link #close()} has returned). */
    int lastProcessed() {
        return lastProcessed.get();
    }

    /** Waits for the batch even when polling is being stopped: an update taken is an update answered. */
    private static void awaitUninterruptibly(CompletableFuture<Void> batch) {
        boolean interrupted = false;
        while (true) {
            try {
                batch.get(BATCH_TIMEOUT_MINUTES, TimeUnit.MINUTES);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.error("a batch of updates did not complete: {}", e.getClass().getSimpleName());
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Update update, long chatId) {
        try {
            router.handle(update);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            feedback.recordFailure();
            LOG.error("update {} of chat {} failed: {}", update.getUpdateId(), feedback.hasher().hash(chatId),
                    e.getClass().getSimpleName(), e);
        } finally {
            // Answered or failed for good, it is done: acknowledging it keeps a failing update from coming back.
            lastProcessed.accumulateAndGet(update.getUpdateId(), Math::max);
        }
    }

    private static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        return 0;
    }

    /** Waits for the answers in flight, then stops the pool. */
    @Override
    public void close() throws InterruptedException {
        CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
