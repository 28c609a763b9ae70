package fr.clsbot.telegram;

import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API and rides out its bad moments: {@code 429 Too Many Requests} waits the {@code retry_after}
 * Telegram asks for; network errors and 5xx back off exponentially (up to a minute between tries) for as long as
 * it takes, so that an outage delays answers but loses none. A request Telegram rejects for good (400, 403) is not
 * retried.
 */
final class TelegramSender {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    private static final long MAX_WAIT_MILLIS = 60_000;

    private final TelegramClient client;
    private final Sleeper sleeper;

    TelegramSender(TelegramClient client, Sleeper sleeper) {
        this.client = client;
        this.sleeper = sleeper;
    }

    /** One call to the Bot API. */
    @FunctionalInterface
    interface ApiCall<T> {
        T call() throws TelegramApiException;
    }

    /** Executes {@code method}, retrying what can be retried; throws when it finally fails. */
    <T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException, InterruptedException {
        return execute(method.getMethod(), () -> client.execute(method));
    }

    /** Registers the webhook (a multipart method, outside {@link BotApiMethod}). */
    void setWebhook(SetWebhook setWebhook) throws TelegramApiException, InterruptedException {
        execute(setWebhook.getMethod(), () -> client.execute(setWebhook));
    }

    private <T> T execute(String name, ApiCall<T> call) throws TelegramApiException, InterruptedException {
        long backOff = 500;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                // No code (0 or null) means no answer from Telegram: a cut connection or an unreadable body.
                boolean retryable = code == null || code == 0 || code == 429 || code >= 500;
                if (!retryable) {
                    throw e;
                }
                long wait = code != null && code == 429 && e.getParameters() != null
                        && e.getParameters().getRetryAfter() != null
                        ? e.getParameters().getRetryAfter() * 1000L : backOff;
                LOG.warn("{} failed ({}), retry {} in {} ms", name, code == null ? "network" : code,
                        attempt, wait);
                sleeper.sleep(Math.min(wait, MAX_WAIT_MILLIS));
                backOff = Math.min(backOff * 2, MAX_WAIT_MILLIS);
            } catch (TelegramApiException e) {
                LOG.warn("{} failed (network: {}), retry {} in {} ms", name, e.getClass().getSimpleName(),
                        attempt, backOff);
                sleeper.sleep(backOff);
                backOff = Math.min(backOff * 2, MAX_WAIT_MILLIS);
            }
        }
    }
}
