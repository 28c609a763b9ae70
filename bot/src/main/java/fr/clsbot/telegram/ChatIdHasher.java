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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat ids as they appear in logs, statistics and the questions file: a salted hash, so that nothing stored
 * identifies a user. The salt is the installation's (see {@link #forInstallation}).
 */
public final class ChatIdHasher {
    private static final Logger LOG = LoggerFactory.getLogger(ChatIdHasher.class);
    /** A salt file shorter than this was damaged (ours are 48 hex characters). */
    private static final int MIN_SALT_CHARACTERS = 16;

    private final byte[] salt;

    /** @throws IllegalArgumentException for an empty salt, which would make every hash guessable */
    public ChatIdHasher(String salt) {
        if (salt == null || salt.isBlank()) {
            throw new IllegalArgumentException("le sel des identifiants de conversation est vide");
        }
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
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
            writeNewSalt(stateDirectory, file);
        }
        String salt = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (salt.length() < MIN_SALT_CHARACTERS) {
            // Emptied by hand or cut by a full disk: a new salt keeps hashes unguessable, but the chats of the
            // questions already recorded can no longer be matched with new ones. Said loudly, once.
            LOG.warn("the salt file {} was empty or too short: a new salt was written; chats recorded before it no "
                    + "longer match their new hashes", file);
            writeNewSalt(stateDirectory, file);
            salt = Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        return new ChatIdHasher(salt);
    }

    private static void writeNewSalt(Path stateDirectory, Path file) throws IOException {
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
