package org.joinedup.crawler.safety;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The only way the HTTP client learns where to connect: resolves a host (literals in any spelling without
 * DNS) and hands on only the addresses the {@link AddressPolicy} accepts, so the address connected to is
 * always one that was checked. Jetty calls it for every new connection, including after redirects.
 */
public final class GuardedResolver implements SocketAddressResolver {
    private final AddressPolicy policy;

    /** A resolver guarded by the policy. */
    public GuardedResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        try {
            promise.succeeded(vet(host, port));
        } catch (Exception e) {
            promise.failed(e);
        }
    }

    /** The allowed socket addresses for host:port; fails with {@link SsrfException} when none is allowed. */
    public List<InetSocketAddress> vet(String host, int port) throws SsrfException, UnknownHostException {
        List<InetAddress> candidates = resolveAll(host);
        List<InetSocketAddress> allowed = new ArrayList<>();
        String firstRefusal = null;
        for (InetAddress a : candidates) {
            Optional<String> refusal = policy.refusal(a);
            if (refusal.isEmpty()) {
                allowed.add(new InetSocketAddress(a, port));
            } else if (firstRefusal == null) {
                firstRefusal = refusal.get();
            }
        }
        if (allowed.isEmpty()) {
            throw new SsrfException("host " + host + ": " + (firstRefusal == null ? "no address" : firstRefusal));
        }
        return allowed;
    }

    private static List<InetAddress> resolveAll(String host) throws UnknownHostException {
        Optional<InetAddress> literal = HostLiterals.parse(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        if (host.indexOf(':') >= 0 || host.indexOf('%') >= 0) {
            throw new UnknownHostException("malformed host " + host);
        }
        return List.of(InetAddress.getAllByName(host));
    }
}
