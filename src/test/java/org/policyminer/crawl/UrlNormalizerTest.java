package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
    private final UrlNormalizer n = new UrlNormalizer();

    private String norm(String url) {
        return n.normalize(url).orElseThrow();
    }

    @Test
    void lowerCasesSchemeAndHostButNotThePath() {
        assertEquals("https://www.miit.gov.cn/XWFB/Index.html", norm("HTTPS://WWW.MIIT.gov.CN/XWFB/Index.html"));
    }

    @Test
    void dropsFragmentAndDefaultPortAndAddsARootPath() {
        assertEquals("http://a.example/", norm("http://a.example:80#top"));
        assertEquals("https://a.example/x", norm("https://a.example:443/x#p2"));
        assertEquals("http://a.example:8080/x", norm("http://a.example:8080/x"));
    }

    @Test
    void removesTrackingParametersAndSortsTheRest() {
        assertEquals("http://a.example/list?b=2&page=3", norm("http://a.example/list?utm_source=wx&page=3&b=2&UTM_medium=x&gclid=1"));
        assertEquals("http://a.example/list", norm("http://a.example/list?utm_campaign=z"));
    }

    @Test
    void resolvesRelativeLinksAndDotSegments() {
        URI base = URI.create("http://www.ndrc.gov.cn/xxgk/zcfb/tz/index.html");
        assertEquals("http://www.ndrc.gov.cn/xxgk/zcfb/tz/202510/t20251014_1400943.html",
                n.normalize(base, "./202510/t20251014_1400943.html").orElseThrow());
        assertEquals("http://www.ndrc.gov.cn/xxgk/zcfb/gg/", n.normalize(base, "../gg/").orElseThrow());
        assertEquals("http://www.ndrc.gov.cn/a.html", n.normalize(URI.create("http://www.ndrc.gov.cn"), "a.html").orElseThrow());
    }

    @Test
    void encodesSpacesAndChineseCharacters() {
        assertEquals("http://a.example/%E6%94%BF%E7%AD%96/a%20b.html", norm("http://a.example/政策/a b.html"));
    }

    @Test
    void ignoresNonHttpLinks() {
        for (String s : new String[] {"javascript:void(0)", "mailto:a@b.cn", "#top", "", "ftp://a.example/x", "tel:12345"}) {
            assertEquals(Optional.empty(), n.normalize(URI.create("http://a.example/"), s), s);
        }
    }

    @Test
    void givesOneSpellingForVariantsOfOnePage() {
        String a = norm("http://A.example:80/news/index.html?utm_source=weibo#top");
        String b = norm("http://a.example/news/./index.html");
        assertEquals(a, b);
        assertTrue(a.endsWith("/news/index.html"));
    }

    @Test
    void writesInternationalisedHostNamesInPunycode() {
        assertEquals("http://xn--fiqs8s.xn--zfr164b/a.html", norm("http://中国.政务/a.html"));
    }
}
