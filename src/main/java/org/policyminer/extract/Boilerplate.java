package org.policyminer.extract;

import java.util.regex.Pattern;

/**
 * Lines inside the article container that are page furniture, not article: editor credits ("[责任编辑：…]" is
 * metadata), copyright and ICP lines, print/close/share widgets, previous/next links, metadata lines (来源, 发布时间,
 * 作者 …) and headings of related-news lists. Simplified and traditional forms.
 */
final class Boilerplate {
    private Boilerplate() {}

    private static final Pattern EDITOR = Pattern.compile(
            "^[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|编审|編審|审核|審核|校对|校對|值班编辑|實習編輯|实习编辑)\\s*[:：]");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)copyright|版权所有|版權所有|©|\\(c\\)\\s*\\d{4}|ICP备|ICP備|ICP证|ICP證|京公网安备|公网安备|未经授权|未經授權|不得转载|禁止转载|转载请注明|轉載請註明|违法和不良信息|举报电话");
    private static final Pattern WIDGET = Pattern.compile(
            "^[\\[【(（]?\\s*(上一篇|下一篇|上一条|下一条|上一頁|下一頁|上一页|下一页|相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關鏈接|相关文章|相關文章|延伸阅读|推荐阅读|推薦閱讀|热点推荐|热门推荐|分享到|分享至|打印本页|打印本頁|关闭窗口|關閉窗口|【打印】|打印|关闭|關閉|返回顶部|返回首页|返回|字号|字號|字体|字體|浏览次数|瀏覽次數|点击数|點擊數|阅读次数|閱讀次數|访问量|收藏本页|我要纠错|我要評論|我要评论|发表评论|發表評論|网友评论|網友評論|扫一扫|掃一掃|手机看|分享|【大】|大\\s*中\\s*小)");
    private static final Pattern META_LINE = Pattern.compile(
            "^[\\[【(（]?\\s*(信息来源|来源|來源|稿源|文章来源|文章來源|出处|出處|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|作者|撰稿|記者|记者)\\s*[:：]");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*\\d{1,2}:\\d{2}");
    private static final Pattern SOURCE_WORD = Pattern.compile("来源|來源|作者|点击|點擊|浏览|瀏覽|编辑|編輯|发布|發布");

    private static final java.util.List<String> COPYRIGHT_WORDS = java.util.List.of("opyright", "OPYRIGHT", "版权所有",
            "版權所有", "©", "ICP备", "ICP備", "ICP证", "ICP證", "公网安备", "未经授权", "未經授權", "不得转载", "禁止转载",
            "转载请注明", "轉載請註明", "违法和不良信息", "举报电话");

    /** Literal look-ups (String.indexOf is fast); the "(c) 2005" form alone needs the regex. */
    private static boolean isCopyright(String line) {
        for (String w : COPYRIGHT_WORDS) if (line.contains(w)) return true;
        if ((line.contains("opy") || line.contains("OPY")) && line.toLowerCase(java.util.Locale.ROOT).contains("copyright")) return true;
        return (line.contains("(c)") || line.contains("(C)")) && COPYRIGHT.matcher(line).find();
    }

    /** Characters one of the patterns needs; a line with none of them is skipped without running a regex. */
    private static final String KEY_CHARS = "责責编編审審校实實版©ICPc公未不转轉违举上下相延推热分打关關返字浏瀏点點阅閱访收我发發网網扫掃手大信来來稿文出更作撰记記:：";

    /** A 来源 label anywhere in a meta line (发布时间:2020-10-21 16:21 来源:宣城市卫生健康委员会 浏览次数:) and its value. */
    private static final Pattern SOURCE_VALUE = Pattern.compile("(?:来源|來源)\\s*[:：]\\s*([^\\s|:：]{2,40})");

    /** The label that may follow a 来源 value on its line (日期, 浏览次数 …): cut off the value's end. */
    private static final Pattern NEXT_LABEL = Pattern.compile("(?:发布|發布|更新|生成)?(?:日期|时间|時間)$|(?:作者|浏览次数|瀏覽次數|浏览|瀏覽|点击|點擊|编辑|編輯|字号|字號|访问量)$");

    /**
     * The value of the 来源 label of a line this class drops, when it is a name in Han characters (宜兴市人民政府网站,
     * 八公山區人民政府), not a host (www.yixing.gov.cn): the document's own 来源 line names the body or site that posted it,
     * which the document stage reads for a short head's place. Null for any other line.
     */
    static String sourceName(String line) {
        if (line.indexOf('源') < 0) return null;
        line = withoutGlosses(line);
        java.util.regex.Matcher m = SOURCE_VALUE.matcher(line);
        if (!m.find()) return null;
        // the line's next label may follow without a space (来源:宜兴市人民政府网站日期:2023-11-21): the value ends before it
        String v = NEXT_LABEL.matcher(m.group(1)).replaceFirst("");
        return !v.isEmpty() && Character.isIdeographic(v.codePointAt(0)) ? v : null;
    }

    /**
     * Pinyin glosses a repost writes after characters (來(lái)源, 發(fā)布時(shí)間): the labels are read without them, or a
     * glossed page keeps its 来源 line in the text and loses the fact it gives.
     */
    private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\\)");

    static String withoutGlosses(String line) {
        return line.indexOf('(') < 0 ? line : GLOSS.matcher(line).replaceAll("");
    }

    /** Whether a line is boilerplate (an editor's line, copyright, a widget, a meta or date line), not article text. */
    static boolean isBoilerplate(String line) {
        line = withoutGlosses(line);
        int len = line.length();
        if (len > 160) return false;
        boolean key = false;
        for (int i = 0; i < Math.min(len, 12) && !key; i++) key = KEY_CHARS.indexOf(line.charAt(i)) >= 0;
        if (!key) {
            // only COPYRIGHT and DATE_TIME look past the start of the line
            if (isCopyright(line)) return true;
            if (len <= 80 && line.indexOf(':') >= 0 && DATE_TIME.matcher(line).find() && (len <= 25 || SOURCE_WORD.matcher(line).find())) return true;
            return false;
        }
        if (len <= 60 && EDITOR.matcher(line).find()) return true;
        if (isCopyright(line)) return true;
        if (len <= 40 && WIDGET.matcher(line).find()) return true;
        if (len <= 80 && META_LINE.matcher(line).find()) return true;
        if (len <= 80 && DATE_TIME.matcher(line).find() && (len <= 25 || SOURCE_WORD.matcher(line).find())) return true;
        return false;
    }
}
