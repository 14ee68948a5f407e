package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CnDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020年7月27日|2020-07-27", "2020年07月27日|2020-07-27", "2024-04-06 16:40|2024-04-06", "2018/3/27|2018-03-27",
            "二〇〇四年十二月十七日|2004-12-17", "一九九六年六月二十九日|1996-06-29", "二○二三年十月五日|2023-10-05", "二〇二〇年三月三十一日|2020-03-31",
            "二00三年八月十二日|2003-08-12"})
    void readsDatesAsDocumentsWriteThem(String text, String iso) {
        assertEquals(iso, CnDates.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource({"国发〔2020〕8号", "2020年13月1日", "第3条"})
    void findsNoDateWhereThereIsNone(String text) {
        assertNull(CnDates.parse(text));
    }
}
