package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/** Years and parts of years of figures, against the publication date (annotation notes, "year / period"). */
class FigureTimeTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "今年上半年，全市集成电路产业营收达到1200亿元。|2024-08-01|2024|H1|-|-",
            "去年上半年，全市营收达到1000亿元。|2024-08-01|2023|H1|-|-",
            "上半年，全市营收达到1000亿元。|2024-08-01|2024|H1|-|-",
            "前三季度实现营业收入3000亿元。|2024-01-15|2023|Q1-Q3|-|-",
            "一季度工业投资为二百五十亿元。|2023-05-01|2023|Q1|-|-",
            "2023年1—9月，生物医药产业规模突破1500亿元。|2024-01-01|2023|M01-M09|-|-",
            "2023年1-6月份，产值达到800亿元。|2024-01-01|2023|M01-M06|-|-",
            "前5个月，产值达到800亿元。|2024-07-01|2024|M01-M05|-|-",
            "第二季度，全省营收达到1200亿元。|2024-08-01|2024|Q2|-|-",
            "二〇二五年，集群产值力争突破4000亿元。|2023-05-01|2025|-|-|-",
            "“十四五”期间将再投入3000亿元。|2021-03-23|-|-|2021|2025",
            "“十五五”时期将投入5000亿元。|2025-10-01|-|-|2026|2030",
            "2021—2025年累计投资1000亿元。|2021-01-01|-|-|2021|2025",
            "明年力争营收突破6000亿元。|2022-11-01|2023|-|-|-",
            "2023年上半年营收500亿元，预计全年突破1000亿元。|2023-07-20|2023|-|-|-"})
    void readsYearsAndParts(String text, String published, Integer year, String period, Integer from, Integer to) {
        var amounts = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention a = amounts.get(amounts.size() - 1);
        assertEquals(year, a.year(), text);
        assertEquals(period, a.period(), text);
        assertEquals(from, a.periodFrom(), text);
        assertEquals(to, a.periodTo(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024年12月底，全市在建项目总投资达2020亿元。其中，集成电路项目总投资1412亿元。|2024",
            "2022年，全市规上工业产值突破1万亿元，其中电子信息产业产值超过3000亿元。|2022"})
    void aYearCarriesToLaterClausesAndToItsSentence(String text, int year) {
        for (AmountMention a : recognizer.recognize(text, LocalDate.parse("2025-01-10")).amounts()) assertEquals(year, a.year(), a.text());
    }
}
