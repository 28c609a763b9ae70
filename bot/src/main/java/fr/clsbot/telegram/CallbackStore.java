package fr.clsbot.telegram;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The questions behind inline buttons. Telegram allows 64 bytes of callback data, too short for a question, so a
 * button carries a short key to the question kept here (bounded: the oldest buttons expire first).
 */
final class CallbackStore {
    static final String PREFIX = "q:";

    private final AtomicLong next = new AtomicLong();
    private final Map<String, String> questions;

    CallbackStore(int capacity) {
        this.questions = new BoundedMap<>(capacity, false);
    }

    synchronized String keep(String question) {
        String key = PREFIX + Long.toString(next.incrementAndGet(), 36);
        questions.put(key, question);
        return key;
    }

    synchronized Optional<String> question(String key) {
        return Optional.ofNullable(questions.get(key));
    }
}
