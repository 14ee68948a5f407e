/**
 * Getting bytes: {@link org.policyminer.fetch.HttpFetcher} for http(s) (configured by
 * {@link org.policyminer.fetch.FetchOptions}), {@link org.policyminer.fetch.PageSource} for files, directories and
 * URLs named on the command line. Nothing here decodes a charset: bodies leave as bytes (decompressed) with their
 * headers (names lower-cased) and the extractor decides the charset.
 *
 * <p>Rules every fetch follows:
 * <ul>
 *   <li>Trust (docs/contract.md, trust): hosts the user named are trusted, loopback included. Any other host is resolved and
 *       refused ({@link org.policyminer.fetch.BlockedAddressException}) when an address is loopback, private,
 *       link-local, CGNAT or multicast. "Host" means host name plus port ({@link org.policyminer.fetch.Hosts}):
 *       127.0.0.1, localhost and 127.0.0.2 are three hosts, and so are two ports of one machine.</li>
 *   <li>Redirects are followed one hop at a time (at most five) so each hop passes the trust and robots checks.</li>
 *   <li>robots.txt per RFC 9309 through crawler-commons: 4xx allows all, 5xx/429/unreachable closes the host for
 *       {@code robotsRetry} ({@link org.policyminer.fetch.RobotsUnavailableException}), cached {@code robotsTtl}.</li>
 *   <li>Politeness: requests to one host at least {@code politenessDelay} apart, or Crawl-delay (capped).</li>
 *   <li>Retries on 429, 5xx and timeouts with jittered exponential backoff or the server's Retry-After (capped).</li>
 *   <li>Conditional GET: a 304 is {@link org.policyminer.fetch.FetchResult.NotModified}, not an error.</li>
 * </ul>
 * Every failure is a {@link org.policyminer.fetch.FetchException} subclass naming the URL.
 */
package org.policyminer.fetch;
