package fr.clsbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * How the bot long-polls Telegram: how long one {@code getUpdates} may wait for updates, and how it backs off
 * after a failed one. Tests shorten both; production keeps Telegram's usual 50 s and the library's back-off.
 *
 * @param timeout how long Telegram holds a {@code getUpdates} open while there is nothing to deliver
 * @param backOff the waits between failed {@code getUpdates}
 */
public record LongPolling(Duration timeout, Supplier<BackOff> backOff) {
    /** Telegram's usual long-poll timeout, and the library's exponential back-off (0.5 s, then up to a minute). */
    public static final LongPolling DEFAULT = new LongPolling(Duration.ofSeconds(50),
            () -> new ExponentialBackOff.Builder().build());
    /** What the HTTP read timeout allows beyond the long-poll timeout: a slow network, a loaded server. */
    static final Duration READ_MARGIN = Duration.ofSeconds(20);
    private static final int BATCH = 100;

    public LongPolling {
        if (timeout.isNegative() || timeout.toSeconds() > 600) {
            throw new IllegalArgumentException("long-poll timeout out of range: " + timeout);
        }
    }

    /**
     * An HTTP client whose read timeout outlasts a long poll: with a shorter one, an idle {@code getUpdates}
     * would time out on the client side and be logged as a failure every few seconds.
     */
    public OkHttpClient httpClient() {
        return new OkHttpClient.Builder().readTimeout(timeout.plus(READ_MARGIN)).build();
    }

    /** The {@code getUpdates} asked after the update {@code lastReceived}: the next batch, held up to the timeout. */
    Function<Integer, GetUpdates> requests() {
        return lastReceived -> GetUpdates.builder().limit(BATCH).timeout((int) timeout.toSeconds())
                .offset(lastReceived + 1).allowedUpdates(List.of()).build();
    }
}
