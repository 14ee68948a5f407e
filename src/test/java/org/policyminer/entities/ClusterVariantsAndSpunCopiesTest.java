package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyminer.doc.ClusterMention;

/**
 * Issue 17, dev13 (ent21): a list's 特色 designation shared by its items, national names written with a word inserted
 * or with their places spread over the sentence, and names in copies rewritten by synonym spinners. Sentences made up
 * in the shapes of real ones.
 */
class ClusterVariantsAndSpunCopiesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> names(String text) {
        return recognizer.recognize(text, null).clusters().stream().map(ClusterMention::name).toList();
    }

    private List<Boolean> national(String text) {
        return recognizer.recognize(text, null).clusters().stream().map(ClusterMention::national).toList();
    }

    /** Bare items before one head whose designation holds 特色: each item is a 特色 cluster (conventions, dev3 and dev13). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "平江县休闲食品、桃江县竹木、益阳市赫山区电容器等3个国家中小企业特色产业集群入选。|平江县休闲食品特色集群,桃江县竹木特色集群,益阳市赫山区电容器特色集群",
            "介绍临澧县新材料、安乡县农机等2个省级特色产业集群。|临澧县新材料特色集群,安乡县农机特色集群",
            // no count: 特色 before the shared head is every item's, not only the last one's
            "临澧县新材料、安乡县电子信息特色产业集群入选。|临澧县新材料特色集群,安乡县电子信息特色集群"})
    void aListsSpecialtyDesignationIsSharedByItsItems(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /** 耗材 heads a product class like 医用耗材 (dev5 d5-0178: 打印设备及耗材 was missed). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "中山市打印耗材产业集群入选。|中山市打印耗材集群",
            "新增荆门市东宝区打印设备及耗材、福田区智能终端等2个产业集群。|荆门市东宝区打印设备及耗材集群,福田区智能终端集群"})
    void consumablesAreAnIndustry(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /** Items written with their own head, or a designation said by a verb after the list, keep the names they have. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "东凤镇数智家电产业集群、沙溪镇休闲服装产业集群等2个特色产业集群入选。|东凤镇数智家电集群,沙溪镇休闲服装集群",
            "崇仁输变电设备、樟树金属家具等2个集群,全部入选国家中小企业特色产业集群。|崇仁输变电设备集群,樟树金属家具集群",
            "邵阳市双清区电子玻璃等18个产业集群为省级中小企业特色产业集群培育对象。|邵阳市双清区电子玻璃集群"})
    void itemsWithTheirOwnHeadKeepTheirNames(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /** A national name with 创新 inserted before 集群 is the list's name; 创新型 (科技部's list) is another designation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "宁波市磁性材料创新集群核心区之一。|宁波市磁性材料集群|true",
            "常州市新型碳材料创新集群加快发展。|常州市新型碳材料集群|true",
            "哈尔滨市航空装备创新型产业集群入选科技部名单。|哈尔滨市航空装备创新型集群|false",
            // 产业创新 / 产业融合 designations of an industry no national cluster of the place has: kept as written
            "扬州市汽车零部件产业创新集群推进会召开。|扬州市汽车零部件产业创新集群|false",
            "常州市光伏产业融合集群入选省级试点。|常州市光伏产业融合集群|false"})
    void aNationalNameWithAWordInserted(String text, String expected, boolean isNational) {
        assertEquals(List.of(expected), names(text));
        assertEquals(List.of(isNational), national(text));
    }

    /** A quoted industry head whose places are spread over the sentence before it: the list entry with those places. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022年,无锡市与泰州、连云港共同打造的“生物医药集群”入选国家级先进制造业集群。|泰州市、连云港市、无锡市生物医药集群",
            "佛山市和东莞携手培育的“泛家居集群”成功获评国家先进制造业集群。|佛山市、东莞市泛家居集群"})
    void aQuotedHeadWithTheSentencesPlaces(String text, String expected) {
        assertEquals(List.of(expected), names(text));
        assertEquals(List.of(true), national(text));
    }

    /** Places that are not all of one entry's, or a head not quoted, name nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
            "无锡市与泰州共同打造的“生物医药集群”入选国家级先进制造业集群。",
            "无锡市与泰州、连云港、南京共同打造的“生物医药集群”入选国家级先进制造业集群。",
            "无锡市与泰州、连云港共同打造的生物医药集群入选国家级先进制造业集群。"})
    void notAllTheEntrysPlacesOrNoQuotes(String text) {
        assertEquals(List.of(), names(text), text);
    }

    /** A name in a spun copy (家当 = 产业, 资料 = 材料, 配备 = 装备, 制作业 = 制造业) read as its canonical form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "宁波市磁性资料集群成功入选。|宁波市磁性材料集群",
            "成德高端能源配备集群榜上有名。|成德高端能源装备集群",
            "徐州市工程机械家当集群获评国家级集群。|徐州市工程机械集群",
            "南通市、泰州市、扬州市海工配备和高技术船舶先进制作业集群入选。|南通市、泰州市、扬州市海工装备和高技术船舶集群",
            "个中,惠东县女鞋家当集群、惠城区智能家电家当集群成功上榜。|惠东县女鞋集群,惠城区智能家电集群",
            "荆州市新型有机资料家当集群入选。|荆州市新型有机材料集群"})
    void aSpunNameIsItsCanonicalForm(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /** The spinners' words outside a name with a place part, or a spun part that still names no industry, stay what they are. */
    @ParameterizedTest
    @ValueSource(strings = {"这份资料集群发布后反响很大。", "他把全部家当集群式地搬到了城里。", "全国纺织榜样家当集群名单公布。",
            "南京市资料集群建设加快。", "苏州市配备集群服务器。", "杭州市档案资料集群管理。", "深圳市做好家当集群工作。"})
    void spunWordsElsewhereNameNothing(String text) {
        assertEquals(List.of(), names(text), text);
    }
}
