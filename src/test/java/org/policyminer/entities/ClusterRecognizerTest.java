package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyminer.doc.ClusterMention;

/** The cluster grammar on the error classes of issue 17 (sentences made up in the same shape as real ones). */
class ClusterRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> names(String text) {
        return recognizer.recognize(text, null).clusters().stream().map(ClusterMention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "经评审，分别遴选出广东省深圳市新一代信息通信集群等15个集群为决赛优胜者。|深圳市新一代信息通信集群",
            "本报北京12月15日电 伴随着武汉市光电子信息集群等20个集群胜出，国家级集群增至45个。|武汉市光电子信息集群",
            "该集群包含深圳市先进电池材料集群在内的多家单位。|深圳市先进电池材料集群",
            "由绍兴市牵头申报的环杭州湾现代纺织服装集群成功入选。|环杭州湾现代纺织服装集群",
            "广东省深广高端医疗器械集群覆盖了500多家企业。|深广高端医疗器械集群",
            "郑州市电子信息产业集群到2025年规模力争达到8000亿元。|郑州市电子信息集群",
            "厦門市平板顯示產業集群2022年產值超過1600億元。|厦门市平板显示集群"})
    void theNameStartsAtItsPlacePart(String text, String name) {
        assertEquals(List.of(name), names(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"全市产业集聚集群效应明显。", "初赛胜出集群将进入决赛。", "各地要培育战略性产业集群。", "设立基金集群支持项目。",
            "推动全域集群发展。", "上海市打造集成电路、生物医药、人工智能三大世界级产业集群。", "智能移动终端等4个集群入选。",
            "青岛市下一步需做好集群政策的统筹。", "长沙市每年报送集群发展情况。", "到2025年实现集群规模突破2000亿元。",
            "杭州提出，到2025年生物医药产业集群规模超过2000亿元。", "山东省高端装备产业集群发展现场会召开。",
            "加快构建省、市两级集群梯次培育体系。", "发展壮大战略性新兴产业集群。", "深圳的高新技术产业集群全国领先。", "合肥市提出，打造千亿级人工智能产业集群。", "公司采用Kubernetes集群部署。",
            "湖南已形成以长沙、株洲、湘潭三大工程机械产业集群为主的格局。"})
    void genericOrDescribedClustersAreNoNames(String text) {
        assertEquals(List.of(), names(text), text);
    }

    @Test
    void coordinatedNamesBeforeOneHeadAreExpanded() {
        assertEquals(List.of("长沙市工程机械集群", "株洲市先进轨道交通装备集群"), names("长沙市工程机械、株洲市先进轨道交通装备等4个产业集群入选。"));
        assertEquals(List.of("长沙市工程机械集群", "徐州市工程机械集群"), names("长沙工程机械集群和徐州工程机械集群同台竞技。"));
        assertEquals(List.of("南通市、泰州市、扬州市海工装备和高技术船舶集群", "苏州市生物医药及高端医疗器械集群"),
                names("南通市、泰州市、扬州市海工装备和高技术船舶、苏州市生物医药及高端医疗器械等集群胜出。"));
    }

    /** dev9 (session 10): a list's last two items joined by 和 when the count says so; 机电 as an industry. Made up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "成都市集成电路、新型显示和人工智能等3个产业集群成功入选。|成都市集成电路集群,成都市新型显示集群,成都市人工智能集群",
            "南昌市电子信息、航空装备、中医药和新材料等四个产业集群入选。|南昌市电子信息集群,南昌市航空装备集群,南昌市中医药集群,南昌市新材料集群",
            "重庆市下一代信息网络产业集群入选。|重庆市下一代信息网络集群",
            "西安市航空、集成電路和汽車等三個產業集群入選。|西安市航空集群,西安市集成电路集群,西安市汽车集群",
            // the count says the joined item is one: it stays whole
            "宁波市绿色石化、南通市海工装备和高技术船舶等2个集群入选。|宁波市绿色石化集群,南通市、泰州市、扬州市海工装备和高技术船舶集群",
            "佛山市机电产业集群入选。|佛山市机电集群"})
    void aCountedListsLastJoinerSeparatesItsLastTwoItems(String text, String expected) {
        assertEquals(List.of(expected.split(",")), names(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "南通市、泰州市、扬州市高技术船舶和海工装备产业集群|南通市、泰州市、扬州市海工装备和高技术船舶集群",
            "苏锡通高端纺织集群|苏州市、无锡市、南通市高端纺织集群",
            "苏州市、无锡市、南通市高端纺织产业集群|苏州市、无锡市、南通市高端纺织集群",
            "长株潭中小航空发动机集群|株洲市中小航空发动机集群",
            "株洲市轨道交通装备产业集群|株洲市先进轨道交通装备集群",
            "泰连锡生物医药集群|泰州市、连云港市、无锡市生物医药集群",
            "“武襄十随”汽车集群|武汉市、襄阳市、十堰市、随州市汽车集群",
            "温州市乐清电气集群|温州市乐清电气集群",
            "成德绵自凉航空航天集群|成德绵自凉航空航天集群",
            "郑南商许超硬材料产业集群|郑南商许超硬材料集群",
            "大盘绿色石化集群|大盘绿色石化集群",
            "衡长株潭特高压输变电装备产业集群|衡长株潭特高压输变电装备集群",
            "衡长株潭输变电装备产业集群|衡长株潭特高压输变电装备集群",
            "苏南特钢材料产业集群|苏南特钢材料集群"})
    void nationalClustersGetTheListsName(String written, String name) {
        List<ClusterMention> cs = recognizer.recognize(written + "发展势头良好。", null).clusters();
        assertEquals(1, cs.size(), cs.toString());
        assertEquals(name, cs.get(0).name());
        assertTrue(cs.get(0).national(), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "分别是福田区的5G信息技术应用产业集群、宝安区的低空无人机产业集群。|福田区5G信息技术应用集群;宝安区低空无人机集群",
            "包括济南高新区人工智能产业集群、武汉东湖高新区光电子产业集群等。|济南高新区人工智能集群;武汉东湖高新区光电子集群",
            "青岛智能家电集群和轨道交通装备集群双双入选。|青岛市智能家电集群;青岛市轨道交通装备集群",
            "江苏工程机械产业集群、物联网产业集群规模领先。|江苏省工程机械集群;江苏省物联网集群",
            "诸城轻卡汽车及配件、高密家纺2个产业集群主营业务收入过500亿元。|诸城轻卡汽车及配件集群;高密家纺集群",
            "哈尔滨市航空装备创新型产业集群被确定为国家级创新型产业集群。|哈尔滨市航空装备创新型集群",
            "浙江新增浙东工业母机、环杭州湾现代纺织服装、长三角(含江西)大飞机等3个国家先进制造业集群。|浙东工业母机集群;环杭州湾现代纺织服装集群;长三角(含江西)大飞机集群",
            "把柳州建设成为广西汽车生产集群的中心。|广西壮族自治区汽车生产集群",
            "“郑南商许”超硬材料产业集群入选。|郑南商许超硬材料集群",
            // session 22: a verb opening the list's first item, a zone not named after a city, county specialty clusters
            // whose industry is a GB/T 4754 product class, an application tail
            "我省有南康现代家具、贵溪铜基新材料等5个集群入选。|南康现代家具集群;贵溪铜基新材料集群",
            "中山共有火炬高新区健康医药与医疗器械产业集群、东凤镇数智家电产业集群等3个特色产业集群入选。|火炬高新区健康医药与医疗器械集群;东凤镇数智家电集群",
            "湛江市廉江市小家电产业集群、肇庆市高要区金属制品产业集群入选。|湛江市廉江市小家电集群;肇庆市高要区金属制品集群",
            "我市平乡县自行车产业集群、清河县羊绒及制品产业集群入选。|平乡县自行车集群;清河县羊绒及制品集群",
            "德化陶瓷产业集群、安溪藤铁工艺产业集群入选。|德化陶瓷集群;安溪藤铁工艺集群",
            "包含9个集群:鹰潭市先进铜功能材料及高端应用集群、上饶市光伏新能源集群。|鹰潭市先进铜功能材料及高端应用集群;上饶市光伏新能源集群",
            "永修有机硅、贵溪铜基新材料等5个集群入选。|永修有机硅集群;贵溪铜基新材料集群",
            "分别是:武汉市黄陂区服装产业集群、孝感市(高新区、汉川)纺织服装产业集群、咸宁市咸安区苎麻纺织产业集群。|武汉市黄陂区服装集群;孝感市(高新区、汉川)纺织服装集群;咸宁市咸安区苎麻纺织集群"})
    void placePartsOfRealText(String text, String names) {
        assertEquals(List.of(names.split(";")), names(text));
    }

    /** Names joined by 、 (and 和) under one head with no count, or with 等 and a kind of cluster (session 22). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "长沙工程机械、株洲轨道交通装备和湘潭智能装备产业集群发展迅速。|长沙市工程机械集群;株洲市先进轨道交通装备集群;湘潭市智能装备集群",
            "佛山市泛家居、东莞市泛家居产业集群发展迅速。|佛山市泛家居集群;东莞市泛家居集群",
            "全市共有省级特色产业集群12个，其中慈溪小家电、余姚模具产业集群入选国家级。|慈溪小家电集群;余姚模具集群",
            // ent21: bare items under a head whose designation holds 特色 take it (dev13's gold and conventions; these two rows
            // expected the names without 特色 before)
            "泉州鞋服、晋江运动鞋服、德化陶瓷等特色产业集群。|泉州市鞋服特色集群;晋江运动鞋服特色集群;德化陶瓷特色集群",
            "全省新增邢台市清河县羊绒制品、保定市白沟新城箱包2个国家级中小企业特色产业集群。|邢台市清河县羊绒制品特色集群;保定市白沟新城箱包特色集群",
            "发展集成电路、生物医药、苏州纳米新材料产业集群。|苏州市纳米新材料集群",
            "其中丽水经济技术开发区集成电路、松阳县高端新材料入选省级特色产业集群协同区。|-",
            "成为东莞继智能移动终端、智能装备后第三个入围先进制造业集群的产业集群。|-"})
    void namesUnderOneHead(String text, String names) {
        assertEquals(names.equals("-") ? List.of() : List.of(names.split(";")), names(text), text);
    }


    @ParameterizedTest
    @ValueSource(strings = {"浙江高度重视工业母机产业集群发展。", "无人机集群表演吸引市民。", "安庆、宣城、滁州、马鞍山等多个汽车零部件特色产业集群。",
            "该高新区电子信息产业集群入选。", "国家高新区电子信息产业集群入选。"})
    void moreThingsThatAreNoNames(String text) {
        assertEquals(List.of(), names(text), text);
    }

    @Test
    void everyEntryOfTheNationalListIsReadBackAsItself() {
        for (NationalClusters.Entry e : NationalClusters.instance().entries()) {
            List<ClusterMention> cs = recognizer.recognize(e.name() + "2023年产值达到1000亿元。", null).clusters();
            assertEquals(1, cs.size(), e.name() + " " + cs);
            assertEquals(e.name(), cs.get(0).name());
        }
    }

    @Test
    void aDistrictKeepsItsOwnNameAndARegionNamesNoCity() {
        ClusterMention c = recognizer.recognize("金山区纤维材料产业集群入选国家级中小企业特色产业集群。", null).clusters().get(0);
        assertEquals("金山区纤维材料集群", c.name());
        assertEquals(List.of("上海市"), c.cities());
        assertTrue(recognizer.recognize("环杭州湾现代纺织服装集群", null).cities().isEmpty());
    }

    /** Forms the dev2 set (session 18) showed the recogniser missing; sentences made up in the same shapes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "工信部公示优胜者名单,“长沙工程机械”“株洲市先进轨道交通装备”两大集群双双上榜。|长沙市工程机械集群,株洲市先进轨道交通装备集群",
            "我市从陕西西安智能电气、江苏常州智慧能源等8个国内较高竞争力产业集群中突围而出。|西安市智能电气集群,常州市智慧能源集群",
            "洛阳现代农机装备制造业集群迈入国家队。|洛阳现代农机装备集群",
            "成德绵自凉航空航天装备集群成功入围复赛。|成德绵自凉航空航天集群",
            "联盟申报成德绵自凉高端航空航天装备先进制造业集群。|成德绵自凉航空航天集群",
            "北京海淀人工智能集群和京津冀智能网联新能源汽车集群上榜。|北京海淀人工智能集群,京津冀智能网联新能源汽车集群",
            "东凤镇数智家电产业集群发展同样引人注目。|东凤镇数智家电集群",
            "北京市丰台区轨道交通智能控制产业集群等100个集群榜上有名。|北京市丰台区轨道交通智能控制集群",
            "安溪茶叶产业集群年产值300亿元。|安溪茶叶集群",
            "青岛市的智能家电产业集群全国领先。|青岛市智能家电集群",
            "大连市船舶与海洋工程产业集群加快发展。|大连市船舶与海洋工程集群",
            "宁波市磁性材料国家先进制造业集群营收增长。|宁波市磁性材料集群",
            "长沙工程机械国家级先进制造业集群加快发展。|长沙市工程机械集群",
            "杭州市数字安防省级产业集群入选。|杭州市数字安防集群",
            "滇中稀贵金属产业集群上榜。|滇中稀贵金属集群",
            "沈阳大连工业母机集群和大连盘锦绿色石化集群同时获批。|沈大工业母机集群,大盘绿色石化集群",
            "其中,佛山智能家电、智能装备和泛家居三个集群入选。|广佛惠超高清视频和智能家电集群,广深佛莞智能装备集群,佛山市、东莞市泛家居集群",
            "襄阳、十堰、随州汽车产业集群加快发展。|武汉市、襄阳市、十堰市、随州市汽车集群"})
    void realTextFormsOfSession18(String text, String expected) {
        assertEquals(List.of(expected.split(",")), names(text));
    }

    /** Forms the dev3 set (session 20) showed missing: county-level cities and districts as place parts, industries
     * the lexicon lacked, lists of bare places counted before one industry. Sentences made up in the same shapes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "临泉县资源循环利用特色产业集群(基地)在阜阳。|临泉县资源循环利用特色集群",
            "荆州区苎麻、沙市婴童装等产业集群蓬勃发展。|荆州区苎麻集群,沙市婴童装集群",
            "晋江纺织服装产业集群入选。|晋江纺织服装集群",
            "武汉东湖高新区光电子产业集群入选。|武汉东湖高新区光电子集群",
            // one city's part of a multi-city national cluster outside a sentence about the national list (a 百强 list)
            "其中纺织服装产业集群有:绍兴现代纺织产业集群、南通高端纺织集群等。|绍兴市现代纺织集群,南通市高端纺织集群",
            "南通高端纺织集群入选国家先进制造业集群。|苏州市、无锡市、南通市高端纺织集群",
            // dev4 (session 21): specialty-cluster industries the lexicon lacked; a 试验区 zone kept as written
            "复核通过的集群是武侯区微波射频产业集群。|武侯区微波射频集群",
            "新都区航空大部件产业集群、郫都区电磁空间安全产业集群入选。|新都区航空大部件集群,郫都区电磁空间安全集群",
            "太和县筛网特色产业集群(基地)、阜南县柳木特色产业集群(基地)入选。|太和县筛网特色集群,阜南县柳木特色集群",
            "广州市花都区箱包皮具产业集群入选。|广州市花都区箱包皮具集群",
            "仙桃市无纺布产业集群、天门市棉花产业集群。|仙桃市无纺布集群,天门市棉花集群",
            "上饶高铁经济试验区电子信息产业集群入选。|上饶高铁经济试验区电子信息集群"})
    void realTextFormsOfSession20(String text, String expected) {
        assertEquals(List.of(expected.split(",")), names(text));
    }
}
