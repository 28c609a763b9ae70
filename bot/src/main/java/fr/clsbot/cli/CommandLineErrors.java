package fr.clsbot.cli;

import fr.clsbot.console.TerminalText;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the command line reports a mistake: one line in French on standard error, naming the flag, value or file at
 * fault, and an exit code ({@link #OK}, {@link #FAILURE}, {@link #USAGE}). No Java exception text or class name
 * reaches the user; the exception itself is logged at DEBUG ({@code CLSBOT_LOG_LEVEL=DEBUG}).
 */
final class CommandLineErrors implements CommandLine.IParameterExceptionHandler,
        CommandLine.IExecutionExceptionHandler {
    /** Done. */
    static final int OK = 0;
    /** The command ran and failed: a file could not be read or written, a document could not be ingested. */
    static final int FAILURE = 1;
    /** The command was not run as asked: unknown option, invalid value, invalid knowledge base. */
    static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineErrors.class);
    private static final String PREFIX = "clsbot : ";

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine line = exception.getCommandLine();
        line.getErr().println(PREFIX + describe(exception) + " (aide : " + line.getCommandSpec().qualifiedName()
                + " --help)");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        LOG.debug("command failed", exception);
        if (exception instanceof ParameterException invalid) {
            return handleParseException(invalid, new String[0]);
        }
        if (exception instanceof InvalidKnowledgeBaseException invalid) {
            err.println(PREFIX + "la base de connaissances n'est pas valide :");
            // File names and values come from the files: no control byte of theirs reaches the terminal.
            invalid.problems().forEach(problem -> err.println("  " + TerminalText.printable(problem.toString())));
            return USAGE;
        }
        if (exception instanceof UserError user) {
            err.println(PREFIX + user.getMessage());
            return user.exitCode();
        }
        Throwable cause = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
        err.println(PREFIX + describe(cause));
        return FAILURE;
    }

    /** What went wrong while running, in French, with the file at fault when there is one. */
    static String describe(Throwable failure) {
        if (failure instanceof NoSuchFileException missing) {
            return "fichier ou dossier introuvable : " + missing.getFile();
        }
        if (failure instanceof AccessDeniedException denied) {
            return "accès refusé : " + denied.getFile();
        }
        if (failure instanceof FileSystemException file) {
            return "impossible de lire ou d'écrire " + file.getFile();
        }
        if (failure instanceof IOException) {
            return "erreur de lecture ou d'écriture";
        }
        return "erreur interne (relancez avec CLSBOT_LOG_LEVEL=DEBUG pour en voir le détail)";
    }

    private static String describe(ParameterException exception) {
        ArgSpec arg = exception.getArgSpec();
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String given = String.join(" ", unmatched.getUnmatched());
            String suggestions = unmatched.getSuggestions().isEmpty() ? ""
                    : " ; vouliez-vous dire " + String.join(" ou ", unmatched.getSuggestions()) + " ?";
            return (given.startsWith("-") ? "option inconnue : " : "argument en trop : ") + given + suggestions;
        }
        if (exception instanceof CommandLine.MissingParameterException missing) {
            return "il manque " + missing.getMissing().stream().map(CommandLineErrors::name)
                    .collect(Collectors.joining(", "));
        }
        if (arg != null && exception.getValue() != null && exception.getCause() != null) {
            return name(arg) + " : « " + exception.getValue() + " » n'est pas " + expected(arg.type());
        }
        if (arg != null && exception.getMessage() != null && exception.getMessage().startsWith("Expected parameter")) {
            return "il manque la valeur de " + name(arg);
        }
        // picocli's other messages are English: the option at fault is named instead.
        return arg != null ? "usage invalide de " + name(arg) : "ligne de commande invalide";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "un nombre entier";
        }
        if (type == LocalDate.class) {
            return "une date AAAA-MM-JJ (par exemple 2026-11-01)";
        }
        if (type == Path.class) {
            return "un chemin de fichier valide";
        }
        if (type.isEnum()) {
            return "l'une des valeurs " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .map(String::toLowerCase).collect(Collectors.joining(", "));
        }
        return "une valeur valide";
    }
}
