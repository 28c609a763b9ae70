package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {
    @Test
    void neverPrintsTheToken() {
        TelegramSettings settings = new TelegramSettings("123:SECRET", TelegramSettings.parseApiUrl(null), Set.of(1L));

        assertThat(settings.toString()).doesNotContain("SECRET").contains("api.telegram.org");
    }

    @Test
    void readsTheApiUrlsSchemeHostAndPort() {
        var url = TelegramSettings.parseApiUrl("http://127.0.0.1:8081");

        assertThat(url.getSchema()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isEqualTo(8081);
        assertThat(TelegramSettings.parseApiUrl("https://bots.example.org").getPort()).isEqualTo(443);
    }

    @Test
    void failsFastWithAClearMessage() {
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> new TelegramSettings(" ", TelegramSettings.parseApiUrl(null), Set.of())).getMessage())
                .contains("TELEGRAM_BOT_TOKEN");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> TelegramSettings.parseChatIds("12,abc")).getMessage()).contains("CLSBOT_ADMIN_CHAT_IDS");
        assertThat(TelegramSettings.parseChatIds("12, -100")).containsExactlyInAnyOrder(12L, -100L);
    }

    @Test
    void hashesChatIdsStablyForOneSaltAndDifferentlyForAnother() {
        ChatIdHasher hasher = new ChatIdHasher("salt");

        assertThat(hasher.hash(42)).isEqualTo(new ChatIdHasher("salt").hash(42)).hasSize(12).doesNotContain("42");
        assertThat(hasher.hash(42)).isNotEqualTo(new ChatIdHasher("other").hash(42));
    }
}
