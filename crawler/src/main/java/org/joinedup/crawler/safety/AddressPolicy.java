package org.joinedup.crawler.safety;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether the crawler may connect to an address. Refuses loopback, private, link-local, CGNAT,
 * multicast, unspecified, broadcast, documentation and reserved ranges, for IPv4 and IPv6 including
 * IPv4 addresses embedded in IPv6 (mapped, compatible, 6to4, NAT64, Teredo). Loopback (127.0.0.0/8 and
 * ::1 only) may be allowed for the demo and tests.
 */
public final class AddressPolicy {
    private final boolean allowLoopback;

    /** A policy; {@code allowLoopback} lets 127.0.0.0/8 and ::1 through (never private ranges). */
    public AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** True when 127.0.0.0/8 and ::1 may be connected to (the demo and tests). */
    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** Why the address is refused, or empty when it may be connected to. */
    public Optional<String> refusal(InetAddress address) {
        String kind = address instanceof Inet4Address v4 ? classify4(v4.getAddress()) : classify6(address.getAddress());
        if (kind == null || ("loopback".equals(kind) && allowLoopback && isPlainLoopback(address))) {
            return Optional.empty();
        }
        return Optional.of(kind + " address " + address.getHostAddress() + " refused");
    }

    private static boolean isPlainLoopback(InetAddress a) {
        return a instanceof Inet4Address || a.isLoopbackAddress();
    }

    static String classify4(byte[] b) {
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        int o2 = b[2] & 0xff;
        if (o0 == 0) return "unspecified";
        if (o0 == 127) return "loopback";
        if (o0 == 10 || (o0 == 172 && (o1 & 0xf0) == 16) || (o0 == 192 && o1 == 168)) return "private";
        if (o0 == 100 && (o1 & 0xc0) == 64) return "CGNAT";
        if (o0 == 169 && o1 == 254) return "link-local";
        if (o0 >= 224 && o0 <= 239) return "multicast";
        if (o0 >= 240) return (b[3] & 0xff) == 255 && o0 == 255 && o1 == 255 && o2 == 255 ? "broadcast" : "reserved";
        if (o0 == 192 && o1 == 0 && (o2 == 0 || o2 == 2)) return "reserved";
        if (o0 == 198 && (o1 == 18 || o1 == 19)) return "reserved";
        if ((o0 == 198 && o1 == 51 && o2 == 100) || (o0 == 203 && o1 == 0 && o2 == 113)) return "reserved";
        if (o0 == 192 && o1 == 88 && o2 == 99) return "reserved";
        return null;
    }

    static String classify6(byte[] b) {
        if (allZero(b, 0, 15) && b[15] == 1) return "loopback";
        if (allZero(b, 0, 16)) return "unspecified";
        if (allZero(b, 0, 12)) return "IPv4-compatible";
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embedded(b, 12); // mapped; the JDK usually converts these to IPv4 already
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        if ((w0 & 0xff00) == 0xff00) return "multicast";
        if ((w0 & 0xffc0) == 0xfe80) return "link-local";
        if ((w0 & 0xffc0) == 0xfec0) return "private";
        if ((w0 & 0xfe00) == 0xfc00) return "private";
        if (w0 == 0x2002) return embedded(b, 2);
        if (w0 == 0x0064 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) return "NAT64";
        if (w0 == 0x2001 && b[2] == 0 && b[3] == 0) return "Teredo";
        if (w0 == 0x2001 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) return "reserved";
        if (w0 == 0x0100 && allZero(b, 2, 8)) return "reserved"; // discard-only 100::/64
        return null;
    }

    private static String embedded(byte[] b, int at) {
        byte[] v4 = {b[at], b[at + 1], b[at + 2], b[at + 3]};
        String inner = classify4(v4);
        return inner == null ? null : "IPv6-embedded " + inner;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }

    /** True when this is an IPv6 address (for callers that log). */
    static boolean isV6(InetAddress a) {
        return a instanceof Inet6Address;
    }
}
