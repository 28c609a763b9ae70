package fr.clsbot.telegram;

import java.net.URI;
import java.util.Set;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot reaches Telegram. The token is never printed: {@link #toString()} leaves it out.
 *
 * @param apiUrl        the Bot API server (Telegram's, a self-hosted one, or a test fake)
 * @param adminChatIds  chats allowed to run maintainer commands
 */
public record TelegramSettings(String token, TelegramUrl apiUrl, Set<Long> adminChatIds) {
    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN n'est pas défini : créez un bot avec "
                    + "@BotFather et exportez son jeton");
        }
        adminChatIds = Set.copyOf(adminChatIds);
    }

    /** Reads {@code https://api.telegram.org}, {@code http://127.0.0.1:8081}…: scheme, host and port. */
    public static TelegramUrl parseApiUrl(String url) {
        if (url == null || url.isBlank()) {
            return TelegramUrl.DEFAULT_URL;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("--api-url : « " + url + " » n'est pas une adresse de la forme "
                    + "https://hôte[:port]");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** Reads a comma-separated list of chat ids ("123,-100456"). */
    public static Set<Long> parseChatIds(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        try {
            return Set.copyOf(java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Long::parseLong).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CLSBOT_ADMIN_CHAT_IDS : « " + list + " » doit être une liste "
                    + "d'identifiants de discussion séparés par des virgules");
        }
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl.getSchema() + "://" + apiUrl.getHost() + ":" + apiUrl.getPort()
                + ", admins=" + adminChatIds.size() + "]";
    }
}
