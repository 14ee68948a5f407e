package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What {@link SpamDetector} reads once a line gives what each check made for itself: the folds ({@link SpamDetector.Folds})
 * are the folds, and a paragraph checked as a {@link SpamDetector.Line} (its words read by its own check, then handed to
 * its asides' glued search) is judged and cut as the paragraph checked as a string, step by step.
 */
class SpamDetectorLineTest {
    private static final SpamDetector DETECTOR = SpamDetector.standard();

    @Test
    void foldsAreTheFolds() throws IOException {
        for (List<String> page : pages()) {
            for (String l : page) {
                SpamDetector.Folds folds = new SpamDetector.Folds(l);
                assertEquals(SpamDetector.foldWidthAndDomains(l), folds.widthFolded(), l);
                assertEquals(SpamDetector.foldWidth(l), folds.wide(), l);
            }
        }
    }

    @Test
    void aLineIsJudgedAndCutAsItsString() throws IOException {
        int cut = 0, spam = 0, lines = 0;
        for (List<String> page : pages()) {
            Topic topic = Topic.of(page);
            for (String l : page) {
                lines++;
                SpamDetector.Line line = new SpamDetector.Line(l);
                boolean isSpam = DETECTOR.isSpamText(line, () -> topic, true);
                assertEquals(DETECTOR.isSpamText(l, () -> topic, true), isSpam, l);
                if (isSpam) {
                    spam++;
                    continue;
                }
                SpamDetector.Cut fromLine = DETECTOR.withoutSpamAsides(line, () -> topic, true);
                SpamDetector.Cut fromString = DETECTOR.withoutSpamAsides(l, () -> topic, true);
                assertEquals(fromString, fromLine, l);
                if (fromLine != null) cut++;
                if (line.wordsIfRead() != null) {
                    assertEquals(InsertedAsides.find(l), InsertedAsides.find(l, line.wordsIfRead()), l);
                }
            }
        }
        assertTrue(lines > 1_000 && spam > 100 && cut > 10, lines + " lines, " + spam + " spam, " + cut + " cut: the pages must hold adverts");
    }

    /**
     * The report's and the official account's excuses ({@link ScamReport#excuses}, {@link OfficialAccount#excuses}),
     * read only where a line could still be spam: a line either excuses is never spam and never asks the topic (as when
     * they were read first, so that it is settled for the next round), and on any other line they are no part of the
     * check (read at the same place as before, both false). Likewise a paragraph whose asides a scam report excuses is
     * never cut and its asides never ask the topic. Read on the pages with the dev adverts put in, the reports and
     * accounts of the tests that pin them, and each of those with a dev advert glued on.
     */
    @Test
    void anExcusedLineIsNotSpamAndNeverAsksTheTopic() throws IOException {
        int excused = 0, asidesExcused = 0;
        for (List<String> page : excusedPages()) {
            Topic topic = Topic.of(page);
            for (String l : page) {
                String wide = SpamDetector.foldWidth(l);
                boolean[] asked = {false};
                java.util.function.Supplier<Topic> tracked = () -> {
                    asked[0] = true;
                    return topic;
                };
                SpamDetector.Line line = new SpamDetector.Line(l);
                boolean isSpam = DETECTOR.isSpamText(line, tracked, true);
                if (ScamReport.excuses(l, wide) || OfficialAccount.excuses(l, wide)) {
                    excused++;
                    assertTrue(!isSpam && !asked[0], () -> "an excused line was judged spam or asked the topic: " + l);
                }
                if (isSpam || asked[0]) continue;
                if (!InsertedAsides.find(l).isEmpty() && ScamReport.excuses(l, wide)) {
                    asidesExcused++;
                    assertEquals(null, DETECTOR.withoutSpamAsides(line, tracked, true), l);
                    assertTrue(!asked[0], () -> "the asides of an excused paragraph asked the topic: " + l);
                }
            }
        }
        assertTrue(excused > 20 && asidesExcused > 5, excused + " excused, " + asidesExcused + " paragraphs' asides excused");
    }

    /**
     * Reports and official accounts (written for this test) that tell of an advert's trade, alone and with a dev advert
     * in brackets or glued on, as one page beside the corpus pages.
     */
    private static List<List<String>> excusedPages() throws IOException {
        List<List<String>> pages = new ArrayList<>(pages());
        String[] reports = {
                "警方提醒，凡是声称刷单返利、日赚千元的兼职都是诈骗，市民切勿轻信。",
                "据民警介绍，该团伙通过微信群发布高额返利信息，诱骗受害人充值，涉案金额达三百余万元。",
                "李某报警称，其在网上认识一名网友，对方以投资虚拟货币稳赚不赔为由骗取其二十万元。",
                "公安机关依法查处一批非法网络赌博平台，抓获犯罪嫌疑人十二名。",
                "法院审理查明，马某等人组织赌客扫码进入赌博网站下注，判处有期徒刑三年。",
                "反诈中心提示：出租出借银行卡、对公账户涉嫌违法，请勿为了小利参与。",
                "博彩监察协调局昨日公布，上月博彩毛收入按年增加百分之八。",
                "警方強調，只要聲稱「保證獲利」的投資群組，絕對是詐騙。",
                "市场监管部门严厉打击无证行医和虚假医疗广告，对违规发布者依法处罚。",
                "本局已要求各持牌公司加强对客户身份的核查。"};
        List<String> adverts = new ArrayList<>();
        for (String f : List.of("corpora/spam/inline-dev12.txt", "corpora/spam/inline-dev4.txt")) {
            for (String l : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) if (!l.isBlank()) adverts.add(l.strip());
        }
        List<String> page = new ArrayList<>();
        int next = 0;
        for (String r : reports) {
            page.add(r);
            for (int k = 0; k < 4; k++) {
                String a = adverts.get(next++ * 7 % adverts.size());
                page.add(r + "（" + a + "）" + r);
                page.add(r + a);
            }
        }
        pages.add(page);
        return pages;
    }

    /** The corpus pages' paragraphs, each page with advert lines of the dev files put between its own. */
    private static List<List<String>> pages() throws IOException {
        List<String> adverts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora/spam"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!l.isBlank()) adverts.add(l.strip());
            }
        }
        List<List<String>> pages = new ArrayList<>();
        int next = 0;
        try (Stream<Path> s = Files.walk(Path.of("corpora/pages"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(new CharsetSniffer().decode(Files.readAllBytes(f), java.util.Optional.empty(), "https://example.org/").text());
                if (doc.body() == null) continue;
                List<String> page = new ArrayList<>();
                for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) {
                    page.add(p.text());
                    // an advert after every third paragraph, alone or glued into the paragraph's last sentence
                    if (page.size() % 3 == 0) {
                        String advert = adverts.get(next++ % adverts.size());
                        page.add(next % 2 == 0 ? advert : p.text() + advert);
                    }
                }
                pages.add(page);
            }
        }
        assertTrue(pages.size() >= 20 && adverts.size() > 200, "corpora/pages or corpora/spam missing");
        return pages;
    }
}
