package org.policyminer.fetch;

/**
 * A link or redirect led to a host nobody named that resolves to a private, loopback or link-local address.
 * Refused so that a page cannot make us probe the user's own network.
 */
public final class BlockedAddressException extends FetchException {
    public BlockedAddressException(String url, String host, String address) {
        super(url, 0, "refused: untrusted host " + host + " resolves to internal address " + address);
    }
}
