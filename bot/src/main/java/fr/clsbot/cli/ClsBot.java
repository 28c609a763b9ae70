package fr.clsbot.cli;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code clsbot} program. With no command it opens the console chat, or runs the Telegram bot when
 * {@code TELEGRAM_BOT_TOKEN} is set.
 */
@Command(name = "clsbot", mixinStandardHelpOptions = true, version = "clsbot 0.1.0",
        description = "Assistant des Contrats Locaux de Santé : répond en français sur les axes, les dates, les "
                + "financements et les contacts des CLS.",
        subcommands = {AskCommand.class, ChatCommand.class, ValidateCommand.class, EvalCommand.class,
                TelegramCommand.class, IngestCommand.class, StatsCommand.class, fr.clsbot.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class ClsBot implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling (French messages, exit codes 0, 1, 2), for {@code main} and tests. */
    public static CommandLine commandLine() {
        CommandLineErrors errors = new CommandLineErrors();
        return new CommandLine(new ClsBot())
                .setResourceBundle(ResourceBundle.getBundle("fr.clsbot.cli.Messages"))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    @Override
    public Integer call() throws Exception {
        String token = System.getenv(TelegramCommand.TOKEN_VARIABLE);
        CommandLine line = commandLine();
        String command = token == null || token.isBlank() ? "chat" : "telegram";
        return line.execute(command);
    }
}
