package fr.clsbot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** {@code /stats} (maintainers): answer rate and activity, with no chat id, token or question text. */
final class StatsCommand implements BotCommandHandler {
    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String description() {
        return "Statistiques d'utilisation (mainteneurs)";
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void run(CommandContext context, String arguments) throws TelegramApiException, InterruptedException {
        context.replies().text(context.chatId(), context.feedback().report(context.chats().size(),
                context.assistant().current().knowledgeBase().contracts().size()));
    }
}
