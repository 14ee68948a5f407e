package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare 元 / $ takes the currency of the place its sentence (else its text) names; a written currency, a mainland
 * place or two places leave it alone (conventions of dev4..dev6; models/place-currencies.tsv).
 */
class PlaceCurrencyTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "澳门特区政府今年的财政预算总额为$48,084,799,200.00。|MOP",
            "澳門今年首季博彩稅收達447.9億元。|MOP",
            "香港政府申请追加约133亿元拨款。|HKD",
            "财政司司长表示，政府向立法会申请注资100亿元。|HKD",
            "屏東整體營利事業銷售額計2,594.5億元。|TWD",
            "105年上半年科學園區整體出口額為6,396億元。|TWD",
            "三大科学园区去年营业额为1兆9664亿元。|TWD",
            "台湾企业在福州投资办厂，规模超过100亿元。|CNY",
            "比亞迪在香港公布中期業績，營業額升至252.15億元(人民幣，下同)，純利3.61億元。|CNY",
            "中医药产业的增加值由2022年的3.2亿元(澳门元，下同)增长。|MOP",
            "澳门与香港合作的项目总投资50亿元。|CNY",
            "全市规上工业产值达到5000亿元。|CNY",
            "这个平台南侧的项目总投资20亿元。|CNY",
            "香港公司在澳门投资了5亿港元。|HKD",
            "二零一四/一五年度的政府经营开支预计为三千二百五十亿元。|HKD",
            "政府经营帐目将转为录得513亿元盈余。|HKD",
            // session 29: Hong Kong's statistics department, a fiscal year written 2021-22年度, 本财政年度 (shared with Macau)
            "政府統計處公布，3月的零售業總銷貨價值的臨時估計為366億元。|HKD",
            "截至2021年12底，2021-22年度首9个月的收入达5,025亿元。|HKD",
            "本財政年度首十個月政府整體支出為二千零二十九億元。|HKD",
            "2021-2025年全市计划投资5000亿元。|CNY",
            "国家统计局公布，全国固定资产投资444035亿元。|CNY"})
    void bareYuanTakesThePlacesCurrency(String text, String currency) {
        var amounts = recognizer.recognize(text, LocalDate.of(2024, 5, 1)).amounts();
        assertEquals(currency, amounts.get(amounts.size() - 1).currency(), text);
    }

    /**
     * Lines of one page read one by one (a batch, a gold set): a line that names no place takes the place its page's
     * other lines name, else its host's country domain; a page that names a mainland city, or declares (人民币，下同),
     * keeps the yuan. The last line's last figure is read. Made-up pages in the shape of the dev sets' Macau releases,
     * Taiwan papers and Hong Kong reports of mainland firms.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // other lines name the place
            "example.com|澳門統計暨普查局公布第一季旅客消費。/旅客人均消費為1757元。|MOP",
            "example.com|澳门今年首季博彩收入按年上升。/其中中场收入为120亿元。|MOP",
            "example.com|屏東縣政府今年推動農業建設。/明年預算將編列2.97億元投入農水路更新。|TWD",
            // the host's country domain when no line names a place
            "news.example.com.tw|今年農業產值可望增加。/農業產值突破600億元。|TWD",
            "www.example.hk|政府公布上年度帳目。/上年度股票印花税为政府带来586亿元收入。|HKD",
            "www.example.mo|政府公布上年度帳目。/其中税收为120亿元。|MOP",
            "www.example.com|政府公布上年度帳目。/其中税收为120亿元。|CNY",
            // words Hong Kong and Macau share (特区政府, 立法会) follow a page that is Macau's; alone they stay Hong Kong's
            "example.com|澳門博彩監察協調局公布上月賭收。/特區政府向立法會申請追加撥款120億元。|MOP",
            "www.example.mo|政府公布帳目。/特區政府向立法會申請追加撥款120億元。|MOP",
            "example.com|香港政府公布帳目。/特區政府向立法會申請追加撥款120億元。|HKD",
            "example.com|政府公布帳目。/特區政府向立法會申請追加撥款120億元。|HKD",
            // a mainland city on the page, or a note that the page counts in yuan, keeps the yuan
            "www.example.com.hk|國家統計局公布，全國固定資產投資444035億元(人民幣．下同)。/第一產業投資8770億元。|CNY",
            "www.example.com.hk|深圳市今年推动项目建设。/全年完成投资500亿元。|CNY",
            "www.example.com|香港文匯報訊 比亞迪營業額升至252.15億元(人民幣，下同)。/純利增長至5.9億元。|CNY"})
    void aLineThatNamesNoPlaceTakesItsPagesPlace(String host, String page, String currency) {
        List<String> lines = Arrays.asList(page.split("/"));
        String pageCurrency = recognizer.pageCurrency(lines, host);
        var amounts = recognizer.recognize(lines.get(lines.size() - 1), LocalDate.of(2024, 5, 1), false, pageCurrency).amounts();
        assertEquals(currency, amounts.get(amounts.size() - 1).currency(), page);
    }

    /** A (X，下同) note holds for the later sentences of the same text, over the text's place (Hong Kong reports of mainland firms). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "香港文匯報訊 比亞迪營業額升至252.15億元(人民幣，下同)。同系比亞迪電子純利增長至5.9億元。|CNY",
            "澳門博彩總收入達93億元(澳門元.下同)。較去年同期的268億元增加。|MOP"})
    void aCurrencyNoteHoldsForLaterSentences(String text, String currency) {
        var amounts = recognizer.recognize(text, LocalDate.of(2024, 5, 1)).amounts();
        assertEquals(currency, amounts.get(amounts.size() - 1).currency(), text);
    }

    /** 澳元 is the pataca on a Macau line or page (Macau's press writes it short for 澳门元), the Australian dollar elsewhere. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "據統計暨普查局資料顯示，第4季旅客總消費上升7.4%至63.1億澳元。|MOP",
            "澳门第四季旅客人均消费为3235澳元。|MOP",
            "中国企业在澳大利亚投资50亿澳元。|AUD",
            "该公司以12亿澳元收购一座锂矿。|AUD"})
    void shortPatacaOnMacauLines(String text, String currency) {
        var amounts = recognizer.recognize(text, LocalDate.of(2024, 5, 1)).amounts();
        assertEquals(currency, amounts.get(amounts.size() - 1).currency(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"www.gov.mo|MOP", "udn.com.tw|TWD", "news.gov.hk|HKD", "hk.epochtimes.com|", "taiwan.cn|", "|"})
    void aHostsCountryDomainNamesItsPlace(String host, String currency) {
        assertEquals(currency, PlaceCurrency.ofHost(host));
    }

    /** The pipeline reads the page's host as the CLI does: a bare 元 a Taiwan paper's text places nowhere is the TWD. */
    @Test
    void theIngestReadsThePagesHost() {
        org.policyminer.doc.Article article = new org.policyminer.doc.Article("营收创新高", "2024-03-01", null,
                java.util.List.of("去年全年营业额为19664亿元。"), "UTF-8", java.util.List.of());
        String text = article.text();
        org.policyminer.doc.PolicyDoc doc = new org.policyminer.doc.PolicyDoc("https://news.example.com.tw/a/1", "https://news.example.com.tw/a/1",
                null, article, new org.policyminer.doc.Simplified(org.policyminer.doc.Script.SIMPLIFIED, article.title(), text), null);
        assertEquals("TWD", new EntityStage(recognizer).apply(doc).entities().amounts().get(0).currency());
        org.policyminer.doc.PolicyDoc mainland = new org.policyminer.doc.PolicyDoc("https://news.example.com/a/1", "https://news.example.com/a/1",
                null, article, new org.policyminer.doc.Simplified(org.policyminer.doc.Script.SIMPLIFIED, article.title(), text), null);
        assertEquals("CNY", new EntityStage(recognizer).apply(mainland).entities().amounts().get(0).currency());
        assertEquals("news.example.com.tw", org.policyminer.fetch.Hosts.ofUrl("https://news.example.com.tw:8443/a?b=1"));
        assertEquals(null, PlaceCurrency.ofUrl("corpora/pages/a.html"));
    }
}
