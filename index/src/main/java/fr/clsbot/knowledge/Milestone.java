package fr.clsbot.knowledge;

/** A dated event of the contract's life, the date written as printed ("janvier 2023", "2 avril"). */
public record Milestone(String date, String event, String quote, String source) implements Sourced {
}
