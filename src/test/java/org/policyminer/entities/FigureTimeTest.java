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
            "2023年上半年营收500亿元，预计全年突破1000亿元。|2023-07-20|2023|-|-|-",
            "今年1月至3月，全市产业规模1695亿元。|2025-08-09|2025|M01-M03|-|-",
            "2024年1月至11月累计出口额达169.5亿美元。|2025-01-10|2024|M01-M11|-|-",
            "二000年该市高新技术产品产值达一千零六十四亿元。|2001-09-17|2000|-|-|-",
            "他预测，到二0一0年这一产业带将带来四千亿元的工业产值。|2001-09-17|2010|-|-|-",
            "12月13日至23日，28个项目集中开工，总投资百亿元。|2021-12-29|2021|-|-|-",
            "上半年，增加值达到393亿元，较去年同期增加32亿元。|2025-09-04|2025|H1|-|-",
            "2016年8月获批示范城市，3年内安排100亿元以上的专项资金。|2017-04-01|-|-|-|-",
            // 目前 names a present state, no year (the real-text sets leave such figures undated); 截至目前 counts up to the
            // publication and keeps its year.
            "目前，全市产值规模达1460亿元。|2023-05-09|-|-|-|-",
            "截至目前，累计完成投资超1550亿元。|2021-06-08|2021|-|-|-",
            "公司2022年半年度实现营业收入为1129.71亿元。|2022-08-23|2022|H1|-|-",
            "去年，研发经费支出约3160亿元，比2023年增长约360亿元。|2025-02-11|2024|-|-|-",
            // dev2 (session 18): a year that starts a comparison or a span is no figure's year; 首季; after an event to come.
            "2024年上半年生产总值2043亿元，自2019年以来再次突破2000亿元水平。|2024-08-23|2024|H1|-|-",
            "上半年生产总值恢复至2019年同期的86%，突破2000亿元。|2024-08-23|2024|H1|-|-",
            "上市公司今年首季海外投资获利达1075亿元。|2021-10-01|2021|Q1|-|-",
            "2022年，重卡项目落户如皋，达产后可实现年产值300亿元。|2023-05-05|-|-|-|-",
            // dev3 (session 19): bracketed years, Taiwan years, last year's figure, spans written with ―.
            "去(2020)年台湾IC产业总产值为3.2兆元。|2021-11-04|2020|-|-|-",
            "预估今（2021）年产值将达到4.1兆元。|2021-11-04|2021|-|-|-",
            "103年总营收达2兆3,248亿元。|2015-02-12|2014|-|-|-",
            "105年上半年科学园区整体出口额为6,396亿元。|2016-08-17|2016|H1|-|-",
            "较102年成长6.28%，出口达1兆3,672亿元。|2015-02-12|-|-|-|-",
            "近100年来累计投入100亿元。|2015-02-12|-|-|-|-",
            "今年上半年营业额为1兆780亿元，较去年同期1兆1335亿元下滑4.89%。|2016-08-17|2015|H1|-|-",
            "也较前年的27亿元大幅成长。|2009-01-15|2007|-|-|-",
            "2002――2011年，累计完成固定资产投资4.72万亿元。|2012-10-20|-|-|2002|2011",
            "2012年到2021年，营业收入从7万亿元增长至14.1万亿元。|2022-09-26|2021|-|-|-",
            "开发区9月份出口再创新高，达12.5亿美元。|2023-10-20|2023|M09|-|-",
            "园区11月进出口额为30亿元。|2023-02-10|2022|M11|-|-",
            "2001年3月，外商投资500万元创办工厂。|2023-02-10|2001|-|-|-",
            // dev3 (session 21): 累计 after a single month sums the year to it; a Hong Kong filing's period ended on a
            // date in Chinese numerals; a January-to-December span is the whole year.
            "2014年4月,企业累计实现工业增加值31.87亿元。|2014-05-20|2014|M01-M04|-|-",
            "集团截至二零二五年六月三十日止六个月内,基础盈利为港币三十亿四千八百万元。|2025-08-21|2025|H1|-|-",
            "截至二零二四年九月三十日止九个月，收入为港币十亿元。|2024-11-21|2024|M01-M09|-|-",
            "集团截至二零二四年十二月三十一日止年度，溢利为港币十亿元。|2025-03-21|2024|-|-|-",
            "已超越去年一月至十二月的二．一一兆元。|2025-12-13|2024|-|-|-",
            // a figure named as the year's task is the whole year's; 过去的一年 in an early-year report; a future event.
            "1—3月份，园区实现工业总产值17.78亿元，完成年任务75亿元的23.7%。|2016-04-20|2016|-|-|-",
            "在过去的一年，宁德市不锈钢产业实现产值2095亿元。|2024-01-11|2023|-|-|-",
            "预估110年开发完成后，可增加年产值约26亿元。|2019-10-31|-|-|-|-",
            "南投8月16日电，未来预计可年创新台币百亿元产值。|2024-08-16|-|-|-|-",
            "2025年要推动未来产业建链扩链，规模企业开票达1200亿元。|2025-01-20|2025|-|-|-",
            // Taiwan and Hong Kong phrasing (read after conversion to simplified): quarters without 度, 首N个月 / 前N月,
            // Minguo years after 民国, fiscal years, 年内 / 本年度, 去年同期 opening its own clause.
            "今年首三季營業額達2兆元。|2023-11-01|2023|Q1-Q3|-|-",
            "今年前三季營收達2兆元。|2023-11-01|2023|Q1-Q3|-|-",
            "今年第3季營收達8000億元。|2023-11-01|2023|Q3|-|-",
            "2023年1至3季，營收逾5000億元。|2024-10-20|2023|Q1-Q3|-|-",
            "今年首10個月出口達3000億美元。|2023-11-20|2023|M01-M10|-|-",
            "今年前10月出口達3000億美元。|2023-11-20|2023|M01-M10|-|-",
            "民國98年產值為5000億元。|2010-03-01|2009|-|-|-",
            "2024財年營收達500億元。|2024-11-20|2024|-|-|-",
            "年內完成投資50億元。|2024-03-20|2024|-|-|-",
            "本年度營收預計達50億元。|2024-05-20|2024|-|-|-",
            "去年同期營收為5000億元。|2024-10-20|2023|-|-|-",
            "營收達50億元，較去年同期增長5%。|2024-05-20|-|-|-|-",
            "三年内投资50亿元。|2024-05-20|-|-|-|-",
            // full-width digits, Minguo years in brackets, 上年, Q3, 年初至今; a relative year after 较/比 is a base
            // unless its own figure follows it (较前年的27亿元).
            "２０２３年全市產值達５０００億元。|2024-03-01|2023|-|-|-",
            "去(111)年營收達1兆元。|2023-03-01|2022|-|-|-",
            "上年全市地区生产总值达5000亿元。|2024-03-01|2023|-|-|-",
            "2024年Q3營收達50億元。|2024-11-01|2024|Q3|-|-",
            "年初至今，出口達500億美元。|2024-08-20|2024|-|-|-",
            "较去年增加50亿元。|2024-03-01|-|-|-|-",
            "也较前年的27亿8800万元大幅成长。|2009-01-15|2007|-|-|-",
            "10年以上年均投资50亿元。|2024-03-01|-|-|-|-"})
    void readsYearsAndParts(String text, String published, Integer year, String period, Integer from, Integer to) {
        var amounts = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention a = amounts.get(amounts.size() - 1);
        assertEquals(year, a.year(), text);
        assertEquals(period, a.period(), text);
        assertEquals(from, a.periodFrom(), text);
        assertEquals(to, a.periodTo(), text);
    }

    @org.junit.jupiter.api.Test
    void aChangeOverASpanGivesEachEndItsYear() {
        var a = recognizer.recognize("2012年到2021年，营业收入从7万亿元增长至14.1万亿元。", LocalDate.of(2022, 9, 26)).amounts();
        assertEquals(2012, a.get(0).year());
        assertEquals(null, a.get(0).periodFrom());
        assertEquals(2021, a.get(1).year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024年12月底，全市在建项目总投资达2020亿元。其中，集成电路项目总投资1412亿元。|2024",
            "2022年，全市规上工业产值突破1万亿元，其中电子信息产业产值超过3000亿元。|2022",
            "2013年，全省产业集群发展到103个；全市实现营业收入6892.2亿元、利税565.3亿元。|2013",
            "2020年前三季度，工业增加值5965.20亿元。分地市看，深圳(3706.31亿元)、东莞(1017.06亿元)。|2020"})
    void aYearCarriesToLaterClausesAndToItsSentence(String text, int year) {
        for (AmountMention a : recognizer.recognize(text, LocalDate.parse("2025-01-10")).amounts()) assertEquals(year, a.year(), a.text());
    }
}
