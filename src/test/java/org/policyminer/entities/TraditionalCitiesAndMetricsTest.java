package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;

/**
 * Issue 17, session ent27: the classes of city and metric misses on the traditional lines of every dev block
 * (entities-eval §48), each read by a general rule or a lexicon row. Sentences are made up in the shapes seen, in both
 * scripts; rows marked "guard" hold what the code already read right and must keep.
 */
class TraditionalCitiesAndMetricsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | cities found (canonical, sorted, / between; - for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // an association or a chamber named after its place is an organisation; the place is inside its name (R20)
            "該項目由廣州市白雲區某某皮具商會牽頭開發。|-",
            "该项目由广州市白云区某某皮具商会牵头开发。|-",
            "會議由江蘇省某某行業協會主辦。|-",
            // a field word before an organisation's suffix stays in the name (北京上奇产业研究院 shape)
            "報告由北京某某產業研究院發布。|-",
            "报告由北京某某产业研究院发布。|-",
            // a place right before 讯 and a byline is the dateline
            "某某客戶端蘭州訊(記者 王某)今年一季度,某縣經濟穩中向好。|-",
            "某某网宁波讯 ( 记者 李某)日前,某县特色产业集群评估结果揭晓。|-",
            // a railway or an expressway named after its ends is no mention
            "港珠澳大橋、廣深港高鐵等跨境基礎設施相繼建成。|-",
            "车辆经广深沿江高速进入园区。|-",
            // 内蒙 (without 古) is the region's short form
            "產業主要分布在陝西、內蒙等地。|内蒙古自治区/陕西省",
            "产业主要分布在陕西、内蒙等地。|内蒙古自治区/陕西省",
            // guards: the place as subject, the city's own government, the place named with its scope, 内蒙古 whole
            "廣州市今年推動項目建設。|广州市",
            "宁波市经信局发布通知。|宁波市",
            "蘭州今年一季度地區生產總值增長6%。|兰州市",
            "内蒙古自治区今年推动项目建设。|内蒙古自治区",
            "江苏产业研究力量雄厚。|江苏省"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        assertEquals(expected == null ? "" : expected, got, text + " " + c);
    }

    /** Columns: host | the page's lines (/ between) | currency of the last line's last figure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a mainland city inside an organisation's name still places a Hong Kong paper's page on the mainland (a guard of the
            // two rules together: on main the chamber's city was listed, which placed the page; it must still do so)
            "www.example.com.hk|某時尚總部項目由廣州市白雲區某某皮具商會牽頭開發。/總投資達7億元。|CNY",
            // guard: a Hong Kong page naming no mainland place keeps its dollar
            "www.example.com.hk|某商會牽頭開發總部項目。/總投資達7億元。|HKD"})
    void pageCurrency(String host, String page, String currency) {
        List<String> lines = Arrays.asList(page.split("/"));
        String pageCurrency = recognizer.pageCurrency(lines, host);
        var amounts = recognizer.recognize(lines.get(lines.size() - 1), LocalDate.of(2024, 5, 1), false, pageCurrency).amounts();
        assertEquals(currency, amounts.get(amounts.size() - 1).currency(), page);
    }

    /** Columns: text | index of the figure | metric (- for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a tax named by a ministry of finance (菸酒稅, 營業稅 …) and taxes paid (納稅) are tax revenue
            "另報繳中央菸酒稅也高達12.5億元。|0|税收",
            "另报缴中央烟酒税也高达12.5亿元。|0|税收",
            "該廠年納稅3000萬元以上。|0|税收",
            "该厂年纳税3000万元以上。|0|税收",
            // an allowance paid to households is a scheme's money
            "某鎮的育兒津貼原本每名2000元,調高後為5000元。|0|资金",
            "某镇的育儿津贴原本每名2000元。|0|资金",
            // output and sales together are the sales booked; 产销基地 names no money
            "該市家具產品年產銷超過200億元。|0|营收",
            "力争产销过百亿元的企业达到5家。|0|营收",
            "该县是全国重要的羊绒制品产销基地,是重点扶持的超百亿元特色产业集群。|0|-",
            // a fund named as the source money is drawn from: the money drawn is allocated
            "政府宣布,從某某科技基金撥出3億元成立培訓計劃。|0|资金",
            "政府宣布,从某某科技基金拨出3亿元成立培训计划。|0|资金",
            // a balance right after the figure, closed by 的, is what it measures
            "超支金額是上個財政年度210億元盈餘的兩倍。|0|盈余",
            "超支金额是上个财政年度210亿元盈余的两倍。|0|盈余",
            // 进、出口额 names two metrics said respectively
            "進、出口額則分別成長12.4%及6.4%,達到57.3億美元及86.1億美元,而營業額亦創新高。|0|进口",
            "進、出口額則分別成長12.4%及6.4%,達到57.3億美元及86.1億美元,而營業額亦創新高。|1|出口",
            "进、出口额分别为57.3亿美元和86.1亿美元。|0|进口",
            // a figure joined to the one before by a range keeps its metric, not the next clause's
            "本縣歲入自104年度210億元至108年度265億元,歲出自104年度200億元至108年度250億元。|1|财政收入",
            "本县岁入自104年度210亿元至108年度265亿元,岁出自104年度200亿元至108年度250亿元。|1|财政收入",
            // Hong Kong's overall expenditure makes a bare 收入 beside it the government's revenue (R1)
            "首九個月的整體支出為港幣3,100億元,收入為2,870億元。|1|财政收入",
            "首九个月的整体开支为3,100亿元,收入为2,870亿元。|1|财政收入",
            // the fund the money sets up names it
            "財委會通過向某某局撥款50億元以設立基金。|0|基金",
            "某高新区计划三年设立五十亿元天使母基金。|0|基金",
            // money appropriated under a head of spending is that head's planned spending (R11)
            "在總目 150 某某局分目000″運作開支”項下追加撥款3億2,000萬元,以支付有關費用。|0|支出",
            "在总目150某某局分目000“运作开支”项下追加拨款3亿元,以支付有关费用。|0|支出",
            // guards: a figure with a noun of its own takes the word after it; an appropriation with no head of spending
            // stays 资金; a firm's 收入 beside its spending stays 收入
            "加計園區廠商增資案6.9億元及擴廠案445億元,投資總額高達500億元。|1|投资",
            "某某委员会昨日讨论体育馆扩建工程,署方要求追加拨款2.1亿港元。|0|资金",
            "该公司总支出为30亿元,收入为45亿元。|1|收入",
            // guards: money injected into a fund stays the fund's (R15); a fund set up at a size stays 基金; a firm's output
            // stays 产值; a balance recorded stays a balance
            "政府將向某某基金注資10億元。|0|基金",
            "某區設立規模50億元的產業基金。|0|基金",
            "该企业年产值超过200亿元。|0|产值",
            "去年財政預算錄得305億元盈餘。|0|盈余"})
    void metric(String text, int index, String metric) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2021-06-01")).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
    }
}
