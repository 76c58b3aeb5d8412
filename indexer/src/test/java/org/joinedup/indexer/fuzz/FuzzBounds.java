package org.joinedup.indexer.fuzz;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The property shared by this module's fuzz targets, around one input: the code under test returns a value or
 * throws one of the exceptions it declares; any other exception or error escapes (Jazzer reports it), and so does
 * an {@link AssertionError} when the input took more than {@link #CPU_LIMIT_NANOS} of CPU time on the fuzzing
 * thread or allocated more than {@link #ALLOCATION_LIMIT} bytes. CPU time rather than wall time, because on a
 * shared machine the neighbours' load would make wall-time limits flaky; a real hang (an endless loop) is caught
 * by Jazzer's per-input timeout from the target's {@code @Timeout}. The first {@link #WARM_UP} inputs of a JVM
 * are not bounded (class loading), and an input over a bound is run once more and fails only if it is over again:
 * a one-off cost charged to whichever input comes first (Lingua loading a language model it had not needed yet took
 * 161 MiB) is not the input's own.
 */
public final class FuzzBounds {
    /** CPU time one input may take: 1 s. */
    public static final long CPU_LIMIT_NANOS = 1_000_000_000L;
    /** Bytes one input may allocate: 64 MiB (inputs are at most a few KiB). */
    public static final long ALLOCATION_LIMIT = 64L << 20;
    private static final int WARM_UP = 3;
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final AtomicInteger CALLS = new AtomicInteger();

    private FuzzBounds() {
    }

    /**
     * What one call gave: a value, or a declared refusal.
     *
     * @param value   the result (may be null when the code under test returns null)
     * @param refusal the declared exception thrown, or null
     */
    public record Outcome<T>(T value, Throwable refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Runs one call and checks the bounds.
     *
     * @param declared exception types the code under test may throw for bad input
     */
    @SafeVarargs
    public static <T> Outcome<T> run(Callable<T> call, Class<? extends Throwable>... declared) {
        List<Class<? extends Throwable>> allowed = Arrays.asList(declared);
        long[] used = new long[2];
        Outcome<T> out = measured(call, allowed, used);
        if (CALLS.incrementAndGet() > WARM_UP && (used[0] > CPU_LIMIT_NANOS || used[1] > ALLOCATION_LIMIT)) {
            measured(call, allowed, used);
            require(used[0] <= CPU_LIMIT_NANOS, "one input took " + used[0] / 1_000_000 + " ms of CPU time");
            require(used[1] <= ALLOCATION_LIMIT, "one input allocated " + (used[1] >> 20) + " MiB");
        }
        return out;
    }

    /** One call; {@code used} gets its CPU nanoseconds and allocated bytes. */
    private static <T> Outcome<T> measured(Callable<T> call, List<Class<? extends Throwable>> allowed, long[] used) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        Outcome<T> out;
        try {
            out = new Outcome<>(call.call(), null);
        } catch (Throwable t) {
            if (allowed.stream().noneMatch(c -> c.isInstance(t))) {
                if (t instanceof RuntimeException r) throw r;
                if (t instanceof Error e) throw e;
                throw new AssertionError("undeclared checked exception", t);
            }
            out = new Outcome<>(null, t);
        }
        used[0] = THREADS.getCurrentThreadCpuTime() - cpu;
        used[1] = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        return out;
    }

    /** Fails the input with a message (an {@link AssertionError}, which Jazzer reports as a finding). */
    public static void require(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }

    /**
     * The input as UTF-8 text cut into {@code n} fields at line breaks; the last field keeps the rest (line breaks
     * included), and missing fields are null. Lets committed seeds stay readable text.
     */
    public static String[] fields(byte[] input, int n) {
        String[] out = new String[n];
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\n", n);
        System.arraycopy(parts, 0, out, 0, Math.min(n, parts.length));
        return out;
    }
}
