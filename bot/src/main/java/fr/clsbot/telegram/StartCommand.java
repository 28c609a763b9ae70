package fr.clsbot.telegram;

import fr.clsbot.knowledge.Contract;
import java.util.List;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** {@code /start} and {@code /aide}: what the bot knows, the commands, and example questions as buttons. */
final class StartCommand implements BotCommandHandler {
    private final String name;
    private final List<String> aliases;
    private final String description;

    StartCommand(String name, List<String> aliases, String description) {
        this.name = name;
        this.aliases = aliases;
        this.description = description;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void run(CommandContext context, String arguments) throws TelegramApiException, InterruptedException {
        List<Contract> contracts = context.assistant().current().knowledgeBase().contracts();
        String first = contracts.get(0).territoryName();
        String text = context.assistant().answer("bonjour", context.state().conversation()).text()
                + "\n\nCommandes : /territoires, /axes, /contacts, /chiffres, /aide."
                + "\nVous pouvez aussi écrire simplement, même sans accents : « contact presse " + first.toLowerCase()
                + " ».";
        context.replies().textWithButtons(context.chatId(), text, List.of("Quels sont les axes du CLS de " + first
                + " ?", "Qui a signé le CLS de " + first + " ?", "Quels territoires ont un contrat local de santé ?"));
    }
}
