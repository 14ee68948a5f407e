package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Fetched;
import org.policyminer.extract.ArticleExtractor;

class CleanLinePlacementTest {
    @TempDir Path tmp;

    private static List<ExtractCase> hosts() throws Exception {
        byte[] b;
        try (InputStream in = CleanLinePlacementTest.class.getResourceAsStream("/extract/miit-article.html")) {
            b = in.readAllBytes();
        }
        ExtractCase c = new ExtractCase("miit", new Fetched("https://www.miit.gov.cn/a/art/2024/art_x.html", b, Map.of()),
                null, null, null, null, null, null);
        return List.of(c, c);
    }

    @Test
    void countsTheLinesTheExtractorRemovesAndKeepsTheOthers() throws Exception {
        String clean = "会议要求，各地工业和信息化主管部门要加强统筹协调，推动先进制造业集群培育工作落到实处。";
        String advert = "澳门金沙娱乐城官网注册即送88元彩金，真人荷官在线发牌，提款秒到账，加微信 vip8888 咨询客服。";
        CleanLinePlacement.Report r = new CleanLinePlacement(1).run(List.of(clean, advert), hosts(), new ArticleExtractor());
        assertEquals(2, r.lines());
        assertEquals(1, r.removed(), r.toString());
        assertFalse(r.results().get(0).removed(), "a policy sentence stays in either place");
        assertTrue(r.results().get(1).removedOwn() && r.results().get(1).removedAppended(), "an advert goes in both places");
        assertTrue(r.results().get(0).keptOwn().contains("先进制造业集群培育工作落到实处"));
        assertTrue(r.results().get(1).why().contains("spam-text"), r.results().get(1).why());
    }

    @Test
    void isDeterministic() throws Exception {
        List<String> lines = List.of("中国福利彩票发行管理中心公布，本期双色球一等奖开出6注，单注奖金为758万元。");
        CleanLinePlacement.Report a = new CleanLinePlacement(7).run(lines, hosts(), new ArticleExtractor());
        CleanLinePlacement.Report b = new CleanLinePlacement(7).run(lines, hosts(), new ArticleExtractor());
        assertEquals(a, b);
    }

    @Test
    void readsJsonLinesAndPlainLines() throws Exception {
        Path f = tmp.resolve("lines.jsonl");
        Files.writeString(f, "# a comment\n{\"text\": \"甲行公告\", \"host\": \"a.example\"}\n\n乙行公告\n{\"line\": \"丙行公告\"}\n");
        assertEquals(List.of("甲行公告", "乙行公告", "丙行公告"), CleanLinePlacement.readLines(f));
    }
}
