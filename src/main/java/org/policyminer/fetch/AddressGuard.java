package org.policyminer.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Refuses hosts nobody named when they resolve to an internal address. The check is on the resolved
 * {@link InetAddress}, not the name, so neither a DNS name pointing at 10.0.0.1 nor a redirect to 127.0.0.2 gets
 * through. The JVM caches the answer (networkaddress.cache.ttl, 30 s by default) and the connection made right
 * after resolves through that cache, which narrows a DNS-rebinding race to the cache expiry.
 */
final class AddressGuard {
    private final HostResolver resolver;

    AddressGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** Throws unless the host is trusted or all its addresses are public. */
    void check(String url, URI uri, Set<String> trusted) throws FetchException {
        if (trusted.contains(Hosts.key(uri))) return;
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, "unknown host " + host, e);
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) throw new BlockedAddressException(url, host, a.getHostAddress());
        }
    }

    /** Loopback, private (RFC 1918, fc00::/7), link-local, carrier-grade NAT, "this network" and multicast. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true; // unique local fc00::/7
            if (isIpv4Embedded(b)) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): the IPv4 address inside decides. */
    private static boolean isIpv4Embedded(byte[] b) {
        for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }
}
