package fr.clsbot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** A slash command of the bot. Registered in {@link CommandRegistry}. */
interface BotCommandHandler {
    /** The command without its slash, as registered with Telegram ("axes"). */
    String name();

    /** Other names it answers to ("help" for "aide"); not shown in Telegram's menu. */
    default List<String> aliases() {
        return List.of();
    }

    /** What Telegram's command menu shows, in French. */
    String description();

    /** Maintainer commands run only for the chats of {@code CLSBOT_ADMIN_CHAT_IDS}. */
    default boolean adminOnly() {
        return false;
    }

    void run(CommandContext context, String arguments) throws TelegramApiException, InterruptedException;
}
