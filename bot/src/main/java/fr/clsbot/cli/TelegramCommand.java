package fr.clsbot.cli;

import fr.clsbot.live.LiveAssistant;
import fr.clsbot.telegram.ChatIdHasher;
import fr.clsbot.telegram.TelegramBot;
import fr.clsbot.telegram.TelegramSettings;
import fr.clsbot.telegram.WebhookServer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code telegram}: runs the Telegram bot until stopped (SIGTERM or Ctrl-C finish the answers in flight).
 * The token is read from {@code TELEGRAM_BOT_TOKEN} only, never from a flag that would show in process lists.
 */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Lance le bot Telegram : par interrogation (long polling) par défaut, par webhook avec "
                + "--webhook-url.")
final class TelegramCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
    private static final long SHUTDOWN_SECONDS = 40;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    StateOption state;

    @Option(names = "--api-url", defaultValue = "${env:TELEGRAM_API_URL}", paramLabel = "URL",
            description = "Serveur de la Bot API (par défaut https://api.telegram.org ; variable "
                    + "TELEGRAM_API_URL), par exemple un telegram-bot-api auto-hébergé.")
    String apiUrl;

    @Option(names = "--webhook-url", defaultValue = "${env:TELEGRAM_WEBHOOK_URL}", paramLabel = "URL",
            description = "Adresse HTTPS publique où Telegram envoie les messages ; active le mode webhook "
                    + "(variable TELEGRAM_WEBHOOK_URL).")
    String webhookUrl;

    @Option(names = "--port", defaultValue = "${env:CLSBOT_PORT:-8080}",
            description = "Port du serveur webhook (8080 par défaut ; variable "
                    + "CLSBOT_PORT).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:TELEGRAM_WEBHOOK_BIND:-" + WebhookServer.DEFAULT_BIND + "}",
            paramLabel = "ADRESSE", description = "Adresse où écoute le serveur webhook (127.0.0.1 par défaut, derrière "
                    + "un proxy inverse ; 0.0.0.0 dans un conteneur ; variable TELEGRAM_WEBHOOK_BIND).")
    String bind;

    @Option(names = "--webhook-secret", defaultValue = "${env:TELEGRAM_WEBHOOK_SECRET}", paramLabel = "SECRET",
            description = "Jeton secret que Telegram joint à chaque requête webhook (variable "
                    + "TELEGRAM_WEBHOOK_SECRET ; tiré au hasard s'il manque).")
    String webhookSecret;

    @Override
    public Integer call() throws Exception {
        UserError.atLeast("--port", port, 0);
        if (port > 65_535) {
            throw UserError.invalidInput("--port : « " + port + " » n'est pas un numéro de port (0 à 65535)");
        }
        TelegramSettings settings;
        try {
            settings = new TelegramSettings(System.getenv(TOKEN_VARIABLE), TelegramSettings.parseApiUrl(apiUrl),
                    TelegramSettings.parseChatIds(System.getenv("CLSBOT_ADMIN_CHAT_IDS")));
        } catch (IllegalArgumentException e) {
            // TelegramSettings names the variable or flag at fault, in French.
            throw UserError.invalidInput(e.getMessage());
        }
        ChatIdHasher hasher = ChatIdHasher.forInstallation(state.resolve());
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (LiveAssistant assistant = knowledgeBase.live();
             TelegramBot bot = TelegramBot.create(settings, assistant, hasher, state.questionLog());
             AutoCloseable watcher = Watching.start(assistant, message -> { })) {
            WebhookServer webhook = null;
            if (webhookUrl == null || webhookUrl.isBlank()) {
                bot.startPolling();
            } else {
                String secret = webhookSecret == null || webhookSecret.isBlank() ? randomSecret() : webhookSecret;
                webhook = WebhookServer.start(bot, webhookUrl, bind, port, secret);
            }
            WebhookServer server = webhook;
            // On SIGTERM or Ctrl-C: stop taking updates, finish the answers in flight, acknowledge them, then exit.
            // The JVM halts once this hook returns, so it waits (bounded) for the bot to be closed.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (server != null) {
                    server.close();
                }
                stopped.countDown();
                try {
                    closed.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "clsbot-shutdown"));
            Watching.startNotice(assistant).ifPresent(System.err::println);
            System.err.println("Bot Telegram démarré. Ctrl-C pour l'arrêter.");
            stopped.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
