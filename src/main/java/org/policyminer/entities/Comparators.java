package org.policyminer.entities;

import java.util.Map;

/**
 * The comparator of a figure as the annotation notes name it: 突破, 超过 (超, 逾, 跨越), 达到 (达, 迈上, 增至 …), 以上
 * (不少于), 约 (左右), 近, 多 (余, 4000多亿元), whichever the text uses before or after the figure; null for a verb that
 * sets no bound (实现, 完成, 为, 力争 alone). A bound written after the figure (以上, 左右, 多) says more than 达到 before it;
 * 突破 and 超过 say as much and are kept.
 */
final class Comparators {
    private Comparators() {}

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("突破", "突破"), Map.entry("破", "突破"), Map.entry("超过", "超过"), Map.entry("逾", "超过"), Map.entry("跨越", "超过"),
            Map.entry("超出", "超过"), Map.entry("高于", "超过"), Map.entry("达到", "达到"), Map.entry("达", "达到"),
            Map.entry("达成", "达到"), Map.entry("迈上", "达到"), Map.entry("跃上", "达到"), Map.entry("站上", "达到"), Map.entry("增至", "达到"),
            Map.entry("增长到", "达到"), Map.entry("增长至", "达到"), Map.entry("增加到", "达到"), Map.entry("增加至", "达到"),
            Map.entry("提高到", "达到"), Map.entry("提高至", "达到"), Map.entry("提升到", "达到"), Map.entry("提升至", "达到"),
            Map.entry("跃升至", "达到"), Map.entry("跃升到", "达到"), Map.entry("攀升至", "达到"), Map.entry("不少于", "以上"),
            Map.entry("不低于", "以上"), Map.entry("约为", "约"));
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(
            Map.entry("以上", "以上"), Map.entry("至少", "以上"), Map.entry("左右", "约"), Map.entry("上下", "约"),
            Map.entry("约", "约"), Map.entry("大约", "约"), Map.entry("近", "近"), Map.entry("将近", "近"), Map.entry("接近", "近"),
            Map.entry("多", "多"), Map.entry("余", "多"), Map.entry("有余", "多"), Map.entry("超", "超过"), Map.entry("逾", "超过"), Map.entry("过", "超过"), Map.entry("破", "突破"));

    /** @param verb the verb read before the figure, or null; @param qualifier the qualifier read around it, or null */
    static String canonical(String verb, String qualifier) {
        String v = verb == null ? null : VERBS.get(verb);
        if ("突破".equals(v) || "超过".equals(v)) return v;
        String q = qualifier == null ? null : QUALIFIERS.get(qualifier);
        return q != null ? q : v;
    }
}
