package org.joinedup.crawler.safety;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSRF table: host spellings and targets that must be refused. Only literals (no DNS) and "localhost"
 * (hosts file) are used, and nothing is connected to: the resolver is asked, never a socket.
 */
class AddressPolicyTest {
    private final GuardedResolver strict = new GuardedResolver(new AddressPolicy(false));
    private final GuardedResolver demo = new GuardedResolver(new AddressPolicy(true));

    @ParameterizedTest
    @ValueSource(strings = {
        // loopback, every spelling
        "127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f000001", "0x7f.0x0.0x0.0x1", "0177.0.0.1", "0177.1",
        "017700000001", "127.255.255.254", "127.000.000.001", "localhost", "::1", "[::1]", "[0:0:0:0:0:0:0:1]",
        "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "127.0.0.1.",
        // unspecified
        "0.0.0.0", "0", "0x0", "[::]", "::0",
        // private
        "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.1.254", "167772161",
        "0xa000001", "[::ffff:10.0.0.1]", "[::ffff:192.168.1.1]", "[fc00::1]", "[fd12:3456:789a::1]", "[fec0::1]",
        // link-local and cloud metadata
        "169.254.169.254", "169.254.0.1", "2852039166", "0xa9fea9fe", "0251.0376.0251.0376", "[fe80::1]",
        "[fe80::1%25eth0]", "[::ffff:169.254.169.254]", "[fd00:ec2::254]",
        // CGNAT
        "100.64.0.1", "100.127.255.254",
        // multicast, broadcast, reserved
        "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "[ff02::1]", "[ff05::2]",
        // IPv4 hidden in IPv6 transition forms
        "[2002:7f00:1::]", "[2002:a9fe:a9fe::1]", "[64:ff9b::7f00:1]", "[64:ff9b::a9fe:a9fe]", "[::127.0.0.1]",
        "[2001::1]", "[2001:db8::1]",
        // benchmark and documentation ranges
        "198.18.0.1", "192.0.2.1", "203.0.113.5"
    })
    void refused(String host) {
        SsrfException e = assertThrows(SsrfException.class, () -> strict.vet(host, 80), host);
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1", "2130706433", "::1", "[::1]", "[::ffff:127.0.0.1]", "localhost"})
    void loopbackAllowedOnlyWhenConfigured(String host) throws Exception {
        List<InetSocketAddress> ok = demo.vet(host, 8080);
        assertTrue(ok.stream().allMatch(a -> a.getAddress().isLoopbackAddress()), ok.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "192.168.1.1", "[fe80::1]", "[::ffff:10.0.0.1]", "100.64.0.1",
        "0.0.0.0", "[::]", "[::127.0.0.1]", "[2002:7f00:1::]"})
    void privateRangesStayRefusedInDemoMode(String host) {
        assertThrows(SsrfException.class, () -> demo.vet(host, 80), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "[2606:4700:4700::1111]", "1.1.1.1"})
    void publicLiteralsPassThePolicy(String host) {
        // checked only: nothing connects to these addresses
        assertDoesNotThrow(() -> strict.vet(host, 443));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.1:127.0.0.1", "2130706433:127.0.0.1", "0x7f.1:127.0.0.1", "0177.0.0.1:127.0.0.1",
        "10.1:10.0.0.1", "169.254.43518:169.254.169.254"})
    void inetAtonSpellings(String pair) {
        String[] p = pair.split(":");
        assertEquals(p[1], HostLiterals.parse(p[0]).orElseThrow().getHostAddress());
    }
}
