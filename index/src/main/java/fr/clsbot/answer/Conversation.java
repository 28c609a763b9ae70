package fr.clsbot.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a chat has been talking about, so that "Et à Montluçon ?" or "et le contact presse ?" make sense: the
 * territories of the last answer and the last question answered. One per chat; not thread-safe (a chat's messages
 * are answered in order). Context older than {@link #EXPIRY} of silence is forgotten.
 */
public final class Conversation {
    /** Silence after which a conversation starts afresh. */
    public static final Duration EXPIRY = Duration.ofMinutes(30);

    private List<String> territoryIds = List.of();
    private Question lastQuestion;
    private Instant lastSeen = Instant.EPOCH;

    /** A conversation whose every question stands alone. */
    public static Conversation none() {
        return new Conversation();
    }

    List<String> territoryIds(Instant now) {
        return expired(now) ? List.of() : territoryIds;
    }

    /** The last question answered, or null. */
    Question lastQuestion(Instant now) {
        return expired(now) ? null : lastQuestion;
    }

    void remember(List<String> territoryIds, Question question, Instant now) {
        if (!territoryIds.isEmpty()) {
            this.territoryIds = List.copyOf(territoryIds);
        }
        if (question != null) {
            this.lastQuestion = question;
        }
        this.lastSeen = now;
    }

    private boolean expired(Instant now) {
        return Duration.between(lastSeen, now).compareTo(EXPIRY) > 0;
    }
}
