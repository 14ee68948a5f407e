package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms issue 19 lists for a 文号, each a class the reader must normalise (made-up lines, real shapes). */
class DocumentNumbersTest {

    private static List<String> numbers(String text) {
        return DocumentNumbers.find(text).stream().map(DocumentNumbers.Found::number).toList();
    }

    /** 〔year〕 in any bracket style: a page's font or editor puts other pairs where 〔〕 was. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "国办发〖2018〗128号|国办发〔2018〕128号",
            "国办发「2018」128号|国办发〔2018〕128号",
            "国办发『2018』128号|国办发〔2018〕128号",
            "国办发〘2018〙128号|国办发〔2018〕128号",
            "国办发＜2018＞128号|国办发〔2018〕128号",
            "国办发《2018》128号|国办发〔2018〕128号",
            "按照国办发“2018”128号文件|国办发〔2018〕128号",
            "国办发‹2018›128号|国办发〔2018〕128号"})
    void aYearInAnyPairOfBracketsIsTheNumbers(String text, String number) {
        assertEquals(List.of(number), numbers(text));
    }

    /** The ministries number their decrees by year and serial (交通运输部令2016年第5号), joint ones by every body. */
    @Test
    void aMinistrysDecreeNumberedByYearAndSerialKeepsItsYear() {
        assertEquals(List.of("交通运输部令2016年第5号"), numbers("依据交通运输部令2016年第5号"));
        assertEquals(List.of("商务部、公安部令2005年第8号"), numbers("《典当管理办法》（商务部、公安部令2005年第8号）"));
        assertEquals(List.of("国家发展和改革委员会令2016年第1号"), numbers("国家发展和改革委员会令 2016年 第 1 号"));
        // a title that ends in 令 over a year and serial (a county's 禁火令, 2026年第1号) is no body's decree number
        assertTrue(numbers("光泽县人民政府森林防火禁火令\n2026年第1号)").isEmpty());
        // the State Council's decrees keep the library's form
        assertEquals(List.of("国令第707号"), numbers("中华人民共和国国务院令 第707号"));
    }

    /** A joint 公告 is numbered by all its bodies (财政部 税务总局公告2019年第39号), not by the last. */
    @Test
    void aJointAnnouncementKeepsEveryBody() {
        assertEquals(List.of("财政部 税务总局公告2019年第39号"), numbers("按照财政部 税务总局公告2019年第39号规定"));
        assertEquals(List.of("财政部、海关总署公告2020年第3号"), numbers("财政部、海关总署公告2020年第3号"));
        assertEquals(List.of("海关总署公告2016年第52号"), numbers("海关总署 公告 2016年 第52号"));
    }

    /** The spoken order, 公告 last (依照海关总署2016年52号公告), is the 公告's number. */
    @Test
    void anAnnouncementNumberWrittenInTheSpokenOrderIsTheAnnouncements() {
        assertEquals(List.of("海关总署公告2016年第52号"), numbers("依照海关总署2016年52号公告规定"));
        assertEquals(List.of("国家税务总局公告2018年第31号"), numbers("国家税务总局2018年第31号公告"));
        // no body before the year: which body's 公告 is not known
        assertTrue(numbers("根据2016年第52号公告").isEmpty());
    }

    /** A code spaced out letter by letter (国 办 发〔2018〕128号), and the ideographic space in a number. */
    @Test
    void aNumberGarbledBySpacesIsReadWhole() {
        assertEquals(List.of("国办发〔2018〕128号"), numbers("国 办 发〔2018〕128号"));
        assertEquals(List.of("国办发〔2018〕128号"), numbers("国办发\u3000〔2018〕128\u3000号"));
        assertEquals(List.of("赣安办字〔2018〕18号"), numbers("赣安办字 〔 2018 〕 18 号"));
        // a one-character word before a spaced code is no letter of it when it follows another character (现将 国发)
        assertEquals(List.of("国发〔2018〕5号"), numbers("现将 国发〔2018〕5号转发给你们"));
    }

    /** The 1990s wrote a two-digit year in the brackets too (国办发〔98〕45号), after a code that ends as codes end. */
    @Test
    void aTwoDigitYearAfterACodeIsOfTheNineteenHundreds() {
        assertEquals(List.of("国办发〔1998〕45号"), numbers("国办发〔98〕45号"));
        assertEquals(List.of("国办发明电〔1997〕3号"), numbers("国办发明电〔97〕3号"));
        assertTrue(numbers("按办法(95)12号执行").isEmpty());
    }

    /** A body's full name run into its code where a line lost its spaces, and a verb that publishes it, are no part of it. */
    @Test
    void aNameOrAVerbRunIntoTheCodeIsNoPartOfIt() {
        assertEquals(List.of("晋政办发〔2007〕120号"), numbers("山西省人民政府办公厅晋政办发〔2007〕120号"));
        assertEquals(List.of("财税〔2015〕2号"), numbers("财政部与国家发改委联合发布财税[2015]2号通知"));
        // a code may end in 公告 (a county's land notices): it keeps its brackets and its serial as written
        assertEquals(List.of("昌政征启公告〔2024〕05号"), numbers("昌政征启公告〔2024〕05号"));
        // a decree or an announcement is numbered by the body's full name
        assertEquals(List.of("潍坊市人民政府令第77号"), numbers("潍坊市人民政府令第77号"));
        assertEquals(List.of("山东省人民政府办公厅公告2019年第1号"), numbers("山东省人民政府办公厅公告2019年第1号"));
    }

    @Test
    void aCodeWithDataInItIsWholeAndASerialsDiIsKept() {
        // 据 opens 根据, but 数据 is a code's word (the data administration's codes)
        assertEquals("发改数据规〔2025〕26号", DocumentNumbers.find("发改数据规〔2025〕26号").get(0).number());
        assertEquals("国发〔2014〕45号", DocumentNumbers.find("根据国发〔2014〕45号").get(0).number());
        // the number as written: 第 before the serial stays
        assertEquals("某政征预告字〔2023〕第5号", DocumentNumbers.find("某政征预告字〔2023〕第5号").get(0).number());
    }

    /** Spaces where a page lost the brackets, only after a code that reads as one (docs19). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "某政发 2020 5号|某政发〔2020〕5号",
            "某政发\u30002020\u30005号|某政发〔2020〕5号",
            "某府字 2020 第5号|某府字〔2020〕第5号",
            "某政办函 2021 12 号|某政办函〔2021〕12号"})
    void spacesInPlaceOfTheBracketsAroundTheYear(String text, String number) {
        assertEquals(List.of(number), numbers(text.replace("\\u3000", "\u3000")));
    }

    @Test
    void spacesAroundAYearAfterWordsThatAreNoCodeAreNoNumber() {
        assertEquals(List.of(), numbers("某市 2020 5号楼"));
        assertEquals(List.of(), numbers("全市共有 2020 5号"));
    }

    /** A page that lost the brackets or the closing one runs the year into the serial: a code that reads as one, a year, the serial. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "（某政办发201835号）|某政办发〔2018〕35号",
            "（某教函202011号）|某教函〔2020〕11号",
            "(国办发〔20161号)|国办发〔2016〕1号",
            "和某政办发〔2016113号|某政办发〔2016〕113号"})
    void aYearRunIntoTheSerialAfterACode(String text, String number) {
        assertEquals(List.of(number), numbers(text));
    }

    @Test
    void digitsRunTogetherAfterWordsThatAreNoCodeAreNoNumber() {
        assertEquals(List.of(), numbers("某小区201835号"));
        assertEquals(List.of(), numbers("编号2018123号"));
        // without any bracket, a page's own garbled heading is no number it shows (the golds' convention)
        assertEquals(List.of(), numbers("1、某教函202011号某市教育局关于印发某方案的通知"));
    }
}
