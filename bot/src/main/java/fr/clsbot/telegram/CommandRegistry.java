package fr.clsbot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * Every command of the bot, registered in one place; the public ones are published with {@code setMyCommands}.
 * Closing it stops the commands that own threads.
 */
final class CommandRegistry implements AutoCloseable {
    private final List<BotCommandHandler> commands = List.of(
            new StartCommand("start", List.of(), "Présentation et exemples de questions"),
            new StartCommand("aide", List.of("help"), "Aide : ce que je sais faire"),
            new AskingCommand("territoires", "Les contrats locaux de santé connus",
                    "Quels territoires ont un contrat local de santé ?"),
            new AskingCommand("axes", "Les axes d'un CLS : /axes Montluçon", "quels sont les axes"),
            new AskingCommand("contacts", "Contacts presse d'un CLS : /contacts Montluçon", "contact presse"),
            new AskingCommand("chiffres", "Chiffres clés d'un CLS, avec sources : /chiffres Montluçon",
                    "chiffres clés"),
            new ReloadCommand(),
            new StatsCommand());
    private final Map<String, BotCommandHandler> byName = new LinkedHashMap<>();

    CommandRegistry() {
        for (BotCommandHandler command : commands) {
            byName.put(command.name(), command);
            command.aliases().forEach(alias -> byName.put(alias, command));
        }
    }

    Optional<BotCommandHandler> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void close() throws Exception {
        for (BotCommandHandler command : commands) {
            if (command instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /** The commands shown in Telegram's menu: the public ones. */
    List<BotCommand> menu() {
        return commands.stream().filter(c -> !c.adminOnly()).map(c -> new BotCommand(c.name(), c.description()))
                .toList();
    }
}
