package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import fr.clsbot.LogCapture;
import fr.clsbot.live.LiveAssistant;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 10,000 queued updates from 500 chats through the real long-polling client, while the fake Bot API fails
 * (500s, cut connections, 429s): every question is answered, each chat in order, none twice, with bounded memory;
 * on stop every processed update is acknowledged.
 */
class TelegramLoadIT {
    private static final int CHATS = Integer.getInteger("clsbot.load.chats", 500);
    private static final int PER_CHAT = 20;
    private static final List<String> QUESTIONS = List.of("axes plaine limagne", "contact presse montlucon",
            "Qui a signé le CLS de Plaine Limagne ?", "Quel CLS couvre 21 communes ?", "Quel est le budget du CLS de "
                    + "Vichy ?");
    private static final List<String> MARKERS = List.of("jeunesse grandissante", "04 70 02 55 53", "CARSAT",
            "21 communes", "Vichy");

    @Test
    void answersEveryQueuedUpdateInOrderThroughFaultsWithBoundedMemory() throws Exception {
        List<ILoggingEvent> logged;
        try (LogCapture log = LogCapture.all();
             FakeBotApi api = new FakeBotApi();
             LiveAssistant assistant = new LiveAssistant(Path.of("..", "knowledge-base"))) {
            for (int round = 0; round < PER_CHAT; round++) {
                for (long chat = 1; chat <= CHATS; chat++) {
                    api.userSends(chat, QUESTIONS.get((int) ((round + chat) % QUESTIONS.size())));
                }
            }
            api.injectFaults(53, 71, 97);
            api.failGetUpdates(3);
            HeapWatch heap = new HeapWatch();
            TelegramBot bot = new TelegramBot(new TelegramSettings(FakeBotApi.TOKEN, api.url(), Set.of()), assistant,
                    FakeBotApi.POLLING.httpClient(), millis -> { }, FakeBotApi.POLLING, new ChatIdHasher("load"), null,
                    System::currentTimeMillis);
            List<FakeBotApi.Call> sent;
            try {
                bot.startPolling();
                sent = api.await("sendMessage", CHATS * PER_CHAT, 300);
            } finally {
                bot.close();
                heap.stop();
            }
            Thread.sleep(300);
            logged = log.events();

            assertThat(api.calls("sendMessage")).as("no message sent twice").hasSize(CHATS * PER_CHAT);
            Map<Long, List<String>> byChat = new HashMap<>();
            for (FakeBotApi.Call call : sent) {
                byChat.computeIfAbsent(call.body().path("chat_id").asLong(), c -> new ArrayList<>())
                        .add(call.body().path("text").asText());
            }
            assertThat(byChat).hasSize(CHATS);
            byChat.forEach((chat, texts) -> {
                assertThat(texts).hasSize(PER_CHAT);
                for (int round = 0; round < PER_CHAT; round++) {
                    assertThat(texts.get(round)).as("chat %d answer %d in order", chat, round)
                            .contains(MARKERS.get((int) ((round + chat) % QUESTIONS.size())));
                }
            });
            assertThat(api.highestOffset()).as("every processed update acknowledged on stop")
                    .isEqualTo(CHATS * PER_CHAT + 1);
            assertThat(api.faults()).as("faults were injected").isGreaterThan(CHATS * PER_CHAT / 50);
            assertThat(heap.maxMb()).as("heap retained after garbage collection, MB").isLessThan(256);
        }
        assertThat(logged).filteredOn(e -> e.getLoggerName().equals(TelegramSender.class.getName()))
                .as("each fault of sendMessage is retried and logged once").hasSizeGreaterThan(CHATS * PER_CHAT / 50)
                .allMatch(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().startsWith("sendmessage failed"));
        assertThat(logged).filteredOn(e -> e.getLevel() == Level.ERROR)
                .as("only the 3 failed getUpdates, reported by the long-polling library")
                .hasSize(3).allMatch(e -> e.getFormattedMessage().contains("GetUpdates"));
    }

    /** Samples the heap that survives garbage collection (the old generation after the last collection). */
    private static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();
        private final Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long retained = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        retained += pool.getCollectionUsage().getUsed();
                    }
                }
                max.accumulateAndGet(retained, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        HeapWatch() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            thread.interrupt();
        }

        long maxMb() {
            return max.get() / 1048576;
        }
    }
}
