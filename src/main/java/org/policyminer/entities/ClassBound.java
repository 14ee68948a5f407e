package org.policyminer.entities;

import org.policyminer.util.SurfaceTrie;

/**
 * Whether a figure bounds a class of things that is then counted, rather than measuring a subject (annotation notes,
 * kind {@code threshold}): 营业收入突破千亿元的产业集群达6个, 超4000亿元产业集群1个, 投资亿元以上项目172宗, 5000万元以上项目,
 * 50亿元—100亿元的项目17个, 首个工业总产值破万亿的县级市. The figure is followed (after 的 and a few modifiers) by a
 * countable noun, and either a count goes with it or the figure is written as a bound (以上, 以下); or it is a criterion
 * (均在40亿元以上), a bound said of a counted, unnamed set (其中3个营业收入超2000亿元; not 诸城…、高密…2个产业集群…过500亿元,
 * whose members are named), the bar of a class of cities (跻身万亿元城市行列, 在万亿城市中), or a bar followed by its
 * count (产值过亿元的14家).
 */
final class ClassBound {
    private ClassBound() {}

    private static final SurfaceTrie<String> COUNTED = SurfaceTrie.of("产业集群", "集群", "项目", "企业", "城市", "县级市", "县区",
            "县（市、区）", "县市区", "园区", "开发区", "产业链", "基地", "工程", "平台", "品牌", "市场主体", "区县", "县", "单位",
            "龙头企业", "制造业企业", "产业",
            // Taiwan's 重大投资案 (2亿元以上重大投资案90案); the 固定资产投资 of projects above a size (500万元以上固定资产投资)
            "投资案", "固定资产投资");
    private static final String MEASURES = "个家宗项座条批户所案";
    /** The entry bar of a ranking (入围门槛, 入榜门槛: the smallest figure that makes the list). */
    private static final String[] RANKING_BARS = {"入围门槛", "入榜门槛", "上榜门槛", "入选门槛"};

    /**
     * 500强入围门槛…达到170.62亿元，较上年提升了5.12亿元; 入榜门槛由上年度的4.67亿元上升为5.02亿元: the sentence is about a
     * ranking's entry bar, so its figures are the bar (a class bound), and its change is of the same kind (the rule for a
     * change of a figure). Only a ranking's bar: 降低准入门槛 is a condition, not a figure's subject.
     */
    private static boolean rankingBarBefore(String t, int numberStart) {
        // at most RANKING_BAR_WINDOW characters back: a text with no sentence mark is one sentence, and reading all of it
        // before each figure made a long one cost its length squared
        int s = numberStart, stop = Math.max(0, numberStart - RANKING_BAR_WINDOW);
        while (s > stop && "。；;！？".indexOf(t.charAt(s - 1)) < 0) s--;
        String before = t.substring(s, numberStart);
        for (String w : RANKING_BARS) if (before.contains(w)) return true;
        return false;
    }

    /** How far before a figure its sentence is read for a ranking's bar (the bar word stands in the figure's own clause or the one before). */
    private static final int RANKING_BAR_WINDOW = 80;
    private static final int MODIFIERS = 4;
    private static final int COUNT_WINDOW = 8;

    /**
     * @param end where the figure (with its qualifier) ends; @param qualifier its qualifier or null;
     * @param clauseStart where its clause starts, for a count written before it (首个…, 6个…)
     */
    static boolean bounds(String t, int clauseStart, int numberStart, int end, int sentenceEnd, String qualifier) {
        if (rankingBarBefore(t, numberStart)) return true;
        boolean bound = "以上".equals(qualifier) || "以下".equals(qualifier) || "及以上".equals(qualifier);
        boolean exceeds = bound || "超".equals(qualifier) || "过".equals(qualifier) || "逾".equals(qualifier) || "破".equals(qualifier)
                || verbBefore(t, clauseStart, numberStart);
        int start = startOf(t, numberStart, qualifier);
        // 近3年产值均在40亿元以上 (a criterion); 稳定在千亿元以上 is a goal.
        if (bound && start > 1 && t.charAt(start - 1) == '在' && "均都需应须".indexOf(t.charAt(start - 2)) >= 0) return true;
        // 26个项目投资额均超过5000万元, 两个项目投资均超百亿美元: a bound said of each member's own figure (dev3/dev4
        // conventions), not the bar of a class that is then counted
        if (exceeds && eachOwn(t, clauseStart, start)) return false;
        // 规上企业完成工业总产值首破2000亿元: a first crossing is a milestone of the subject's own figure (dev3 conventions:
        // 首次突破), not the bar of a class that is then counted
        if (exceeds && firstCrossing(t, clauseStart, start)) return false;
        if (exceeds && countIn(t, clauseStart, start) && !listBefore(t, clauseStart, start)) return true;
        int i = currencyNoteEnd(t, end, sentenceEnd);
        if (i < sentenceEnd && t.charAt(i) == '的') i++;
        if (t.startsWith("城市", i) && (t.startsWith("行列", i + 2) || t.startsWith("之列", i + 2) || t.startsWith("中", i + 2))) return true;
        // 2000万元规模以上工业企业: the statistical bar of 规上 firms; GDP“万亿城市”, 迈进“GDP万亿之城”: the bar of a class of cities
        if (t.startsWith("规模以上", end)) return true;
        if (i == end && (t.startsWith("之城", end) || (t.startsWith("城市", end) && end + 2 < sentenceEnd && "”」\"绵行之".indexOf(t.charAt(end + 2)) >= 0))) return true;
        if (exceeds && i > end && countAt(t, i)) return true;                                      // 产值过亿元的14家
        // 年工业产值在1亿元以上的达159家, 过亿元的有32家: the count after 的 may come through 达 / 有 / 共
        if (exceeds && i > end && i + 1 < sentenceEnd && "达有共".indexOf(t.charAt(i)) >= 0 && countAt(t, i + 1)) return true;
        // 500亿以上集群2个、300亿—500亿6个、100亿—300亿15个: an item of a list of classes is a figure and its count.
        if (i == end && countAt(t, end) && (start > 0 && t.charAt(start - 1) == '、' || listItemEndsAfterCount(t, end))) return true;
        // 超百亿元的具有核心竞争力的应急产业龙头企业5家左右, 超十亿元的重点行业骨干企业达到50家: after 的, a longer modifier
        // (its own 的 included) may stand before the counted noun when the count follows the noun at once or through
        // 达到 / 达 / 有 (dev15 d15-0192, where both annotators read a threshold)
        if (exceeds && i > end && t.charAt(i - 1) == '的' && countedAfterLongModifier(t, i, sentenceEnd)) return true;
        int nounEnd = -1;
        for (int k = i; k < Math.min(sentenceEnd, i + MODIFIERS + 1); k++) {
            int len = COUNTED.longestAt(t, k);
            if (len > 0) {
                nounEnd = k + len;
                break;
            }
            if (!Character.isIdeographic(t.charAt(k))) return false;
        }
        if (nounEnd < 0) return false;
        // 超过100亿元的县域特色产业集群就有80家: a counted word that only modifies (县 of 县域) gives way to the head noun
        // the modifiers run on to, so the count is looked for after the whole noun
        for (int k = nounEnd; k < Math.min(sentenceEnd, nounEnd + MODIFIERS + 1); k++) {
            int len = COUNTED.longestAt(t, k);
            if (len > 0) {
                nounEnd = k + len;
                k = nounEnd - 1;
                continue;
            }
            if (!Character.isIdeographic(t.charAt(k))) break;
        }
        if (bound) return true;
        return countIn(t, nounEnd, Math.min(sentenceEnd, nounEnd + COUNT_WINDOW)) || countIn(t, clauseStart, numberStart);
    }

    /** How far after 的 a counted noun may end when a long modifier stands before it. */
    private static final int LONG_MODIFIER = 20;
    private static final String[] COUNT_LINKS = {"达到", "达", "有"};

    private static boolean countedAfterLongModifier(String t, int i, int sentenceEnd) {
        for (int k = i; k < Math.min(sentenceEnd, i + LONG_MODIFIER); k++) {
            if (!Character.isIdeographic(t.charAt(k))) return false;
            int len = COUNTED.longestAt(t, k);
            if (len == 0) continue;
            int after = k + len;
            if (countAt(t, after)) return true;
            for (String w : COUNT_LINKS) if (t.startsWith(w, after) && countAt(t, after + w.length())) return true;
        }
        return false;
    }

    private static final int NOTE = 10;

    /**
     * 产销过百亿元(人民币,下同)的企业: a bracketed note on the currency right after the figure is read over, so the counted
     * noun after it is still found; where the text after the figure goes on.
     */
    static int currencyNoteEnd(String t, int end, int sentenceEnd) {
        if (end >= sentenceEnd || "(（".indexOf(t.charAt(end)) < 0) return end;
        for (int k = end + 1; k < Math.min(sentenceEnd, end + NOTE); k++) {
            if (")）".indexOf(t.charAt(k)) >= 0) {
                String note = t.substring(end + 1, k);
                return note.contains("下同") || note.contains("币") || note.contains("美元") ? k + 1 : end;
            }
        }
        return end;
    }

    private static final String[] EXCEED_VERBS = {"突破", "超过", "破", "过", "逾", "超"};

    /** 突破 / 超过 right before the figure (within two characters). */
    private static boolean verbBefore(String t, int clauseStart, int numberStart) {
        for (int i = numberStart - 1; i >= Math.max(clauseStart, numberStart - 4); i--) {
            for (String v : EXCEED_VERBS) {
                // 有24项超支共约132.9亿: 超支 (overspending) names a line of spending, no bar exceeded
                if (v.equals("超") && t.startsWith("超支", i)) continue;
                if (i + v.length() <= numberStart && t.startsWith(v, i) && !(v.equals("过") && i > 0 && t.charAt(i - 1) == '超')) return true;
            }
        }
        return false;
    }

    /** 首破 / 首超 / 首次突破 / 首度突破 right before the figure. */
    private static boolean firstCrossing(String t, int clauseStart, int start) {
        for (int i = start - 1; i >= Math.max(clauseStart, start - 5); i--) {
            if (t.charAt(i) != '首') continue;
            int k = i + 1;
            if (k < start && (t.charAt(k) == '次' || t.charAt(k) == '度')) k++;
            if (verbAt(t, k)) return true;
        }
        return false;
    }

    /** 均 / 都 right before the exceeding verb or the figure (均超过, 均超, 都突破). */
    private static boolean eachOwn(String t, int clauseStart, int start) {
        for (int i = start; i >= Math.max(clauseStart + 1, start - 3); i--) {
            char b = t.charAt(i - 1);
            if ((b == '均' || b == '都') && (i == start || verbAt(t, i))) return true;
        }
        return false;
    }

    private static boolean verbAt(String t, int i) {
        for (String v : EXCEED_VERBS) if (t.startsWith(v, i)) return true;
        return false;
    }

    /** 诸城…、高密…2个产业集群: the counted things are named before the count (a 、 in the clause, looked for nearby). */
    private static boolean listBefore(String t, int clauseStart, int start) {
        for (int i = start - 1; i >= Math.max(clauseStart, start - 40); i--) if (t.charAt(i) == '、') return true;
        return false;
    }

    private static int startOf(String t, int numberStart, String qualifier) {
        return qualifier != null && numberStart >= qualifier.length() && t.startsWith(qualifier, numberStart - qualifier.length())
                ? numberStart - qualifier.length() : numberStart;
    }

    private static boolean listItemEndsAfterCount(String t, int i) {
        int k = i;
        while (k < t.length() && (Character.isDigit(t.charAt(k)) || ChineseNumerals.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十')) k++;
        return k + 1 < t.length() && t.charAt(k + 1) == '、';
    }

    /** A number and a measure word starting at {@code i} (14家, 3个, 220多家, 80余家). */
    private static boolean countAt(String t, int i) {
        int k = i;
        while (k < t.length() && (Character.isDigit(t.charAt(k)) || ChineseNumerals.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十')) k++;
        if (k > i && k < t.length() && "多余".indexOf(t.charAt(k)) >= 0) k++;
        return k > i && k < t.length() && MEASURES.indexOf(t.charAt(k)) >= 0;
    }

    /** A number followed by a measure word (6个, 172宗, 首个) in [from, to), not crossing a comma. */
    private static boolean countIn(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c == '，' || c == ',' || c == '；') return false;
            if (MEASURES.indexOf(c) >= 0 && k > from) {
                char b = t.charAt(k - 1);
                if (Character.isDigit(b) || ChineseNumerals.digit(b) >= 0 || b == '首' || b == '十') return true;
                // 企业220多家, 80余家企业: an approximate count (digits, then 多 / 余) counts as well
                if ((b == '多' || b == '余') && k - 1 > from && Character.isDigit(t.charAt(k - 2))) return true;
            }
        }
        return false;
    }
}
