package fr.clsbot.cli;

import fr.clsbot.console.TerminalText;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code clsbot} program. With no command it opens the console chat, or runs the Telegram bot when
 * {@code TELEGRAM_BOT_TOKEN} is set.
 */
@Command(name = "clsbot", mixinStandardHelpOptions = true, version = "clsbot 0.1.0",
        description = "Assistant des Contrats Locaux de Santé: answers questions on CLS axes, dates, funding and "
                + "contacts, in French.",
        subcommands = {AskCommand.class, ChatCommand.class, ValidateCommand.class, EvalCommand.class,
                TelegramCommand.class, IngestCommand.class, StatsCommand.class, fr.clsbot.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class ClsBot implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new ClsBot())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    if (exception instanceof InvalidKnowledgeBaseException invalid) {
                        commandLine.getErr().println("The knowledge base is invalid:");
                        invalid.problems().forEach(p -> commandLine.getErr().println("  "
                                + TerminalText.printable(p.toString())));
                        return 2;
                    }
                    commandLine.getErr().println("clsbot: " + exception.getMessage());
                    return 1;
                });
    }

    @Override
    public Integer call() throws Exception {
        String token = System.getenv(TelegramCommand.TOKEN_VARIABLE);
        CommandLine line = commandLine();
        String command = token == null || token.isBlank() ? "chat" : "telegram";
        return line.execute(command);
    }
}
