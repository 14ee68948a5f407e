package org.policyminer.entities;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.util.SurfaceTrie;
import org.policyminer.util.WordEndings;

/** Company names ending in 公司, 集团 …, read leftwards to the first function word; subjects of figures. */
final class CompanyFinder {
    record Company(int start, int end, String name) {}

    private static final SurfaceTrie<String> SUFFIXES = SurfaceTrie.of("股份有限公司", "有限责任公司", "有限公司", "集团", "公司");
    private static final WordEndings STOPS = new WordEndings("的", "和", "与", "及", "在", "是", "将", "对", "把", "被", "向", "从", "由", "了",
            "等", "其中", "支持", "推动", "引进", "落户", "签约", "龙头", "企业", "如", "其", "该", "这", "与", "同", "年", "月", "日",
            "投资", "宣布", "表示", "计划", "拟", "公告", "显示", "旗下", "集群", "包括", "聚集", "集聚", "拥有", "上市");
    private static final int MAX_NAME = 16;

    List<Company> find(String t) {
        List<Company> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int suffix = SUFFIXES.longestAt(t, i);
            if (suffix == 0) {
                i++;
                continue;
            }
            int end = i + suffix;
            int left = i;
            while (left > 0 && i - left < MAX_NAME && CityRecognizer.isNameChar(t.charAt(left - 1)) && !STOPS.endsAt(t, left)) left--;
            if (i - left >= 2) out.add(new Company(left, end, t.substring(left, end)));
            i = end;
        }
        return out;
    }
}
