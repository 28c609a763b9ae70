package fr.clsbot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Chat ids as they appear in logs, statistics and the questions file: a salted hash, so that nothing stored
 * identifies a user. The salt is the installation's (see {@link #forInstallation}).
 */
public final class ChatIdHasher {
    private final byte[] salt;

    public ChatIdHasher(String salt) {
        if (salt == null || salt.isBlank()) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            this.salt = random;
        } else {
            this.salt = salt.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The hasher of this installation: salt from {@code CLSBOT_SALT} when set, else from the {@code salt} file of
     * {@code stateDirectory}, created at random on first use (so hashes stay stable across restarts).
     */
    public static ChatIdHasher forInstallation(Path stateDirectory) throws IOException {
        String fromEnvironment = System.getenv("CLSBOT_SALT");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new ChatIdHasher(fromEnvironment);
        }
        Path file = stateDirectory.resolve("salt");
        if (!Files.exists(file)) {
            Files.createDirectories(stateDirectory);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file keeps the directory's permissions.
            }
        }
        return new ChatIdHasher(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    /** Twelve hex characters standing for {@code chatId}. */
    public String hash(long chatId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(Long.toString(chatId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
