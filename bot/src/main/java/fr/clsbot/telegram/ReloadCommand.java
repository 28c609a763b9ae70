package fr.clsbot.telegram;

import fr.clsbot.knowledge.Problem;
import fr.clsbot.live.ReloadResult;
import fr.clsbot.text.Plural;
import java.util.stream.Collectors;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** {@code /reload} (maintainers): re-reads the knowledge base, keeping the old index when the new one is invalid. */
final class ReloadCommand implements BotCommandHandler {
    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String description() {
        return "Recharger la base de connaissances (mainteneurs)";
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void run(CommandContext context, String arguments) throws TelegramApiException, InterruptedException {
        ReloadResult result = context.assistant().reload();
        String text = result.loaded()
                ? "Base rechargée : " + Plural.of(result.contracts(), "contrat") + "."
                : "Base refusée, l'ancienne reste en service (" + Plural.of(result.contracts(), "contrat")
                        + "). Erreurs :\n"
                + result.problems().stream().limit(20).map(Problem::toString).collect(Collectors.joining("\n"));
        context.replies().text(context.chatId(), text);
    }
}
