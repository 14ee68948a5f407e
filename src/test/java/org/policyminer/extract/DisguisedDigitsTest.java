package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, fifth pass: numbers written in circled digits, runs of Chinese digits or with a letter O among the
 * digits are contacts (the fourth pass's held-out file leaked 扣扣：①⑤⑥… on five pages); an article's years, amounts
 * and list markers are not.
 */
class DisguisedDigitsTest {
    @Test
    void disguisedNumbersAreFoundAndFolded() {
        assertEquals("微信 3318907", DisguisedDigits.fold("微信 ③③①⑧⑨⓪⑦"));
        assertEquals("客服 4009281", DisguisedDigits.fold("客服 四零零九二八一"));
        assertEquals("热线 13501234567", DisguisedDigits.fold("热线 壹叁伍零壹贰叁肆伍陆柒"));
        assertEquals("电话135 0123 4567", DisguisedDigits.fold("电话一三五 零一二三 四五六七"), "grouped with spaces");
        assertEquals("Q 20604417", DisguisedDigits.fold("Q 2O6O4417"), "letter O among digits");
        assertEquals("网址 hg88.vip", DisguisedDigits.fold("网址 hg⑧⑧.vip"), "short symbol runs are read as digits too");
        for (String s : List.of("③③①⑧⑨⓪⑦", "四零零九二八一", "2O6O4417", "❶❷❸❹❺")) assertTrue(DisguisedDigits.find(s), s);
    }

    @Test
    void yearsAmountsAndListMarkersAreNotDisguisedNumbers() {
        for (String s : List.of("一九九八年一月，全县完成投资三千五百万元", "二〇二二年十二月", "①加强组织领导；②强化要素保障；③完善政策措施",
                "联系电话：010-68205000", "第一二三批名单", "GDP增长5.2%，总量126058亿元", "Office 2016 Pro")) {
            assertFalse(DisguisedDigits.find(s), s);
        }
        assertEquals("一九九八年一月", DisguisedDigits.fold("一九九八年一月"));
    }
}
