package org.policyminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.convert.ScriptConverter;

class QueryLanguageTest {
    private final QueryLanguage ql = new QueryLanguage(new ScriptConverter()::toSimplified);

    @Test
    void wordsPhrasesExclusionsAndOr() {
        ParsedQuery q = ql.parse("集成电路 \"新能源 汽车\" -光伏 上海 OR 南京");
        assertEquals(List.of(List.of("集成电路"), List.of("新能源 汽车"), List.of("上海", "南京")), q.required());
        assertEquals(List.of("光伏"), q.excluded());
    }

    @Test
    void traditionalQueryBecomesSimplified() {
        assertEquals(ql.parse("集成电路 -光伏 city:南京市"), ql.parse("集成電路 -光伏 city:南京市"));
        assertEquals(List.of(List.of("集成电路")), ql.parse("“集成電路”").required());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "number:国办发[2018]|国办发〔2018〕", "number:工信部联规【2021】|工信部联规〔2021〕", "number:国办发|国办发",
            "number:国办发〔2018〕128号|国办发〔2018〕128号", "number:國辦發(2018)128號|国办发〔2018〕128号"})
    void aNumberFilterIsNormalisedToListASeries(String query, String prefix) {
        assertEquals(prefix, ql.parse(query).filters().document().number());
    }

    @Test
    void documentFilters() {
        DocumentFilter d = ql.parse("issuer:國務院辦公廳 type:意见 written:2018 cites:国发[2018]5号 政务").filters().document();
        assertEquals("国务院办公厅", d.issuer());
        assertEquals("意见", d.type());
        assertEquals(java.time.LocalDate.of(2018, 1, 1), d.writtenFrom());
        assertEquals(java.time.LocalDate.of(2018, 12, 31), d.writtenTo());
        assertEquals("国发〔2018〕5号", d.cites());
        assertThrows(InvalidQueryException.class, () -> ql.parse("written:2018-13-01"));
    }

    @Test
    void fieldFiltersAndAmountComparisons() {
        Filters f = ql.parse("集群 city:南京市 year:2025 amount>=1000亿 from:2021-01-01 kind:target").filters();
        assertEquals("南京市", f.city());
        assertEquals(2025, f.year());
        assertEquals(1.0e11, f.minAmount());
        assertEquals(LocalDate.of(2021, 1, 1), f.from());
        assertEquals("target", f.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "集群 \"未闭合 | unbalanced quote",
        "foo:bar | unknown field 'foo'",
        "amount>=很多 | bad amount '很多'",
        "year:20x5 | bad year",
        "OR 集群 | OR needs a word before it",
        "集群 OR | OR needs a word after it",
        "from:2021-13-01 | bad date for from"
    })
    void invalidQueriesNameTheProblem(String query, String message) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> ql.parse(query));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1000亿,1.0e11", "1.5万亿,1.5e12", "3e11,3.0e11", "800万元,8.0e6", "'1,200亿元',1.2e11", "2000,2000"})
    void amountsTypedAsFilters(String text, double expected) {
        assertEquals(expected, AmountValue.parse(text), expected * 1e-12);
    }
}
