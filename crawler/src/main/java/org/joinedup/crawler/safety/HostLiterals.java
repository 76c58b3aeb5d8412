package org.joinedup.crawler.safety;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a host that is an IP literal in any spelling browsers and libc accept (dotted, shortened
 * {@code 127.1}, decimal {@code 2130706433}, octal {@code 0177.0.0.1}, hex {@code 0x7f.1}, bracketed IPv6
 * with embedded IPv4) into an address without any DNS lookup.
 */
public final class HostLiterals {
    private HostLiterals() {
    }

    /** The address the host denotes if it is a literal, else empty (it is a name needing DNS). */
    public static Optional<InetAddress> parse(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            return ipv6(h);
        }
        return ipv4(h);
    }

    private static Optional<InetAddress> ipv6(String h) {
        int zone = h.indexOf('%');
        String bare = zone >= 0 ? h.substring(0, zone) : h;
        if (!bare.matches("[0-9a-f:.]+")) {
            return Optional.empty();
        }
        try {
            // A literal containing ':' never goes to DNS in the JDK.
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** inet_aton rules: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
    static Optional<InetAddress> ipv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] nums = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long n = number(parts[i]);
            if (n == null) {
                return Optional.empty();
            }
            nums[i] = n;
        }
        long value = 0;
        for (int i = 0; i < nums.length - 1; i++) {
            if (nums[i] > 255) {
                return Optional.empty();
            }
            value |= nums[i] << (8 * (3 - i));
        }
        long last = nums[nums.length - 1];
        int lastBits = 8 * (4 - (nums.length - 1));
        if (last >= (1L << lastBits)) {
            return Optional.empty();
        }
        value |= last;
        byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(b));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Long number(String p) {
        try {
            if (p.isEmpty() || p.length() > 12) {
                return null;
            }
            if (p.startsWith("0x")) {
                return p.length() == 2 ? 0L : Long.parseLong(p.substring(2), 16);
            }
            if (p.length() > 1 && p.startsWith("0")) {
                return Long.parseLong(p.substring(1), 8);
            }
            return p.chars().allMatch(Character::isDigit) ? Long.parseLong(p) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
