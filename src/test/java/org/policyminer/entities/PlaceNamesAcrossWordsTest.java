package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.CityMention;

/**
 * Issue 17, session ent19: a province's short form read across the end of a city's name and the word after it (上海南站,
 * 威海南海新區 → 海南; 唐山西部 → 山西), and a dateline with no date (中新網威海電). Sentences made up in the shape of
 * d12-0147; guards hold the overlaps the recogniser already resolved (推广佛山, 其中山东, 江西安徽).
 */
class PlaceNamesAcrossWordsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | the cities listed, joined by "/" ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "上海南站今年客流量突破一千萬人次。|上海市",
            "唐山西部片區新落戶項目12個。|唐山市",
            "近日,威海南海新區與某集團簽訂合作協議。|威海市",
            "佛山西站片區開發提速。|佛山市",
            "珠海南屏科技園新增企業30家。|珠海市",
            "中新網煙臺電 近日,某公司簽訂合作協議。|-",
            // a disease named after a city is no mention of it (d12-0071)
            "受武漢肺炎疫情影響,第1季製造業產值減少2.15%。|-",
            // guards
            "推广佛山经验,做强制造业。|佛山市",
            "其中山東培育出8個國家級產業集群。|山东省",
            "海南和山西兩省簽署合作協議。|海南省/山西省",
            "新华社北京12月15日电 某部门发布数据。|-"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        String want = expected == null ? "" : String.join("/", java.util.Arrays.stream(expected.split("/")).sorted().toList());
        assertEquals(want, got, text + " " + c);
    }
}
