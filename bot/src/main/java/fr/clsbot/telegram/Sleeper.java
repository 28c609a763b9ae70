package fr.clsbot.telegram;

/** Waits; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = millis -> Thread.sleep(millis);

    void sleep(long millis) throws InterruptedException;
}
