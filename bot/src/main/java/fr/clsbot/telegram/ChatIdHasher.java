package fr.clsbot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Chat ids as they appear in logs and statistics: a salted hash, so that no log identifies a user. The salt comes
 * from {@code CLSBOT_SALT} (stable across restarts) or is drawn at start.
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
