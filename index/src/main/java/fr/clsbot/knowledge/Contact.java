package fr.clsbot.knowledge;

import java.util.List;

/**
 * Who to contact, and for what ({@code topics}: presse, informations, santé mentale…).
 */
public record Contact(String organisation, String service, String phone, String email, List<String> topics,
                      String quote, String source) implements Sourced {
    public Contact {
        topics = Contract.orEmpty(topics);
    }
}
