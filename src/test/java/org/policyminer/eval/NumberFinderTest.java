package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each table is one rule of {@link NumberFinder}; expected output is "span=value" per number, joined by " | ". */
class NumberFinderTest {
    private static String find(String text) {
        return new NumberFinder().find(text).stream()
                .map(n -> text.substring(n.start(), n.end()) + "=" + BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "fraction {0}")
    @CsvSource(delimiter = ';', value = {
        "三分之二的代表赞成; 三分之二=0.6666666666666666",
        "约八分之 一; 八分之 一=0.125",
        "四分 之三; 四分 之三=0.75",
        "十分之9; 十分之9=0.9",
        "8分之六; 8分之六=0.75",
        "负4分之负二; 负4分之负二=0.5",
        "两千分之五十; 两千分之五十=0.025",
        "还剩七分之; 七=7",
    })
    void denominatorFirstFractions(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "mixed {0}")
    @CsvSource(delimiter = ';', value = {
        "两又四分之一; 两又四分之一=2.25",
        "负二又二分之一; 负二又二分之一=-2.5",
        "六十 又 5分之2; 六十 又 5分之2=60.4",
        "二十万又十万分之一; 二十万又十万分之一=200000.00001",
    })
    void mixedNumbers(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "slash {0}")
    @CsvSource(delimiter = ';', value = {
        "占比3/4; 3/4=0.75",
        "-5/2; -5/2=-2.5",
        "2 1/4杯; 2 1/4=2.25",
        "７／８; ７／８=0.875",
        "2024/11/25; 2024=2024 | 11=11 | 25=25",
    })
    void slashFractions(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "notation {0}")
    @CsvSource(delimiter = ';', value = {
        "3e4; 3e4=30000",
        "1.5E-2; 1.5E-2=0.015",
        "-4e+2; -4e+2=-400",
        "３ｅ２; ３ｅ２=300",
        "3^4; 3^4=81",
        "-2^3; -2^3=-8",
        "4^-1; 4^-1=0.25",
        "2^--2; 2^--2=4",
        ".25; .25=0.25",
        "-.75; -.75=-0.75",
        "3.5 M; 3.5 M=3500000",
        "4M; 4M=4000000",
        "5G网络; 5=5",
    })
    void arabicNotations(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "units {0}")
    @CsvSource(delimiter = ';', value = {
        "三万万; 三万万=300000000",
        "2万万; 2万万=200000000",
        "三万万五千万; 三万万五千万=350000000",
        "半千; 半千=500",
        "半万; 半万=5000",
        "俩百; 俩百=200",
        "俩千零五; 俩千零五=2005",
    })
    void unitsAndColloquialDigits(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "spaces {0}")
    @CsvSource(delimiter = ';', value = {
        "3万 2千; 3万 2千=32000",
        "六百 点 二五; 六百 点 二五=600.25",
        "二十 余 万; 二十 余 万=200000",
        "三十 几万; 三十 几万=300000",
        "１２， 34; １２=12 | 34=34",
        "８，８８８; ８，８８８=8888",
    })
    void spacesAndSeparators(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "lone {0}")
    @CsvSource(delimiter = ';', value = {
        "他是一个人; 一=1",
        "答案是七; 七=7",
        "选八而不是九; 八=8 | 九=9",
        "要三的话; 三=3",
        "走了两小时; 两=2",
        "二点两; 二=2 | 两=2",
        "大家一起; ''",
        "五金店; ''",
        "九州; ''",
        "队伍整齐; ''",
        "拾金不昧; ''",
        "内陆; ''",
        "三三两两; ''",
        "千千万万的人; ''",
        "两两相对; ''",
        "这十分重要; ''",
        "等了十分钟; 十=10",
        "满分十分; 十=10",
        "一一对应; ''",
    })
    void loneNumeralsAndWords(String text, String expected) {
        assertEquals(expected, find(text));
    }

    @ParameterizedTest(name = "not a plain number {0}")
    @CsvSource(delimiter = ';', value = {
        "增长了五％; ''",
        "提高3%; ''",
        "两个百分点; 两=2",
        "--7; 7=7",
        "10-20; 10=10 | 20=20",
        "负六; 负六=-6",
    })
    void percentagesAndDashes(String text, String expected) {
        assertEquals(expected, find(text));
    }
}
