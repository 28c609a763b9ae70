package fr.clsbot.answer;

import fr.clsbot.search.Concept;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a chat has been talking about, so that "Et à Montluçon ?" or "et le contact presse ?" make sense.
 * One per chat; not thread-safe (a chat's messages are answered in order). Context older than
 * {@link #EXPIRY} of silence is forgotten.
 */
public final class Conversation {
    /** Silence after which a conversation starts afresh. */
    public static final Duration EXPIRY = Duration.ofMinutes(30);

    private List<String> territoryIds = List.of();
    private String intent;
    private List<Concept> concepts = List.of();
    private Instant lastSeen = Instant.EPOCH;

    /** A conversation whose every question stands alone. */
    public static Conversation none() {
        return new Conversation();
    }

    List<String> territoryIds(Instant now) {
        return expired(now) ? List.of() : territoryIds;
    }

    String intent(Instant now) {
        return expired(now) ? null : intent;
    }

    List<Concept> concepts(Instant now) {
        return expired(now) ? List.of() : concepts;
    }

    void remember(List<String> territoryIds, String intent, List<Concept> concepts, Instant now) {
        if (!territoryIds.isEmpty()) {
            this.territoryIds = List.copyOf(territoryIds);
        }
        if (intent != null) {
            this.intent = intent;
            this.concepts = List.copyOf(concepts);
        }
        this.lastSeen = now;
    }

    private boolean expired(Instant now) {
        return Duration.between(lastSeen, now).compareTo(EXPIRY) > 0;
    }
}
