package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.ConfigLoader;

/** The real service on the demo config, on a free port with its data in a temporary folder. */
final class DemoServer implements AutoCloseable {

    static final Path DEMO_CONFIG = Path.of("..", "config", "demo", "demo.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    final JoinedUpServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoServer(JoinedUpServer server) {
        this.server = server;
    }

    /** Starts the server and waits, over HTTP, until the first harvest is done. */
    static DemoServer start(Path dataDir, Duration harvestDeadline) throws Exception {
        return start(dataDir, harvestDeadline, UnaryOperator.identity());
    }

    /** As {@link #start(Path, Duration)}, with the demo configuration changed by {@code tweak} first. */
    static DemoServer start(Path dataDir, Duration harvestDeadline, UnaryOperator<AppConfig> tweak)
            throws Exception {
        assertTrue(Files.isRegularFile(DEMO_CONFIG), "demo config missing: " + DEMO_CONFIG.toAbsolutePath());
        AppConfig config = tweak.apply(ConfigLoader.load(DEMO_CONFIG).withDataDir(dataDir).withPort(0));
        DemoServer demo = new DemoServer(JoinedUpServer.newServer(config));
        demo.server.start();
        demo.awaitHarvest(harvestDeadline);
        return demo;
    }

    URI base() {
        return server.baseUri();
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(base().resolve(pathAndQuery)).timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String pathAndQuery, int expectedStatus) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != expectedStatus) {
            fail("GET " + pathAndQuery + " -> " + r.statusCode() + " (expected " + expectedStatus + "): " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Polls /api/v1/status until the first harvest round has finished. */
    private void awaitHarvest(Duration deadline) throws Exception {
        Instant end = Instant.now().plus(deadline);
        JsonNode status = null;
        while (Instant.now().isBefore(end)) {
            status = getJson("/api/v1/status", 200);
            if (status.path("firstHarvestComplete").asBoolean()) return;
            Thread.onSpinWait();
            synchronized (this) {
                wait(200); // polling interval, not a fixed sleep: the loop ends as soon as the harvest is done
            }
        }
        fail("first harvest not done within " + deadline + "; last status: " + status);
    }

    @Override
    public void close() {
        server.stop();
        http.close();
    }
}
