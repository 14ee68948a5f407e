package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.FetchException;

/** Credentials in a URL are neither stored nor shown: they were kept in the document's URL and in error lines. */
class UserInfoTest {
    @ParameterizedTest
    @CsvSource({
        "http://user:pw@host.example/a?b=c@d, http://host.example/a?b=c@d",
        "https://user@host.example:8443/, https://host.example:8443/",
        "http://a:b@c@host.example, http://host.example",
        "http://host.example/a@b, http://host.example/a@b",
        "/tmp/page@1.html, /tmp/page@1.html",
    })
    void stripsTheUserinfoOfTheAuthorityOnly(String url, String stripped) {
        assertEquals(stripped, UserInfo.strip(url));
    }

    @Test
    void theStoredUrlAndTheErrorLinesHaveNoCredentials() {
        PolicyDoc d = PolicyDoc.of("http://user:secret@host.example/p.html", new Fetched("http://user:secret@host.example/p.html", new byte[0], Map.of()));
        assertEquals("http://host.example/p.html", d.url());
        assertEquals("http://host.example/p.html", d.input());
        assertEquals(PolicyDoc.of(new Fetched("http://host.example/p.html", new byte[0], Map.of())).id(), d.id());
        FetchException e = new FetchException("http://user:secret@host.example/p.html", 0, "redirected to https://u:secret@other.example/");
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertEquals("http://host.example/p.html", e.url());
    }
}
