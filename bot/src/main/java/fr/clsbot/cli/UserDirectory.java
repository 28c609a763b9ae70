package fr.clsbot.cli;

import java.nio.file.Path;

/** The per-user directories of the XDG convention, under which clsbot keeps its files by default. */
final class UserDirectory {
    private UserDirectory() {
    }

    /** {@code $XDG_CACHE_HOME/clsbot}, else {@code ~/.cache/clsbot}: what can be rebuilt (the index). */
    static Path cache() {
        return of("XDG_CACHE_HOME", ".cache");
    }

    /** {@code $XDG_STATE_HOME/clsbot}, else {@code ~/.local/state/clsbot}: what must be kept (questions, salt). */
    static Path state() {
        return of("XDG_STATE_HOME", ".local", "state");
    }

    private static Path of(String variable, String... underHome) {
        String value = System.getenv(variable);
        Path root = value == null || value.isBlank() ? Path.of(System.getProperty("user.home"), underHome)
                : Path.of(value);
        return root.resolve("clsbot");
    }
}
