package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A salt file emptied by hand or by a full disk: hashes stay unguessable and stable from then on. */
class ChatIdHasherAttackTest {
    @TempDir
    Path state;

    @Test
    void anEmptySaltFileIsReplacedOnceAndKeptAfterwards() throws Exception {
        Files.writeString(state.resolve("salt"), "  \n");

        String first = ChatIdHasher.forInstallation(state).hash(42);
        String salt = Files.readString(state.resolve("salt"));

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
