package org.joinedup.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/** The line every bench prints first: date, cores, load, JVM and heap, so RESULTS.md records the context. */
public final class MachineNote {
    private MachineNote() {
    }

    /** e.g. "2026-03-02 08:30, 2 cores, load 9.8, Java 25 (Temurin), max heap 4096 MiB". */
    public static String describe() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format("%s, %d cores, load %.1f, Java %s (%s), max heap %d MiB",
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
            Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage(),
            System.getProperty("java.version"), System.getProperty("java.vendor"),
            Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Size of a directory tree in MiB (index size on disk). */
    public static double sizeMiB(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum()
                / (1024.0 * 1024.0);
        }
    }

    /** Deletes a directory tree (bench temp dirs). */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
