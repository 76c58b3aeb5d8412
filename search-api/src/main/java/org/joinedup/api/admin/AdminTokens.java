package org.joinedup.api.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joinedup.api.persistence.AdminToken;
import org.joinedup.api.persistence.AdminTokenRepository;

/**
 * Admin API bearer tokens: 32 random bytes as base64url, shown once at creation and stored only as SHA-256.
 * An incoming token is hashed and compared with every active hash in constant time, so neither timing nor the
 * position of the match tells an attacker anything.
 */
public final class AdminTokens {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final int TOKEN_BYTES = 32;
    /** Longer "tokens" are not ours; refuse them before hashing megabytes. */
    private static final int MAX_TOKEN_CHARS = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminTokenRepository repository;
    private final Clock clock;

    public AdminTokens(AdminTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Creates a token for a holder and returns it; this is the only time it exists outside its holder's hands.
     *
     * @throws IllegalArgumentException when the name is malformed or already holds an active token
     */
    public String create(String name) {
        checkName(name);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        if (!repository.create(name, sha256Hex(token), clock.instant())) {
            throw new IllegalArgumentException("an active token named '" + name + "' exists; revoke it first");
        }
        return token;
    }

    /** Revokes a holder's active tokens; returns how many. */
    public int revoke(String name) {
        checkName(name);
        return repository.revoke(name, clock.instant());
    }

    /** Every token, revoked ones included (hashes only). */
    public List<AdminToken> list() {
        return repository.all();
    }

    /** The active token matching a presented one, compared in constant time over all candidates. */
    public Optional<AdminToken> authenticate(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        AdminToken match = null;
        for (AdminToken candidate : repository.active()) {
            // No early exit: every candidate is compared whether or not an earlier one matched.
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(candidate.sha256())) && match == null) {
                match = candidate;
            }
        }
        if (match != null) repository.touch(match.id(), clock.instant());
        return Optional.ofNullable(match);
    }

    /** Lower-case hex SHA-256 of a token's UTF-8 bytes (what is stored). */
    static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("token name must be 1-100 characters of A-Z a-z 0-9 . _ @ -");
        }
    }
}
