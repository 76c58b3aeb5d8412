package org.joinedup.indexer.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only, fsync'ed log of acknowledged batches, one line per batch: {@code batch TAB source TAB ids}.
 * The crash harness trusts only complete lines: a line torn by a kill was never acknowledged.
 */
final class AckLog implements AutoCloseable {
    /** One acknowledged batch. */
    record Entry(long batch, String sourceId, List<String> ids) {
        Entry {
            ids = List.copyOf(ids);
        }
    }

    private final FileChannel channel;

    AckLog(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
    }

    /** Appends one line and forces it to disk before returning. */
    void append(long batch, String sourceId, List<String> ids) throws IOException {
        String line = batch + "\t" + sourceId + "\t" + String.join(",", ids) + "\n";
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(true);
    }

    /** The complete lines of a log (none when it does not exist yet). */
    static List<Entry> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        List<Entry> out = new ArrayList<>();
        if (end < 0) {
            return out;
        }
        for (String line : text.substring(0, end).split("\n")) {
            String[] f = line.split("\t", -1);
            List<String> ids = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(","));
            out.add(new Entry(Long.parseLong(f[0]), f[1], ids));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
