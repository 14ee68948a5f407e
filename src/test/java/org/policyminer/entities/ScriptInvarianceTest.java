package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;

/**
 * A sentence and its conversion to the other script say the same thing, so the reader must find the same clusters,
 * cities and figures (value, year, period, metric, kind, comparator, subject, currency) in both. Sentences made up in
 * the shapes where the readings differed: Taiwan's words the Taiwan tables write (丛集, 专案, 资讯, 软体, 支援, 线上,
 * 讯息, 连线; 智慧 for 智能 in a national cluster's name), the tables' own residue (先進位制造, 整合電路, 預演算法), and
 * variant characters the tables keep (薴 / 苧, Japanese forms).
 */
class ScriptInvarianceTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Simplified sentences, read as written and through OpenCC4j's Taiwan (with phrases), Hong Kong and plain tables. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 集群 → 叢集: the cluster, its national name (智能 → 智慧 there too) and the classes bounded by 集群
            "去年，东莞市智能移动终端集群营业收入超过6000亿元。|2024-03-01",
            "广深佛莞智能装备集群2023年产值超过8000亿元。|2024-03-01",
            "2023年，全省营业收入超千亿元的集群达到8个，超百亿元的集群45个。|2024-03-01",
            // 项目 → 專案: a project's bar is a class bound of investment
            "1至9月，全区新签约亿元以上项目86个，总投资520亿元。|2024-10-20",
            "今年以来新开工10亿元以上项目23个。|2024-06-01",
            // 软件 → 軟體, 信息技术 → 資訊科技: revenue lines
            "前三季度，全市软件业务收入达到1250亿元，同比增长12%。|2024-10-20",
            "2023年，该市软件和信息技术服务收入实现980亿元。|2024-02-01",
            // 支持 → 支援: policy money
            "全年兑现各类税费支持政策12.6亿元。|2024-01-20",
            // 在线 → 線上, 消息 → 訊息, 连接 → 連線: a paper's name, a dateline, and no 大连 in 大连接
            "浙江在线-杭州频道3月5日讯 当日，桐庐县分水镇举办制笔博览会，签约金额达3亿元。|2024-03-05",
            "新华网北京5月10日消息 今年一季度全国软件业务收入2.6万亿元。|2024-05-10",
            "大连接、低时延是5G的重要特征，相关产业规模超过1000亿元。|2024-05-10",
            // 先进制造 → 先進位制造 (进制 → 進位制 wherever the two meet)
            "成渝地区电子信息先进制造集群2023年营业收入超过1.6万亿元。|2024-03-01"})
    void simplifiedReadsAlikeInEveryTraditionalForm(String text, String published) {
        LocalDate day = LocalDate.parse(published);
        String original = reading(recognizer.recognize(text, day));
        for (UnaryOperator<String> convert : List.<UnaryOperator<String>>of(ZhTwConverterUtil::toTraditional,
                ZhHkConverterUtil::toTraditional, ZhConverterUtil::toTraditional)) {
            String converted = convert.apply(text);
            assertEquals(original, reading(recognizer.recognize(converted, day)), converted);
        }
    }

    /** Traditional sentences, read as written and in Taiwan's and Hong Kong's forms (集成電路 → 整合電路). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "上海市集成電路集群2022年產業規模達到2500億元。|2023-03-01",
            "武漢市集成電路產業集羣2023年營業收入達到800億元。|2024-03-01"})
    void traditionalReadsAlikeInEachStandardsForms(String text, String published) {
        LocalDate day = LocalDate.parse(published);
        String original = reading(recognizer.recognize(text, day));
        for (UnaryOperator<String> convert : List.<UnaryOperator<String>>of(ZhTwConverterUtil::toTraditional, ZhHkConverterUtil::toTraditional)) {
            String converted = convert.apply(text);
            assertEquals(original, reading(recognizer.recognize(converted, day)), converted);
        }
    }

    /** What the folded words read as: the mainland's cluster names and metrics, whichever form the page has. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // Taiwan's words on the page
            "東莞市智慧移動終端產業叢集2023年營業收入超過6000億元。|东莞市智能移动终端集群|营收|actual",
            "全區新簽約億元以上專案86個。|-|投资|threshold",
            "全市軟體業務收入達到1250億元。|-|营收|actual",
            "成渝地區電子資訊先進位制造叢集2023年營業收入超過1.6萬億元。|成渝地区电子信息先进制造集群|营收|actual",
            // Japanese forms typed for 營, 收, 產, 值
            "2023年営業収入達1000億元。|-|营收|actual",
            "2023年工業産値突破500億元。|-|产值|actual",
            // the tables' residue (预算法 → 預演算法) and a variant they keep (薴 → 苧, simplified 苎)
            "社會服務部門從今年的國家預演算法取得二千七百億元。|-|支出|target",
            "鹹寧市鹹安區薴麻紡織產業集羣2023年產值達120億元。|咸宁市咸安区苎麻纺织集群|产值|actual",
            // the mainland's own 智慧 stays where nothing else on the page is Taiwan's word
            "常州市智慧能源集群2023年产值超过1000亿元。|常州市智慧能源集群|产值|actual"})
    void foldedWordsReadAsTheMainlands(String text, String cluster, String metric, String kind) {
        Entities e = recognizer.recognize(text, LocalDate.parse("2024-03-01"));
        assertEquals(cluster, e.clusters().isEmpty() ? null : e.clusters().get(0).name(), text);
        AmountMention m = e.amounts().get(0);
        assertEquals(metric, m.metric(), text + " " + e.amounts());
        assertEquals(kind, m.kind(), text + " " + e.amounts());
    }

    private static String reading(Entities e) {
        List<String> clusters = new ArrayList<>();
        for (ClusterMention c : e.clusters()) clusters.add(c.name() + (c.national() ? "*" : ""));
        clusters.sort(null);
        StringBuilder b = new StringBuilder("clusters " + clusters + " cities " + new TreeSet<>(e.cities().stream().map(c -> c.name()).toList()));
        for (AmountMention m : e.amounts()) {
            b.append(" | ").append(m.value()).append('~').append(m.valueMax()).append(' ').append(m.year()).append(' ')
                    .append(m.periodFrom()).append('-').append(m.periodTo()).append('/').append(m.period()).append(' ')
                    .append(m.metric()).append(' ').append(m.kind()).append(' ').append(m.comparator()).append(' ')
                    .append(m.subject()).append(' ').append(m.currency());
        }
        return b.toString();
    }
}
