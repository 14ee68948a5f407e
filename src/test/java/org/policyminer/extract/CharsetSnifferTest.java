package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
    private final CharsetSniffer sniffer = new CharsetSniffer();
    private static final Charset GBK = Charset.forName("GBK");
    /** 镕 and 喆 are outside GB2312: a strict GB2312 decoder garbles them. */
    private static final String TEXT = "<p>朱镕基、陶喆：先进制造业集群发展</p>";

    private static byte[] page(String meta, String body, Charset cs) {
        return ("<html><head>" + meta + "</head><body>" + body + "</body></html>").getBytes(cs);
    }

    @Test
    void decodesGb2312LabelAsGb18030() {
        CharsetSniffer.Decoded d = sniffer.decode(page("<meta charset=gb2312>", TEXT, GBK), Optional.empty(), "http://x/");
        assertEquals("GB18030", d.charset().name());
        assertEquals(true, d.text().contains("朱镕基、陶喆"));
    }

    @Test
    void trustsBytesOverALyingLabel() {
        CharsetSniffer.Decoded d = sniffer.decode(page("<meta charset=gb2312>", TEXT, StandardCharsets.UTF_8), Optional.empty(), "http://x/");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(true, d.text().contains("朱镕基"));
    }

    @Test
    void headerLabelWinsOverMeta() {
        CharsetSniffer.Decoded d = sniffer.decode(page("<meta charset=utf-8>", TEXT, GBK), Optional.of("text/html; charset=GBK"), "http://x/");
        assertEquals("GB18030", d.charset().name());
        assertEquals(true, d.text().contains("先进制造业"));
    }

    @Test
    void utf8LabelOnGbkBytesFallsBackToGb18030() {
        CharsetSniffer.Decoded d = sniffer.decode(page("<meta charset=utf-8>", TEXT, GBK), Optional.empty(), "http://x/");
        assertEquals("GB18030", d.charset().name());
    }

    @Test
    void unlabelledGuessesUtf8ThenGb18030() {
        assertEquals(StandardCharsets.UTF_8, sniffer.decode(page("", TEXT, StandardCharsets.UTF_8), Optional.empty(), "http://x/").charset());
        assertEquals("GB18030", sniffer.decode(page("", TEXT, GBK), Optional.empty(), "http://x/").charset().name());
    }

    @Test
    void big5LabelDecodesAsHkscs() {
        Charset big5 = Charset.forName("Big5");
        CharsetSniffer.Decoded d = sniffer.decode(page("<meta charset=big5>", "<p>先進製造業集群</p>", big5), Optional.empty(), "http://x.tw/");
        assertEquals("Big5-HKSCS", d.charset().name());
        assertEquals(true, d.text().contains("先進製造業集群"));
    }

    @Test
    void bomDecidesBeforeLabels() {
        byte[] body = page("<meta charset=gbk>", TEXT, StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(StandardCharsets.UTF_8, sniffer.decode(withBom, Optional.of("text/html; charset=gbk"), "http://x/").charset());
    }

    @Test
    void truncatedUtf8IsStillUtf8() {
        byte[] b = page("", TEXT + "集", StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(b, b.length - "</body></html>".length() - 1);
        assertEquals(StandardCharsets.UTF_8, sniffer.decode(cut, Optional.empty(), "http://x/").charset());
    }
}
