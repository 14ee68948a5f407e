package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparators and metrics as the annotation notes name them. */
class ComparatorsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "集群产值突破4000亿元。|突破", "营收超4000亿元。|超过", "营收逾4000亿元。|超过", "产值跨越4000亿元。|超过",
            "产值达4000亿元。|达到", "产值迈上4000亿元台阶。|达到", "投资不少于50亿元。|以上", "投资50亿元以上。|以上",
            "产值约4000亿元。|约", "产值4000亿元左右。|约", "产值近4000亿元。|近", "产值4000多亿元。|多", "产值达到4000余亿元。|多",
            "实现营业收入4000亿元。|-", "产值达到1000亿元以上。|以上", "产值突破1000亿元以上。|突破"})
    void namesTheComparatorAsTheNotesDo(String text, String comparator) {
        assertEquals(comparator, recognizer.recognize(text, null).amounts().get(0).comparator(), text);
    }

    /** 不 before a comparator negates it (R9: an upper bound has no comparator; 不低于 is a lower bound, 以上). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "募集资金总额预计不超过4.96亿元。|-", "单个项目补助不高于500万元。|-", "总投资不低于50亿元。|以上",
            "投资额低于2000万元的项目。|-", "营收超过4000亿元。|超过", "产值高于4000亿元。|超过"})
    void readsANegatedComparatorAsItsBound(String text, String comparator) {
        assertEquals(comparator, recognizer.recognize(text, null).amounts().get(0).comparator(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"营业收入达到4000亿元。|营收", "主营业务收入达到4000亿元。|营收", "销售收入达到4000亿元。|营收",
            "工业总产值达到4000亿元。|产值", "产业规模达到4000亿元。|规模", "地区生产总值达到4000亿元。|GDP",
            "到2025年，发展目标为4000亿元。|规模"})
    void namesTheMetricAsTheNotesDo(String text, String metric) {
        assertEquals(metric, recognizer.recognize(text, null).amounts().get(0).metric(), text);
    }
}
