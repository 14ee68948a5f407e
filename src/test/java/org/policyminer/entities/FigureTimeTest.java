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
            "2023年1-6月份，产值达到800亿元。|2024-01-01|2023|H1|-|-",
            "前5个月，产值达到800亿元。|2024-07-01|2024|M01-M05|-|-",
            "第二季度，全省营收达到1200亿元。|2024-08-01|2024|Q2|-|-",
            "二〇二五年，集群产值力争突破4000亿元。|2023-05-01|2025|-|-|-",
            "“十四五”期间将再投入3000亿元。|2021-03-23|-|-|2021|2025",
            "“十五五”时期将投入5000亿元。|2025-10-01|-|-|2026|2030",
            "2021—2025年累计投资1000亿元。|2021-01-01|-|-|2021|2025",
            "明年力争营收突破6000亿元。|2022-11-01|2023|-|-|-",
            "2023年上半年营收500亿元，预计全年突破1000亿元。|2023-07-20|2023|-|-|-",
            "今年1月至3月，全市产业规模1695亿元。|2025-08-09|2025|Q1|-|-",
            "2024年1月至11月累计出口额达169.5亿美元。|2025-01-10|2024|M01-M11|-|-",
            "二000年该市高新技术产品产值达一千零六十四亿元。|2001-09-17|2000|-|-|-",
            "他预测，到二0一0年这一产业带将带来四千亿元的工业产值。|2001-09-17|2010|-|-|-",
            "12月13日至23日，28个项目集中开工，总投资百亿元。|2021-12-29|2021|-|-|-",
            "上半年，增加值达到393亿元，较去年同期增加32亿元。|2025-09-04|2025|H1|-|-",
            "2016年8月获批示范城市，3年内安排100亿元以上的专项资金。|2017-04-01|-|-|-|-",
            // 目前 opening its clause dates a present state by a shown publication date (conventions, part 1); inside a
            // phrase (还是目前全国唯一…) it dates nothing; 截至目前 counts up to the publication and keeps its year.
            "目前，全市产值规模达1460亿元。|2023-05-09|2023|-|-|-",
            "目前全市纳米产业相关企业已有1128家，产值规模达1460亿元。|2023-05-09|2023|-|-|-",
            "柳州市还是目前全国唯一的城市，汽车产量超过200万辆，产值达2000亿元。|2011-05-04|-|-|-|-",
            "目前我们公司投资5亿元实施年产3000台工业机器人项目。|2023-05-09|-|-|-|-",
            // session 22: bases, spaced years, Minguo years of two digits, statistical months, parts still running
            "2021年，全县实现地区生产总值164.5亿元；进出口总额34.98亿元，是2012年的4倍。|2023-10-18|2021|-|-|-",
            "自2012年入选综合试点城市以来，财政部已累计下达补助资金9.5亿元。|2015-06-01|-|-|-|-",
            "到 2027 年底，力争实现新增 1 个 5000 亿级产业。|2025-03-01|2027|-|-|-",
            "97年度营业额预估可顺利达成3,600亿元目标。|2008-05-29|2008|-|-|-",
            "中部科学工业园区97年1-4月累计营业额达新台币1,116.5亿元。|2008-05-29|2008|M01-M04|-|-",
            "该园区97年历史中累计投资3600亿元。|2008-05-29|-|-|-|-",
            "11月份，我市固定资产投资首次突破100亿元大关。|2012-12-10|2012|M11|-|-",
            "11月份，工业投资完成47.4亿元，比10月份增加23.3亿元。|2012-12-10|2012|M11|-|-",
            "1至11月份累计完成投资226.6亿元，较去年全年多增31.5亿元。|2012-12-10|2012|M01-M11|-|-",
            "今年上半竹科总营业额达5533.79亿元。|2008-08-12|2008|H1|-|-",
            "下半年会更好，全年挑战1.198兆元。|2008-08-12|2008|-|-|-",
            "面向新的一年，确保集群规上企业营业收入达9.3万亿元。|2024-01-20|2024|-|-|-",
            "1月28日，金川集团披露，全年实现营业收入3315亿元。|2023-01-28|2022|-|-|-",
            "2022年落户，达产后可实现年产值300亿元。|2021-07-12|-|-|-|-",
            "股东应占基础盈利为港币三十亿四千八百万元，较去年同期之港币五十四亿四千一百万元减少。|2025-08-21|2024|-|-|-",
            // dev5 (session 22): the base's own figure of a written year, bracketed Minguo bases, days of the publication,
            // a half month, a year's task handed down, 元至九月
            "今年首两月公共财政盈余达86.99亿元，较2025年同期的62.7亿元大幅上升。|2026-03-18|2025|M01-M02|-|-",
            // session 23: a base's own figure keeps the part of the year (dev5 d5-0007); fiscal years of Hong Kong budgets
            "今年首三月财政盈余达40亿元，较2024年同期的30亿元上升。|2025-04-18|2024|Q1|-|-",
            "政府在二零一七/一八年度估计录得盈余一千三百八十亿元。|2018-02-28|2017|-|-|-",
            "2019/20年度的预算开支为6000亿元。|2019-02-27|2019|-|-|-",
            "新一个财政年度，会为旅游业额外拨款三亿九千六百万元。|2018-02-28|2018|-|-|-",
            // ruling R4: Hong Kong's fiscal year opened the April before a March page (session 23 read 2018)
            "政府在今个财政年度在创新与科技项目上的港币500亿元预算项目。|2018-03-01|2017|-|-|-",
            "今(107)年1-3月核准侨外投资786件，较去(106)年同期增29件，投(增)资金额22.5亿美元。|2018-04-20|2018|Q1|-|-",
            "投资台湾事务所今日再添7案斥资539亿元。|2021-12-23|2021|-|-|-",
            "高雄市长今天指出，重大投资新台币6680亿元。|2017-09-28|-|-|-|-",
            // session 24: fiscal years in numerals (Macau laws), Minguo budget years in numerals (Taiwan councils)
            "通过二零一八财政年度第一补充预算，金额为澳门币3,082,614.90元。|2018-04-18|2018|-|-|-",
            "市府所提之九十四年度总预算案岁入合计四百亿元。|2004-12-09|2005|-|-|-",
            "政府上个财政年度的一般收入帐目超支约132.9亿元。|2024-10-25|2023|-|-|-",
            "上月录得有形贸易顺差50亿元。|2024-03-27|2024|M02|-|-",
            "从100年至103年间，区内厂商扩厂投资8亿元。|2015-04-16|-|-|2011|2014",
            "上个月的进口总值为80亿元。|2024-01-20|2023|M12|-|-",
            "博彩税收头三个月的收入为二百亿元。|2015-04-21|2015|Q1|-|-",
            "收入比上月增加20亿元。|2024-03-27|-|-|-|-",
            "该剧团成立九十四年，获补助200万元。|2004-12-09|-|-|-|-",
            // session 24: a day that dates the publishing of a document (预算案今日发表) dates no figure in it
            "新一份《财政预算案》今日发表，政府将向园区注资50亿元。|2026-02-25|-|-|-|-",
            "年度报告昨日出炉，集团将再投资20亿元。|2024-03-20|-|-|-|-",
            "澳门3月上半月(首15天)赌收达105.5亿元。|2026-03-18|2026|-|-|-",
            "1-10月，全县实际内联引资35.6亿元，完成市分配任务25亿元的142.4%。|2012-10-30|2012|-|-|-",
            "元至九月，全县完成生产总值56.7亿元。|2018-11-16|2018|M01-M09|-|-",
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

    /** The lead's ruling (session 22): an estimated publication date still dates 今年 / 11月份; only 目前 goes undated. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "今年1-6月的营业额达新台币7,383.44亿元。|2024-08-01|2024|H1",
            "11月份，我市固定资产投资达到115.7亿元。|2012-12-10|2012|M11",
            "目前，年产值达200多亿元。|2022-04-28|-|-",
            "截至目前，累计实际利用台资205.9亿美元。|2023-12-06|-|-"})
    void anEstimatedDateDatesEverythingBut目前(String text, String published, Integer year, String period) {
        var amounts = recognizer.recognize(text, LocalDate.parse(published), true).amounts();
        AmountMention a = amounts.get(amounts.size() - 1);
        assertEquals(year, a.year(), text);
        assertEquals(period, a.period(), text);
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
    /**
     * Session 25 (dev..dev6 year/period misses, by class): a base's part of the year (较去年第4季的4.8%) is not the
     * figure's; a fiscal year written 2023-2024年度 is one year (the one it opens in); a span of fiscal years; a Minguo
     * span 民国114年起至117年; 目前 after the metric it dates (人均GDP目前已超过); a single month before 零售业; 全年的…
     * in a first-quarter release (the year just ended); an abbreviated year ○五年 / 〇八年.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "第1季私人消费支出上升2.3%，较上年第4季的4.8%为低；住户在内地的消费为7.63亿澳门元。|2010-05-15|2010|Q1|-|-",
            "第一季度进口增长3%，比2009年第四季度为高，进口总值为50亿元。|2010-05-15|2010|Q1|-|-",
            "政府提交《追加拨款(2023-2024年度)条例草案》，申请追加约133亿元拨款。|2024-10-25|2023|-|-|-",
            "预期政府在2026/27年度至2030/31年度期间，期内财政储备将增至超过七千亿元。|2026-02-25|-|-|2026|2030",
            "计划自民国114年起至117年，共投入5亿元。|2024-11-21|-|-|2025|2028",
            "该县人均GDP目前已超过3.2万元。|2021-06-09|2021|-|-|-",
            "5月零售业营业额3,197亿元，月增率-7%。|2022-06-23|2022|M05|-|-",
            "全年的人均本地生产总值为55.9万澳门元。|2024-03-01|2023|-|-|-",
            "该市汽车零部件产业在○五年即有180亿元的缺口。|2006-06-01|2005|-|-|-",
            "合计三大方案在年底收关前，拉出1兆6073亿元投资。|2021-12-23|2021|-|-|-",
            "4月初，该区引进月星集团47亿元投资。|2020-05-14|2020|-|-|-",
            // dev7: a base fiscal year (比二零一三/一四年度), a year in two Chinese digits (一二年), 3 月份 spaced
            "二零一四/一五年度的开支预计为三千亿元，比二零一三/一四年度的修订预算减少一百三十八亿元。|2014-02-26|2014|-|-|-",
            "统计处指一二年访港旅客为本港带来二千九百六十一亿元经济贡献。|2014-05-16|2012|-|-|-",
            "过去一二年内投资五十亿元。|2025-05-16|-|-|-|-",
            "澳门政府 3 月份的博彩税收入为71.3亿澳门元。|2024-04-23|2024|M03|-|-"})
    void yearsAndPeriodsOfSession25(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /** Session 26 (dev7): a month range spaced from 月 (1—10 月份), a base month of a named year (较2023年同月的…). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1—10 月份，全市新签约工业项目总投资1115.2 亿元。|2023-11-15|2023|M01-M10|-|-",
            "1-8 月，全县规上工业产值达到120亿元。|2023-11-15|2023|M01-M08|-|-",
            "政府3月份的博彩税收入为71.3亿澳门元，较2023年同月的40.2亿澳门元增长77%。|2024-04-23|2023|M03|-|-",
            "政府 3 月份的博彩税收入为71.3亿澳门元，较 2023 年同月的40.2 亿澳门元增长 77%。|2024-04-23|2023|M03|-|-",
            // a base month written with its change: the figure is the month's own (较2018年同月微跌0.2%)
            "2019年3月零售业总销货价值为397亿元，较2018年同月微跌0.2%。|2019-05-04|2019|M03|-|-",
            // dev8: 1-12月 in digits opening a statistics report is a cumulative range (一月至十二月 in words stays the year)
            "截止目前，全县重点工程进展顺利，1-12月份，完成投资77.57亿元。|2022-01-21|2021|M01-M12|-|-",
            // dev8: a Minguo base written 较去107年同期 (no bracket); a two-digit Minguo year before 的 (96年的营业额)
            "今(108)年上半年营收达13.73兆元，较去107年同期成长0.79%，税前净利为8,463亿元。|2019-08-15|2019|H1|-|-",
            "国科会公布了三大科学园区96年的营业额，其中竹科的部分，达11418亿元。|2008-01-30|2007|-|-|-"})
    void yearsAndPeriodsOfSession26(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /**
     * Ruling R4: Hong Kong's fiscal year opens on 1 April, so "this" fiscal year on a page of January to March opened the
     * April before; a part of it gets calendar months when they fall in one calendar year, else no part. Macau's fiscal
     * year is the calendar year; 新一个财政年度 is the one a budget speech is for.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "局长介绍政府在今个财政年度为创新科技项目预留的港币 500 亿元。|2018-03-01|2017|-|-|-",
            "今个财政年度的赤字预计为670亿元。|2026-02-26|2025|-|-|-",
            "本财政年度首十个月政府整体支出为二千零二十九亿元。|2004-02-29|2003|-|-|-",
            "本财政年度首5个月的整体开支为3,007亿港元。|2023-09-30|2023|M04-M08|-|-",
            "新一个财政年度会为旅游业额外拨款三亿九千六百万元。|2018-02-28|2018|-|-|-",
            "澳门特区本财政年度首5个月的总收入为300亿澳门元。|2023-06-10|2023|M01-M05|-|-"})
    void hongKongsFiscalYearOpensInApril(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /**
     * Ruling R7: a flow summed to a month end or a month (截至6月底…累计, 截止5月份…完成) covers the year up to it; a stock at a
     * date (余额, 总资产, 储备, an accumulated surplus) has no part of a year.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "截止5月份，全县固定资产投资完成74.5亿元，完成年度任务的35.48%。|2017-06-15|2017|M01-M05|-|-",
            "截至10月底，该市锂电新能源产业完成产值1100亿元。|2021-11-15|2021|M01-M10|-|-",
            "截至9月底，全市贷款余额为3000亿元。|2021-10-15|2021|-|-|-",
            "截至2024年6月底，外汇基金的总资产为39,786亿元，累计盈余为6,883亿元。|2024-07-31|2024|-|-|-",
            "截至6月底，全市累计完成投资300亿元。|2021-07-15|2021|H1|-|-"})
    void cumulativeFlowsAndStocks(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /** Ruling R3: months that are exactly a quarter or a half-year are written as that; other spans stay months. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "7-9月，全县实现产值65亿元。|2023-11-01|2023|Q3|-|-",
            "4月至6月，全县实现产值65亿元。|2023-08-01|2023|Q2|-|-",
            "7—12月，全县实现产值65亿元。|2024-01-15|2023|H2|-|-",
            "前8个月，全县实现产值65亿元。|2023-10-01|2023|M01-M08|-|-",
            "截至3月底，全县完成投资65亿元。|2023-04-15|2023|Q1|-|-",
            // a date in brackets right after the part restates its end (首三个月(截至3月31日))
            "澳门特区政府于2025年首三个月(截至3月31日)共录得博彩税收入222亿澳门元。|2025-04-10|2025|Q1|-|-"})
    void quartersAndHalvesWrittenAsSuch(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /** Session 28: 过去一年 is last year and 下一年 the coming one, in either script; 每一年 / 同一年 / 第一年 date nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "在燈具照明行業中，過去一年燈飾企業產值達到177億元。|2016-04-15|2015|-|-|-",
            "过去一年全市集成电路产业营收达到1200亿元。|2024-03-01|2023|-|-|-",
            "特區政府估算下一年博彩毛收入為2160億澳門元。|2023-11-01|2024|-|-|-",
            "每一年投入研發經費約3億元。|2023-11-01|-|-|-|-",
            // a Minguo base with its own figure (較112年度之…) is of its year; 111年歷史新高 is a year's record
            "113年度總預算歲出編列2兆8,818億元,較112年度之2兆6,891億元。|2023-10-01|2023|-|-|-",
            "113年度招商達1,021億元,超越111年歷史新高708億元。|2025-01-10|2022|-|-|-",
            // 上個財政年度…超支: overspending is no bar exceeded, so the figure keeps its fiscal year
            "政府上個財政年度一般收入帳目下有24項超支共約132.9億港元。|2024-10-25|2023|-|-|-",
            // a span of years and 从A增长到了B / 由人民币A上升至B: A is of the first year, B of the last
            "2020—2024年,我国全部工业增加值从31.3万亿元增长到了40.5万亿元。|2025-09-10|2024|-|-|-",
            "產業園2018年至2019年的收入由人民幣30.19億元上升。|2022-01-15|2018|-|-|-",
            // dev9: 2021全年 and 增长到2016的 (年 left out); the base figure of 较去年同季; a fiscal year written 2021-22年度
            "據悉,2021全年旅客人均消費為3173澳元。|2022-02-22|2021|-|-|-",
            "景德鎮陶瓷工業總產值由2007年的42億元,增長到2016的366.7億元。|2017-10-24|2016|-|-|-",
            "今年第一季度旅客總消費為159億元,較去年同季的145億元上升10%。|2013-05-21|2012|Q1|-|-",
            "截至2021年12底,2021-22年度首9個月的收入達5,025億元。|2022-02-10|2021|M04-M12|-|-",
            // a year-end report of December: 全年累计完成 is the year about to close
            "全年累計完成基礎設施投資近0.7億元,園區建成面積12.83平方公里。|2010-12-31|2010|-|-|-",
            "全年完成工业投资12亿元。|2010-06-30|-|-|-|-"})
    void thePastYearAndTheNextYear(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /**
     * Session 29: a base written as last year's month or quarter with its own figure right after it (较去年10月的8.33亿元,
     * 较去年第二季410.4亿澳门元) is of last year and of that part, as 较去年同季的… already is; a base with a change after it
     * (较去年第二季增长…) dates nothing, and 较去年全年 / 较去年 alone keep their readings.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "澳門博彩收入攤分每日計達8.42億元,亦較去年10月的8.33億元為高。|2012-03-14|2011|M10|-|-",
            "第二季博彩毛收入為346.2億澳門元,較去年第二季410.4億澳門元按年跌15.6%。|2019-07-18|2018|Q2|-|-",
            "今年3月收入為346.2億元,較去年第三季度的410.4億元為高。|2019-07-18|2018|Q3|-|-",
            "3月份收入为346.2亿元,比去年10月份的410.4亿元增加。|2019-07-18|2018|M10|-|-",
            // guards: a change after the base, or a plain last-year base, leave the figure its own time
            "第二季收入較去年第二季增加41億元。|2019-07-18|2019|Q2|-|-",
            "今年收入为346.2亿元,较去年的410.4亿元为高。|2019-07-18|2018|-|-|-"})
    void lastYearsMonthOrQuarterAsABaseWithItsFigure(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }

    /**
     * Session 29: 连续N年 in the figure's own clause is a span of N years: from a 自/从…年起 before it, else up to the
     * last whole year before the publication. A run in another clause, or a year that dates the figure itself, is left.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "台積電帶動上下游投資加碼,推動南科營業額連續四年突破兆元大關。|2025-05-23|-|-|2021|2024",
            "自2020年起,烟台市生物医药产业营业收入已经连续四年超过1000亿元。|2024-10-19|-|-|2020|2023",
            "从2019年起,全区工业产值连续三年突破500亿元。|2023-03-01|-|-|2019|2021",
            // guards
            "園區在招商引資方面連續10年達標,總投資金額超過1,140億元。|2020-11-26|-|-|-|-",
            "2020年,该市营业收入连续四年超过1000亿元。|2024-10-19|2020|-|-|-",
            "该市营业收入连续两年度超过1000亿元。|2024-10-19|-|-|-|-"})
    void aRunOfYearsInTheFiguresClauseIsASpan(String text, String published, Integer year, String period, Integer from, Integer to) {
        readsYearsAndParts(text, published, year, period, from, to);
    }
}
