package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CharsetSniffer#breaksEarly}: the probe that spares a GBK page its whole UTF-8 decode must never say "breaks"
 * of bytes whose whole UTF-8 decode is clean, or the sniffer would read them otherwise than before.
 */
class CharsetSnifferProbeTest {
    private static final Charset GBK = Charset.forName("GB18030");
    private static final String HAN = "国务院关于推进制造业高质量发展的若干意见各省自治区直辖市人民政府";

    @Test
    void aBreakInTheProbeIsABreakInTheWholeDecode() {
        Random random = new Random(19);
        int breaks = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] page = randomPage(random);
            boolean whole = new String(page, StandardCharsets.UTF_8).indexOf('\uFFFD') >= 0;
            if (CharsetSniffer.breaksEarly(page)) {
                breaks++;
                assertTrue(whole, () -> "probe broke on bytes whose UTF-8 decode is clean: " + page.length + " bytes, from " + java.util.HexFormat.of().formatHex(page, 0, Math.min(page.length, 48)));
            }
        }
        assertTrue(breaks > 1_000, "the probe is taken on a fair share of the mixed pages: " + breaks);
    }

    @Test
    void aGbkPageBreaksEarlyAndAUtf8PageDoesNot() {
        String html = "<html><head><meta charset=gbk><title>" + HAN + "</title></head><body><p>" + HAN.repeat(40) + "</p></body></html>";
        assertTrue(CharsetSniffer.breaksEarly(html.getBytes(GBK)));
        assertFalse(CharsetSniffer.breaksEarly(html.getBytes(StandardCharsets.UTF_8)));
        assertFalse(CharsetSniffer.breaksEarly("<p>ascii only</p>".getBytes(StandardCharsets.US_ASCII)));
        // a multibyte character that straddles the probe's nominal end is read whole (the window ends before an ASCII byte)
        String straddling = "<p>" + "汉".repeat(CharsetSniffer.PROBE_BYTES) + "</p>";
        assertFalse(CharsetSniffer.breaksEarly(straddling.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pagesDecodeAsTheWholeUtf8DecodeDecides() {
        CharsetSniffer sniffer = new CharsetSniffer();
        String html = "<html><head><title>" + HAN + "</title></head><body><p>" + HAN.repeat(20) + "</p></body></html>";
        for (Optional<String> header : java.util.List.of(Optional.<String>empty(), Optional.of("text/html; charset=gbk"), Optional.of("text/html; charset=utf-8"))) {
            CharsetSniffer.Decoded gbk = sniffer.decode(html.getBytes(GBK), header, "http://www.example.gov.cn/a.html");
            assertEquals(html, gbk.text(), "GBK bytes under " + header);
            assertEquals(GBK, gbk.charset());
            CharsetSniffer.Decoded utf8 = sniffer.decode(html.getBytes(StandardCharsets.UTF_8), header, "http://www.example.gov.cn/a.html");
            assertEquals(html, utf8.text(), "UTF-8 bytes under " + header);
            assertEquals(StandardCharsets.UTF_8, utf8.charset());
        }
    }

    /** ASCII, UTF-8 and GBK Han, stray high bytes, a literal U+FFFD, a sequence cut short: in random order and lengths. */
    private static byte[] randomPage(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = 1 + random.nextInt(8);
        for (int p = 0; p < pieces; p++) {
            String han = HAN.substring(random.nextInt(HAN.length() / 2), HAN.length()).repeat(1 + random.nextInt(30));
            byte[] piece = switch (random.nextInt(7)) {
                case 0 -> "<p class=x>some ascii text</p>".repeat(1 + random.nextInt(60)).getBytes(StandardCharsets.US_ASCII);
                case 1, 2 -> han.getBytes(StandardCharsets.UTF_8);
                case 3 -> han.getBytes(GBK);
                case 4 -> new byte[] {(byte) (0x80 + random.nextInt(128))};
                case 5 -> "\uFFFD".getBytes(StandardCharsets.UTF_8);
                default -> {
                    byte[] whole = han.getBytes(StandardCharsets.UTF_8);
                    yield java.util.Arrays.copyOf(whole, Math.max(1, whole.length - 1 - random.nextInt(2)));
                }
            };
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }
}
