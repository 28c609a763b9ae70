package fr.clsbot.cli;

import fr.clsbot.bench.BenchCommand;
import java.util.Arrays;
import java.util.List;
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
                + "financements et les contacts des CLS.")
public final class ClsBot implements Callable<Integer> {
    private static final List<Class<?>> COMMANDS = List.of(AskCommand.class, ChatCommand.class,
            ValidateCommand.class, EvalCommand.class, TelegramCommand.class, IngestCommand.class, StatsCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with its error handling (French messages, exit codes 0, 1, 2), for {@code main} and tests. */
    public static CommandLine commandLine() {
        return withSettings(withCommands(COMMANDS));
    }

    /**
     * The command line for {@code args}: when they start with a command's name, it knows only that command. Picocli
     * builds the model of every command it knows, which would cost a restart about 0.1 s for commands not run.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length == 0) {
            return withSettings(withCommands(List.of()));
        }
        return COMMANDS.stream().filter(command -> !command.equals(CommandLine.HelpCommand.class))
                .filter(command -> Arrays.asList(command.getAnnotation(Command.class).name()).contains(args[0]))
                .findFirst().map(command -> withSettings(withCommands(List.of(command))))
                .orElseGet(ClsBot::commandLine);
    }

    private static CommandLine withCommands(List<Class<?>> commands) {
        CommandLine line = new CommandLine(new ClsBot());
        commands.forEach(line::addSubcommand);
        return line;
    }

    private static CommandLine withSettings(CommandLine line) {
        CommandLineErrors errors = new CommandLineErrors();
        return line.setResourceBundle(ResourceBundle.getBundle("fr.clsbot.cli.Messages"))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    @Override
    public Integer call() throws Exception {
        String token = System.getenv(TelegramCommand.TOKEN_VARIABLE);
        String command = token == null || token.isBlank() ? "chat" : "telegram";
        return commandLine(new String[] {command}).execute(command);
    }
}
