package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

/** Bad input gives a clear ExtractException or an article, never another exception. */
class ExtractRobustnessTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article run(byte[] bytes) throws ExtractException {
        return extractor.extract(new Fetched("http://fuzz.example/p.html", bytes, Map.of()));
    }

    @Test
    void emptyPageIsAnExtractException() {
        ExtractException e = assertThrows(ExtractException.class, () -> run(new byte[0]));
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void binaryDataIsAnExtractException() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThrows(ExtractException.class, () -> run(png));
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        ExtractException e = assertThrows(ExtractException.class, () -> run(random));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void deeplyNestedTagsDoNotOverflowTheStack() throws Exception {
        StringBuilder b = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) b.append("<div>");
        b.append("<p>很深的正文段落，内容完整，句子通顺。</p>");
        assertNotNull(run(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidAndTruncatedBytesStillGiveAnArticle() throws Exception {
        byte[] page = ("<html><head><meta charset=utf-8></head><body><p>正文内容，完整的一句话。</p><p>第二段落文字，继续说明").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(page, page.length - 1);
        broken[40] = (byte) 0xFF;
        assertNotNull(run(broken));
    }

    @Test
    void hugePagesAreCutNotChoking() throws Exception {
        StringBuilder b = new StringBuilder("<html><body>");
        String p = "<p>先进制造业集群发展迅速，企业数量不断增加，创新能力明显提升。</p>\n";
        while (b.length() < (ArticleExtractor.MAX_BYTES / 2) + 1000) b.append(p);
        Article a = run(b.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(a.removed().stream().anyMatch(r -> r.reason() == org.policyminer.doc.Removal.Reason.TRUNCATED));
    }

    /** Random and mutated pages: seeded, bounded count. */
    @Test
    void fuzzedPagesGiveAnArticleOrAnExtractException() throws Exception {
        byte[] seed = ArticleExtractorTest.fixture("seed-mirror.html");
        Random r = new Random(20260518);
        String alphabet = "<>/=\"' abcdpiv&;#先进制造业集群，。\n";
        for (int round = 0; round < 300; round++) {
            byte[] page;
            if (round % 3 == 0) {
                StringBuilder s = new StringBuilder();
                int len = r.nextInt(3000);
                for (int i = 0; i < len; i++) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
                page = s.toString().getBytes(StandardCharsets.UTF_8);
            } else {
                page = seed.clone();
                int edits = 1 + r.nextInt(50);
                for (int i = 0; i < edits; i++) page[r.nextInt(page.length)] = (byte) r.nextInt(256);
                if (r.nextBoolean()) page = java.util.Arrays.copyOf(page, r.nextInt(page.length) + 1);
            }
            try {
                assertNotNull(run(page));
            } catch (ExtractException expected) {
                assertNotNull(expected.getMessage());
            }
        }
    }
}
