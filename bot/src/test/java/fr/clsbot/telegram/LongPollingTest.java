package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

class LongPollingTest {
    @Test
    void waitsForAnIdlePollLongerThanTelegramHoldsIt() {
        LongPolling polling = LongPolling.DEFAULT;

        assertThat(polling.httpClient().readTimeoutMillis()).as("an idle getUpdates must not time out as an error")
                .isGreaterThan((int) polling.timeout().toMillis());
    }

    @Test
    void asksForTheNextBatchHeldUpToTheTimeout() {
        GetUpdates request = new LongPolling(Duration.ofSeconds(30), LongPolling.DEFAULT.backOff()).requests()
                .apply(41);

        assertThat(request.getOffset()).isEqualTo(42);
        assertThat(request.getTimeout()).isEqualTo(30);
        assertThat(request.getLimit()).isEqualTo(100);
    }
}
