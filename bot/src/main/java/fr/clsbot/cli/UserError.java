package fr.clsbot.cli;

/**
 * A failure of a command whose message is written for the user, in French, naming the flag, value, file or
 * variable at fault; {@link CommandLineErrors} prints it on one line with its exit code.
 */
public final class UserError extends RuntimeException {
    private final int exitCode;

    private UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A flag, value, file or variable given is wrong: exit code 2. */
    public static UserError invalidInput(String message) {
        return new UserError(message, CommandLineErrors.USAGE);
    }

    /** The command could not do its work: exit code 1. */
    public static UserError failed(String message) {
        return new UserError(message, CommandLineErrors.FAILURE);
    }

    /** Checks that the number given with {@code flag} is at least {@code minimum}. */
    public static int atLeast(String flag, int value, int minimum) {
        if (value < minimum) {
            throw invalidInput(flag + " : « " + value + " » doit être un nombre entier supérieur ou égal à "
                    + minimum);
        }
        return value;
    }

    int exitCode() {
        return exitCode;
    }
}
