package fr.clsbot.telegram;

import fr.clsbot.answer.Conversation;
import java.util.ArrayDeque;
import java.util.Deque;

/** One chat's conversation and its flood guard. Used by one thread at a time: a chat's updates run in order. */
final class ChatState {
    private final Conversation conversation = new Conversation();
    private final Deque<Long> recent = new ArrayDeque<>();
    private boolean warned;

    Conversation conversation() {
        return conversation;
    }

    /**
     * Records a message at {@code nowMillis}; false when the chat sent more than {@code max} in the last minute.
     */
    boolean allow(long nowMillis, int max) {
        while (!recent.isEmpty() && nowMillis - recent.peekFirst() > 60_000) {
            recent.pollFirst();
        }
        if (recent.size() >= max) {
            return false;
        }
        recent.addLast(nowMillis);
        warned = false;
        return true;
    }

    /** True the first time it is asked after the chat went over the limit: warn once, then stay quiet. */
    boolean shouldWarn() {
        if (warned) {
            return false;
        }
        warned = true;
        return true;
    }
}
