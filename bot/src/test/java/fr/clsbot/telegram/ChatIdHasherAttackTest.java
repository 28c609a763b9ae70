package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A salt file emptied by hand or by a full disk: hashes stay unguessable and stable from then on. */
class ChatIdHasherAttackTest {
    @TempDir
    Path state;

    @Test
    void anEmptySaltFileIsReplacedOnceLoudlyAndKeptAfterwards() throws Exception {
        Files.writeString(state.resolve("salt"), "  \n");
        // The warning is captured (and asserted) rather than printed: a green build stays quiet.
        Logger logger = (Logger) LoggerFactory.getLogger(ChatIdHasher.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        logger.addAppender(warnings);
        logger.setAdditive(false);
        String first;
        try {
            first = ChatIdHasher.forInstallation(state).hash(42);
        } finally {
            logger.detachAppender(warnings);
            logger.setAdditive(true);
        }
        String salt = Files.readString(state.resolve("salt"));

        assertThat(warnings.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("new salt");
        });

        assertThat(salt).hasSize(48);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("salt"))))
                .isEqualTo("rw-------");
        assertThat(ChatIdHasher.forInstallation(state).hash(42)).as("stable across restarts").isEqualTo(first);
        assertThat(Files.readString(state.resolve("salt"))).isEqualTo(salt);
    }

    @Test
    void anEmptySaltIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ChatIdHasher(" "));
    }
}
