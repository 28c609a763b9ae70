package fr.clsbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code telegram}: runs the Telegram bot. */
@Command(name = "telegram", mixinStandardHelpOptions = true, description = "Run the Telegram bot (long polling).")
final class TelegramCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

    @Override
    public Integer call() {
        return 1;
    }
}
