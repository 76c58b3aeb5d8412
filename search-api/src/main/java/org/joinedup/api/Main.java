package org.joinedup.api;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.nio.file.Path;
import org.joinedup.api.admin.AdminCli;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.ConfigException;
import org.joinedup.api.config.ConfigLoader;

/**
 * Command line entry: {@code java -jar joinedup-search-api.jar [--config file.yaml]} runs the server; without
 * {@code --config} it runs the bundled demo ({@code config/demo/demo.yaml}, also found from inside
 * {@code search-api/}). {@code ... admin <command>} runs an admin command instead (see {@link AdminCli}).
 */
public final class Main {

    private static final Path DEFAULT_CONFIG = Path.of("config", "demo", "demo.yaml");

    private Main() {
    }

    /** Starts the server and blocks until it is stopped (SIGTERM or Ctrl-C). */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(admin(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        Path configFile;
        try {
            configFile = configFile(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: joinedup [--config <file.yaml>]");
            System.exit(2);
            return;
        }
        AppConfig config;
        try {
            config = ConfigLoader.load(configFile);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        JoinedUpServer server = JoinedUpServer.newServer(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        server.start();
        System.out.println("Joined-up Jobs is running at " + server.baseUri());
        server.join();
    }

    /** Runs an admin subcommand with logging moved to stderr, so stdout carries only the command's output. */
    private static int admin(String[] args) {
        PrintStream out = System.out;
        System.setOut(System.err);
        return new AdminCli(out, System.err, () -> configFile(new String[0])).run(args);
    }

    /** The config file named by {@code --config}, or the demo config found from here or the parent folder. */
    static Path configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
            throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
        Path parent = Path.of("..").resolve(DEFAULT_CONFIG);
        return Files.exists(DEFAULT_CONFIG) || !Files.exists(parent) ? DEFAULT_CONFIG : parent;
    }
}
