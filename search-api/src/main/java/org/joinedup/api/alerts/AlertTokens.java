package org.joinedup.api.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in alert links. Confirmation links carry a random single-use token of which only the SHA-256 is
 * stored; manage and unsubscribe links carry an HMAC-signed subject (subscriber key or alert id), so they need no
 * storage and keep working in every mail ever sent.
 */
final class AlertTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    AlertTokens(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A new random secret for {@code alerts.secret}. */
    static String newSecret() {
        return random(32);
    }

    /** A random URL-safe token of 256 bits. */
    static String random() {
        return random(32);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    /** Hex SHA-256, what is stored for random tokens. */
    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Groups one address's alerts without storing the address a second time. */
    String subscriberKey(String email) {
        return HexFormat.of().formatHex(mac("subscriber:" + email.strip().toLowerCase(Locale.ROOT))).substring(0, 40);
    }

    /** {@code subject.signature} for one purpose (manage, unsubscribe). */
    String sign(String purpose, String subject) {
        return subject + "." + B64.encodeToString(mac(purpose + ":" + subject));
    }

    /** The subject of a signed token, when the signature is right for this purpose. */
    Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > 200) return Optional.empty();
        int dot = token.lastIndexOf('.');
        if (dot <= 0) return Optional.empty();
        String subject = token.substring(0, dot);
        byte[] expected = B64.encode(mac(purpose + ":" + subject));
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(subject) : Optional.empty();
    }

    private byte[] mac(String s) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
