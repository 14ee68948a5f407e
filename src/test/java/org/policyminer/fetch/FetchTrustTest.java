package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Named hosts are trusted, loopback included; links and redirects to internal addresses elsewhere are refused. */
class FetchTrustTest {
    private TestServer site;
    private TestServer internal;
    private FakeTime time;

    @BeforeEach
    void start() throws IOException {
        site = TestServer.start();
        internal = TestServer.startOn("127.0.0.2");
        internal.html("/admin", "secret");
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        site.close();
        internal.close();
    }

    private HttpFetcher fetcher(HostResolver resolver) {
        return new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).build(), time.env(resolver));
    }

    private HttpFetcher fetcher() {
        return fetcher(HostResolver.system());
    }

    @Test
    void fetchesALoopbackHostTheUserNamed() throws Exception {
        site.html("/a", "ok");
        assertEquals(site.url("/a"), fetcher().fetch(site.url("/a")).url());
    }

    @Test
    void refusesRedirectToPrivateAddressOnOtherHost() throws Exception {
        site.redirect("/go", 302, internal.url("/admin"));
        BlockedAddressException e = assertThrows(BlockedAddressException.class, () -> fetcher().fetch(site.url("/go")));
        assertTrue(e.getMessage().contains("127.0.0.2"));
        assertEquals(0, internal.total(), "nothing may reach the internal host, not even robots.txt");
    }

    @Test
    void refusesRedirectToLocalhostNameWhenOnlyTheAddressWasNamed() throws Exception {
        site.html("/target", "same server, other name");
        site.redirect("/go", 302, "http://localhost:" + site.port() + "/target");
        assertThrows(BlockedAddressException.class, () -> fetcher().fetch(site.url("/go")));
        assertEquals(0, site.count("/target"));
    }

    @Test
    void refusesADiscoveredLinkToAnotherLoopbackHost() throws Exception {
        Set<String> trusted = Set.of(Hosts.keyOrNull(site.base()));
        assertThrows(BlockedAddressException.class,
                () -> fetcher().fetch(FetchRequest.discovered(internal.url("/admin"), trusted)));
        assertEquals(0, internal.total());
    }

    @Test
    void refusesAnotherPortOnTheNamedAddress() throws Exception {
        Set<String> trusted = Set.of(Hosts.keyOrNull(site.base()));
        try (TestServer otherPort = TestServer.start()) {
            otherPort.html("/x", "another service");
            assertThrows(BlockedAddressException.class,
                    () -> fetcher().fetch(FetchRequest.discovered(otherPort.url("/x"), trusted)));
            assertEquals(0, otherPort.total());
        }
    }

    @Test
    void allowsADiscoveredLinkOnATrustedHost() throws Exception {
        site.html("/list", "ok");
        Set<String> trusted = Set.of(Hosts.keyOrNull(site.base()));
        fetcher().fetch(FetchRequest.discovered(site.url("/list"), trusted));
        assertEquals(1, site.count("/list"));
    }

    @Test
    void refusesAPublicLookingNameThatResolvesToAPrivateAddress() {
        HostResolver dns = host -> {
            if (host.equals("intranet.example.com")) return new InetAddress[] {InetAddress.getByName("10.1.2.3")};
            throw new UnknownHostException(host);
        };
        BlockedAddressException e = assertThrows(BlockedAddressException.class,
                () -> fetcher(dns).fetch(FetchRequest.discovered("http://intranet.example.com/", Set.of())));
        assertTrue(e.getMessage().contains("10.1.2.3"));
    }

    @Test
    void refusesANameWithAnyInternalAddressAmongPublicOnes() {
        HostResolver dns = host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("169.254.169.254")};
        assertThrows(BlockedAddressException.class,
                () -> fetcher(dns).fetch(FetchRequest.discovered("http://metadata.example.com/latest", Set.of())));
    }
}
