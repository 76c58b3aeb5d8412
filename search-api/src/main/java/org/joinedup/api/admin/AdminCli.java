package org.joinedup.api.admin;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.joinedup.api.access.ApiKeyRepository;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.ConfigException;
import org.joinedup.api.config.ConfigLoader;
import org.joinedup.api.persistence.AdminToken;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.AuditLogRepository;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.PersistenceException;

/**
 * {@code joinedup admin <command>}: manages admin API tokens in the configured database, without the server.
 * <ul>
 *   <li>{@code create-token --name NAME [--config FILE]} prints a new token once (only its SHA-256 is kept)</li>
 *   <li>{@code revoke-token --name NAME [--config FILE]} revokes that holder's active token</li>
 *   <li>{@code list-tokens [--config FILE]} lists holders, creation, last use and revocation</li>
 *   <li>{@code create-api-key --name NAME [--per-minute N] [--config FILE]} prints a new public-API key once
 *       (for {@code X-API-Key}; quota N per minute, default {@code api.keyPerMinute})</li>
 *   <li>{@code revoke-api-key --id ID [--config FILE]} revokes that key</li>
 * </ul>
 * Each change is written to the audit log with actor {@code cli}. The token is the only thing printed to
 * {@code out}, so {@code TOKEN=$(... admin create-token --name ci)} works; messages go to {@code err}.
 */
public final class AdminCli {
    static final String USAGE = "usage: joinedup admin create-token --name NAME [--config FILE]\n"
        + "       joinedup admin revoke-token --name NAME [--config FILE]\n"
        + "       joinedup admin list-tokens [--config FILE]\n"
        + "       joinedup admin create-api-key --name NAME [--per-minute N] [--config FILE]\n"
        + "       joinedup admin revoke-api-key --id ID [--config FILE]";
    private static final Set<String> COMMANDS = Set.of("create-token", "revoke-token", "list-tokens",
        "create-api-key", "revoke-api-key");
    private static final Set<String> OPTIONS = Set.of("--name", "--config", "--per-minute", "--id");

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Path> defaultConfig;

    /**
     * @param out           receives the token (create-token) or the listing
     * @param err           receives messages and errors
     * @param defaultConfig the config file to use without {@code --config}
     */
    public AdminCli(PrintStream out, PrintStream err, Supplier<Path> defaultConfig) {
        this.out = out;
        this.err = err;
        this.defaultConfig = defaultConfig;
    }

    /** Runs one command; returns the process exit code (0 ok, 1 failed, 2 usage or config error). */
    public int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        if (args.length == 0 || !COMMANDS.contains(args[0]) || !parse(args, options)) {
            err.println(USAGE);
            return 2;
        }
        String command = args[0];
        String required = command.equals("revoke-api-key") ? "--id" : "--name";
        if (!command.equals("list-tokens") && options.get(required) == null) {
            err.println(command + ": " + required + " is required\n" + USAGE);
            return 2;
        }
        AppConfig config;
        try {
            config = ConfigLoader.load(options.containsKey("--config") ? Path.of(options.get("--config"))
                : defaultConfig.get());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        return execute(command, options, config);
    }

    private int execute(String command, Map<String, String> options, AppConfig config) {
        String name = options.get("--name");
        try {
            Database db = Database.open(config.jdbcUrl(), config.database().user(), config.database().password());
            AdminTokens tokens = new AdminTokens(new AdminTokenRepository(db), Clock.systemUTC());
            AuditTrail audit = new AuditTrail(new AuditLogRepository(db), Clock.systemUTC());
            return switch (command) {
                case "create-token" -> create(tokens, audit, name);
                case "revoke-token" -> revoke(tokens, audit, name);
                case "create-api-key" -> createKey(new ApiKeyRepository(db.dataSource()), audit, name,
                    options.containsKey("--per-minute") ? positive("--per-minute", options.get("--per-minute"))
                        : config.api().keyPerMinute());
                case "revoke-api-key" -> revokeKey(new ApiKeyRepository(db.dataSource()), audit,
                    positive("--id", options.get("--id")));
                default -> list(tokens);
            };
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        } catch (PersistenceException | FlywayException e) {
            err.println(command + ": database error: " + e.getMessage());
            err.println("With the embedded H2 database, stop the server first (its file is locked while it runs),"
                + " or add ;AUTO_SERVER=TRUE to database.url.");
            return 1;
        }
    }

    private int create(AdminTokens tokens, AuditTrail audit, String name) {
        String token = tokens.create(name);
        audit.record(Actor.CLI, "token.create", name, Map.of());
        err.println("Created admin token '" + name + "'. It is shown only this once and cannot be recovered;");
        err.println("send it as: Authorization: Bearer <token>");
        out.println(token);
        return 0;
    }

    private int createKey(ApiKeyRepository keys, AuditTrail audit, String name, int perMinute) {
        ApiKeyRepository.Issued issued = keys.create(name, perMinute);
        audit.record(Actor.CLI, "apikey.create", name, Map.of("id", issued.record().id(), "perMinute", perMinute));
        err.println("Created API key " + issued.record().id() + " for '" + name + "' (" + perMinute
            + " requests/minute). It is shown only this once; send it as: X-API-Key: <key>");
        out.println(issued.key());
        return 0;
    }

    private int revokeKey(ApiKeyRepository keys, AuditTrail audit, int id) {
        if (!keys.revoke(id)) {
            err.println("revoke-api-key: no active API key with id " + id);
            return 1;
        }
        audit.record(Actor.CLI, "apikey.revoke", String.valueOf(id), Map.of());
        err.println("Revoked API key " + id + ".");
        return 0;
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, got '" + value + "'");
    }

    private int revoke(AdminTokens tokens, AuditTrail audit, String name) {
        int n = tokens.revoke(name);
        if (n == 0) {
            err.println("revoke-token: no active token named '" + name + "'");
            return 1;
        }
        audit.record(Actor.CLI, "token.revoke", name, Map.of("revoked", n));
        err.println("Revoked the token of '" + name + "'.");
        return 0;
    }

    private int list(AdminTokens tokens) {
        out.printf("%-24s %-8s %-28s %-28s %s%n", "NAME", "STATUS", "CREATED", "LAST USED", "REVOKED");
        for (AdminToken t : tokens.list()) {
            out.printf("%-24s %-8s %-28s %-28s %s%n", t.name(), t.active() ? "active" : "revoked", t.createdAt(),
                t.lastUsedAt() == null ? "-" : t.lastUsedAt(), t.revokedAt() == null ? "-" : t.revokedAt());
        }
        return 0;
    }

    private static boolean parse(String[] args, Map<String, String> options) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String key = eq > 0 ? a.substring(0, eq) : a;
            if (!OPTIONS.contains(key)) return false;
            if (eq > 0) {
                options.put(key, a.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                return false;
            }
        }
        return true;
    }
}
