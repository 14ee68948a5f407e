package org.policyminer.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.CommitPolicy;
import org.policyminer.ingest.IngestReport;
import org.policyminer.ingest.IngestService;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.StoredArticle;
import org.policyminer.view.DocViews;
import org.policyminer.view.SearchViews;

/**
 * A saved page whose attachments sit beside it, ingested into a real index: a term that only its attachment holds
 * finds the article and the hit names the attachment; a corrupt attachment leaves the article indexed with the error.
 */
class AttachmentIndexTest {

    static String page(String title, String... links) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(title).append("</title></head><body>")
                .append("<div class=\"article\"><h1>").append(title).append("</h1><div class=\"info\">发布时间：2023-03-12</div>")
                .append("<div class=\"content\">");
        for (int i = 0; i < 4; i++) {
            sb.append("<p>各省、自治区、直辖市工业和信息化主管部门：为深入贯彻落实制造强国战略，推动先进制造业集群高质量发展，")
                    .append("经地方推荐、专家评审和公示，现将有关名单予以公布。请各地加强指导，完善支持政策，推动集群发展壮大。</p>");
        }
        sb.append("<p>附件：</p><ul>");
        for (int i = 0; i < links.length; i += 2) sb.append("<li><a href=\"").append(links[i]).append("\">").append(links[i + 1]).append("</a></li>");
        return sb.append("</ul><p>工业和信息化部</p><p>2023年3月10日</p></div></div></body></html>").toString();
    }

    private static IngestReport ingest(Path dir, Path index, Path... pages) throws Exception {
        try (PolicyIndex idx = PolicyIndex.open(index, true)) {
            IngestService ing = new IngestService(IngestService.standardPipeline(AttachmentSource.standard(new HttpFetcher())),
                    new PageSource(new HttpFetcher()), idx, 1, CommitPolicy.batchesOf(10));
            List<IngestService.Input> in = java.util.Arrays.stream(pages).map(p -> new IngestService.Input(p.toString(), null)).toList();
            return ing.ingest(in, null);
        }
    }

    @Test
    void aTermOnlyInTheSpreadsheetFindsTheArticleAndNamesTheAttachment(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("list.xlsx"), TestFiles.xlsx(List.of(List.of("序号", "集群名称", "牵头城市"),
                List.of("1", "苏州市纳米新材料集群", "苏州市"), List.of("2", "常州市新型碳材料集群", "常州市"))));
        Path p = dir.resolve("notice.html");
        Files.writeString(p, page("关于公布2023年先进制造业集群名单的通知", "list.xlsx", "集群名单"), StandardCharsets.UTF_8);
        IngestReport r = ingest(dir, dir.resolve("index"), p);
        assertEquals(1, r.added(), r.errors().toString());
        try (PolicySearcher s = PolicySearcher.open(dir.resolve("index"))) {
            SearchResult res = s.search(SearchRequest.of("纳米新材料"));
            assertEquals(1, res.total());
            SearchResult.Hit h = res.hits().get(0);
            assertNotNull(h.matchedAttachment(), "the hit says which attachment matched");
            assertEquals("集群名单", h.matchedAttachment().name());
            assertTrue(h.matchedAttachment().url().endsWith("/list.xlsx"), h.matchedAttachment().url());
            assertEquals(List.of("1", "苏州市纳米新材料集群", "苏州市"), h.matchedAttachment().row());
            @SuppressWarnings("unchecked")
            Map<String, Object> hit = (Map<String, Object>) ((List<?>) SearchViews.search(res).get("hits")).get(0);
            assertTrue(hit.containsKey("matchedAttachment"), hit.toString());
            // a word of the body finds it too, and that hit names no attachment
            SearchResult body = s.search(SearchRequest.of("制造强国战略"));
            assertEquals(1, body.total());
            assertNull(body.hits().get(0).matchedAttachment());
            assertTrue(s.search(SearchRequest.of("city:常州市")).total() == 1, "entities of the attachment count for the article");
        }
    }

    @Test
    void aTermOnlyInThePdfFindsTheArticle(@TempDir Path dir) throws Exception {
        assumeTrue(TestFiles.hasCjkFont(), TestFiles.NO_FONT);
        Files.write(dir.resolve("rules.pdf"), TestFiles.pdf(false, "第一条 为促进量子精密测量产业发展，制定本细则。"));
        Path p = dir.resolve("notice.html");
        Files.writeString(p, page("关于印发产业发展细则的通知", "rules.pdf", "产业发展细则"), StandardCharsets.UTF_8);
        assertEquals(1, ingest(dir, dir.resolve("index"), p).added());
        try (PolicySearcher s = PolicySearcher.open(dir.resolve("index"))) {
            SearchResult res = s.search(SearchRequest.of("量子精密测量"));
            assertEquals(1, res.total());
            assertEquals("产业发展细则", res.hits().get(0).matchedAttachment().name());
            assertTrue(res.hits().get(0).matchedAttachment().snippet().contains("<em>量子精密测量</em>"), res.hits().get(0).matchedAttachment().snippet());
        }
    }

    @Test
    void aCorruptOrMissingAttachmentLeavesTheArticleIndexedWithTheError(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.docx"), "PK\u0003\u0004 no zip".getBytes(StandardCharsets.ISO_8859_1));
        Path p = dir.resolve("notice.html");
        Files.writeString(p, page("关于公布2023年先进制造业集群名单的通知", "broken.docx", "实施方案", "gone.pdf", "缺失的名单",
                "../outside.pdf", "目录外的文件"), StandardCharsets.UTF_8);
        Files.write(dir.getParent().resolve("outside.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        try {
            IngestReport r = ingest(dir, dir.resolve("index"), p);
            assertEquals(1, r.added(), r.errors().toString());
            assertEquals(0, r.failed());
            try (PolicySearcher s = PolicySearcher.open(dir.resolve("index"))) {
                SearchResult res = s.search(SearchRequest.of("制造强国战略"));
                assertEquals(1, res.total());
                StoredArticle a = s.article(res.hits().get(0).id()).orElseThrow();
                assertEquals(3, a.attachments().size());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> shown = (List<Map<String, Object>>) DocViews.article(a).get("attachments");
                assertEquals("实施方案", shown.get(0).get("name"));
                assertNotNull(shown.get(0).get("error"), shown.toString());
                assertTrue(String.valueOf(shown.get(1).get("error")).startsWith("no such file beside the page"), shown.toString());
                assertEquals("not a file beside the page", shown.get(2).get("error"), shown.toString());
            }
        } finally {
            Files.deleteIfExists(dir.getParent().resolve("outside.pdf"));
        }
    }
}
