package org.policyminer.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name → addresses. Injected so tests can make a public-looking name resolve to a private address. */
@FunctionalInterface
public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
