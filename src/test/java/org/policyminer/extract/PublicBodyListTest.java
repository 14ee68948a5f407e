package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PublicBodyListTest {
    /** A body far from the addressee line's words: the page is about gas safety, the line names governments. */
    private static final String BODY = "为进一步加强城镇燃气居民和餐饮用户用气安全风险源头管控，经市政府同意，现提出如下实施意见。"
            + "到2025年底，全市餐饮用户燃气泄漏报警装置安装率达到100%，老旧燃气管道更新改造全面完成。"
            + "各地要建立燃气安全隐患排查整治台账，落实燃气经营企业安全生产主体责任，定期开展入户安检。";

    @Test
    void anAddresseeListIsNoAdvert() {
        SpamDetector detector = SpamDetector.standard();
        Topic topic = Topic.of(List.of(BODY));
        for (String line : List.of(
                "各区人民政府,江北新区管委会,市府各委办局,市各直属单位:",
                "各开发区管委会(管理办),各镇人民政府,各街道办事处,市各委办局,市各直属单位:",
                "各县（市、区）人民政府，市政府各部门，各直属机构：",
                "各市、县人民政府，省政府各委、办、厅、局，各直属机构：",
                "各鄉鎮公所，縣府各局處，各有關單位：")) {
            assertTrue(PublicBodyList.is(line), line);
            assertFalse(detector.isSpamText(line, topic), line);
        }
    }

    @Test
    void aListOfTradesOrALineWithoutAColonIsNone() {
        for (String line : List.of(
                "足浴按摩院，私人会所，桑拿洗浴：",
                "百家乐，龙虎斗，炸金花，请加微信：",
                "各区人民政府，江北新区管委会，市府各委办局",
                "各区人民政府：",
                "市各直属单位要在今年年底前完成燃气安全隐患排查整治，建立台账，按月报送进展情况：")) {
            assertFalse(PublicBodyList.is(line), line);
        }
    }

    /** No advert line of the dev spam files (every trade, channel and shape written so far) reads as a list of bodies. */
    @Test
    void noDevSpamLineIsABodyList() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpora/spam"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("inline-dev")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("#")) assertFalse(PublicBodyList.is(line), f.getFileName() + ": " + line);
                }
            }
        }
    }
}
