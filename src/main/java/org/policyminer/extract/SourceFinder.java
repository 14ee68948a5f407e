package org.policyminer.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article comes from: meta ContentSource (any case), then a 来源：/來源：/信息来源： line near the
 * title. What follows the outlet on the same line (作者, 编辑, 发布时间 …) is not part of it.
 */
final class SourceFinder {
    private static final Pattern LABEL = Pattern.compile(
            "(?:信息来源|信息來源|文章来源|文章來源|新闻来源|新聞來源|稿件来源|稿件來源|来源|來源|稿源|出处|出處)\\s*[:：]\\s*");
    private static final Pattern TRAILING = Pattern.compile(
            "\\s*(?:作者|编辑|編輯|责任编辑|責任編輯|发布时间|發布時間|发布日期|發布日期|时间|時間|日期|点击|點擊|浏览|瀏覽|字号|字號|【|\\[|（|\\(|\\d{4}\\s*[-/年]).*$");

    private SourceFinder() {}

    static Optional<String> find(Metas metas, String flat, int from, int to) {
        String meta = clean(metas.get("contentsource"));
        if (!meta.isEmpty()) return Optional.of(meta);
        Matcher m = LABEL.matcher(flat).region(Math.max(0, from), Math.min(flat.length(), Math.max(from, to)));
        while (m.find()) {
            String rest = flat.substring(m.end(), Math.min(flat.length(), m.end() + 40));
            String s = clean(rest);
            if (!s.isEmpty()) return Optional.of(s);
        }
        return Optional.empty();
    }

    static String clean(String s) {
        if (s == null) return "";
        String t = s.strip();
        int ws = indexOfSpace(t);
        if (ws >= 0) t = t.substring(0, ws);
        t = TRAILING.matcher(t).replaceFirst("");
        t = t.replaceAll("[\\s:：|｜,，;；]+$", "");
        return t.length() > 30 ? "" : t;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Chars.isSpace(s.charAt(i))) return i;
        return -1;
    }
}
