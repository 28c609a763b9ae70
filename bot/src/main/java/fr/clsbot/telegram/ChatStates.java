package fr.clsbot.telegram;

import java.util.Map;

/** The states of the chats heard from recently, bounded: the least recently active chat is forgotten first. */
final class ChatStates {
    private final Map<Long, ChatState> states;

    ChatStates(int capacity) {
        this.states = new BoundedMap<>(capacity, true);
    }

    synchronized ChatState of(long chatId) {
        return states.computeIfAbsent(chatId, id -> new ChatState());
    }

    synchronized int size() {
        return states.size();
    }
}
