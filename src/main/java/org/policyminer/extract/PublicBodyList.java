package org.policyminer.extract;

import java.util.regex.Pattern;

/**
 * A line that lists public bodies and ends in a colon: a document's addressees (主送机关), "各区人民政府，江北新区管委会，
 * 市府各委办局，市各直属单位：". Its short clauses read like a string of selling points to {@link AdvertShape}, it has no
 * sentence, and its words (人民政府, 管委会) are seldom the body's, so the advert rules alone can put it over the
 * threshold; no advert addresses government bodies, so such a line is the document's own structure.
 * <p>
 * Every item must end in a body's head (人民政府, 管委会, 委办局, 单位, 部门, 办事处, 局, 处室 …, both scripts), with at
 * least one head only a government uses (政府, 委员会, 管委会, 机关, 部门, 单位, 办公厅 …), so that a list of trades
 * that happens to end in a colon ("足浴按摩院，私人会所：") is not one. A parenthesised gloss after an item
 * ("各开发区管委会（管理办）") is read through, and an item may coordinate its own heads with 、 ("省政府各委、办、厅、局").
 */
final class PublicBodyList {
    /** An item longer than this is a clause, not a body's name. */
    private static final int MAX_ITEM = 24;

    private static final String STRONG_HEADS = "人民政府|政府|委员会|委員會|管委会|管委會|委办局|委辦局|机关|機關|部门|部門|单位|單位"
            + "|机构|機構|办公厅|辦公廳|办公室|辦公室|办事处|辦事處|军区|軍區|兵团|兵團";
    private static final String HEADS = STRONG_HEADS + "|厅|廳|局|局处|局處|公所|委|署|处室|處室|科室|站所|中心|法院|检察院|檢察院|研究院|学院|學院"
            + "|医院|醫院|大学|大學|高校|学校|學校|街道|乡镇|鄉鎮|镇|鎮|乡|鄉|村|社区|社區|人大|政协|政協|党委|黨委|党组|黨組"
            + "|团体|團體|协会|協會|联合会|聯合會|企业|企業";
    private static final Pattern ITEM = Pattern.compile("[\\p{IsHan}、]{1," + MAX_ITEM + "}?(?:" + HEADS + ")");
    private static final Pattern STRONG = Pattern.compile("(?:" + STRONG_HEADS + ")$");
    private static final Pattern GLOSS = Pattern.compile("[（(][^）)]{0,12}[）)]");
    private static final Pattern SEPARATORS = Pattern.compile("[，,；;]");

    private PublicBodyList() {
    }

    static boolean is(String line) {
        String t = line.strip();
        if (t.length() < 6) return false;
        char last = t.charAt(t.length() - 1);
        if (last != '：' && last != ':') return false;
        String[] items = SEPARATORS.split(GLOSS.matcher(t.substring(0, t.length() - 1)).replaceAll(""), -1);
        if (items.length < 2) return false;
        boolean strong = false;
        for (String item : items) {
            String i = item.strip();
            if (!ITEM.matcher(i).matches()) return false;
            strong |= STRONG.matcher(i).find();
        }
        return strong;
    }
}
