package org.policyminer.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.cli.CrawlCommand;
import org.policyminer.cli.PolicyMinerCommand;
import org.policyminer.fetch.TestServer;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.StoredArticle;
import org.policyminer.view.DocViews;
import picocli.CommandLine;

/**
 * A crawl over a loopback site (port 0) whose robots.txt disallows its file manager, as MIIT's does: the article's
 * allowed attachment is fetched once and found by its text; the disallowed one is never requested, and the article
 * keeps its link with robots.txt as the reason.
 */
class AttachmentCrawlTest {
    static final String ARTICLE = "/news/art/2023/art_a1b2c3d4e5f60009.html";

    @Test
    void theCrawlFetchesAllowedAttachmentsOnceAndKeepsDisallowedOnesAsLinks(@TempDir Path tmp) throws Exception {
        try (TestServer server = TestServer.start()) {
            server.text("/robots.txt", "User-agent: *\nDisallow: /cms_files/filemanager/\n");
            server.html("/", "<html><head><meta charset=\"utf-8\"><title>首页</title></head><body><ul class=\"list\">"
                    + "<li><a href=\"" + ARTICLE + "\">关于公布2023年先进制造业集群名单的通知</a><span>2023-03-12</span></li>"
                    + "<li><a href=\"" + ARTICLE + "#top\">关于公布2023年先进制造业集群名单的通知</a><span>2023-03-12</span></li></ul></body></html>");
            server.html(ARTICLE, AttachmentIndexTest.page("关于公布2023年先进制造业集群名单的通知",
                    "/files/2023/list.xlsx", "集群名单", "/cms_files/filemanager/1226211233/attach/20233/plan.docx", "实施方案"));
            byte[] xlsx = TestFiles.xlsx(List.of(List.of("序号", "集群名称"), List.of("1", "苏州市纳米新材料集群")));
            server.route("/files/2023/list.xlsx", ex -> TestServer.send(ex, 200,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));
            server.route("/cms_files/filemanager/1226211233/attach/20233/plan.docx", ex -> TestServer.send(ex, 200, "application/msword", TestFiles.docx("机密")));

            Path index = tmp.resolve("index");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = PolicyMinerCommand.configure(new CommandLine(new CrawlCommand()), new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("--index", index.toString(), "--delay", "0", "--retries", "0", server.url("/"));
            assertEquals(0, status, err.toString());

            assertEquals(1, server.count("/files/2023/list.xlsx"), "the attachment is fetched once: " + server.log());
            assertEquals(0, server.count("/cms_files/filemanager/1226211233/attach/20233/plan.docx"), "robots.txt disallows the file manager: " + server.log());
            try (PolicySearcher s = PolicySearcher.open(index)) {
                SearchResult r = s.search(SearchRequest.of("纳米新材料"));
                assertEquals(1, r.total(), "found through its attachment");
                assertNotNull(r.hits().get(0).matchedAttachment());
                assertEquals("集群名单", r.hits().get(0).matchedAttachment().name());
                StoredArticle a = s.article(r.hits().get(0).id()).orElseThrow();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> shown = (List<Map<String, Object>>) DocViews.article(a).get("attachments");
                assertEquals(2, shown.size(), shown.toString());
                assertEquals("实施方案", shown.get(1).get("name"));
                assertTrue(String.valueOf(shown.get(1).get("url")).contains("/cms_files/filemanager/"), "the link is kept: " + shown);
                assertTrue(String.valueOf(shown.get(1).get("error")).contains("robots.txt"), shown.toString());
            }
        }
    }
}
