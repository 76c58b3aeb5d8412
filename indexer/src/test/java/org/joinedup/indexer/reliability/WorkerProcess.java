package org.joinedup.indexer.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One {@link IngestWorker} child JVM: same java binary and class path as this test JVM, small heap and serial
 * GC and C1 only (a worker lives seconds) so that repeated starts stay cheap on a shared 2-core machine;
 * output goes to a log file.
 */
final class WorkerProcess {
    private final Process process;
    private final Path log;
    private final Path ready;
    private final long startedNanos = System.nanoTime();

    private WorkerProcess(Process process, Path log, Path ready) {
        this.process = process;
        this.log = log;
        this.ready = ready;
    }

    static WorkerProcess start(Path work, Path index, Path acks, Path alerts, int cycle) throws IOException {
        Path ready = work.resolve("ready-" + cycle);
        Path log = work.resolve("worker-" + cycle + ".log");
        // No class-data-sharing archive: CDS refuses class paths with directories (target/test-classes).
        List<String> cmd = List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            IngestWorker.class.getName(), index.toString(), acks.toString(), alerts.toString(), ready.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new WorkerProcess(p, log, ready);
    }

    /** The worker's own readiness figures: analysis build and index open, in ms. */
    String readiness() throws IOException {
        return Files.readString(ready).strip();
    }

    /** Waits until the worker has opened its index; returns milliseconds from process start. */
    long awaitReady(Duration limit) throws IOException, InterruptedException {
        awaitOrFail(() -> Files.exists(ready), limit, "worker did not open its index");
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Polls a condition every 10 ms up to a deadline; fails early if the worker died. */
    void awaitOrFail(BooleanSupplier condition, Duration limit, String what) throws IOException,
        InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError(what + ": worker exited " + process.exitValue() + "\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + limit + "\n" + tail());
            }
            process.waitFor(10, TimeUnit.MILLISECONDS); // returns early if the worker exits
        }
    }

    /** SIGKILL (destroyForcibly on Unix), then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("worker survived SIGKILL for 30 s");
        }
    }

    String tail() throws IOException {
        if (!Files.exists(log)) return "(no worker log)";
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
