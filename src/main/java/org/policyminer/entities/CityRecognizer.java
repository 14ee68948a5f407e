package org.policyminer.entities;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.util.SurfaceTrie;

/**
 * Finds provinces, cities and city groups in simplified text with the gazetteer, longest match first, and drops hits
 * that are part of something else: a university, bank or road (南京大学, 中山路), a company name (南京钢铁股份有限公司),
 * a listed non-place word (中山装, 大连接, 宁德时代), or an abbreviation that is really the start of a longer name
 * (推广佛山: 广佛 gives way to 佛山). Linear in the text length.
 */
final class CityRecognizer {
    private static final SurfaceTrie<String> NOT_PLACE_AFTER = SurfaceTrie.of("大学", "学院", "银行", "路", "大道", "大街", "东路", "西路", "南路", "北路",
            "中路", "街", "商会", "中学", "小学", "医院", "队");
    // Looked up at each of the few characters after every place found, so as tries rather than lists of startsWith.
    private static final SurfaceTrie<String> COMPANY_SUFFIXES = SurfaceTrie.of("有限公司", "股份", "集团", "公司", "有限责任");
    private static final SurfaceTrie<String> COMPANY_STOPS = SurfaceTrie.of("的", "和", "与", "及", "在", "是", "为", "将", "有", "等", "对", "把", "被",
            "向", "从", "由", "了", "集群", "提出", "支持", "推动", "打造", "建设", "发展", "全市", "全省", "已", "共", "累计", "实现",
            "达到", "突破", "年", "市场", "产业", "企业", "引进", "落户", "签约", "合作", "联合");
    private static final int COMPANY_LOOKAHEAD = 8;

    private final CityGazetteer gazetteer;

    CityRecognizer(CityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<PlaceHit> find(String t) {
        List<PlaceHit> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            int ex = gazetteer.longestExclusionAt(t, i);
            if (ex > 0) {
                i += ex;
                continue;
            }
            int len = gazetteer.longestSurfaceAt(t, i);
            if (len == 0) {
                i++;
                continue;
            }
            CityGazetteer.Surface s = gazetteer.surface(t, i, i + len);
            if (s.shortForm() && overtakenByLaterMatch(t, i, len)) {
                i++;
                continue;
            }
            int end = i + len;
            if (!followedByNonPlace(t, end) && !startsCompanyName(t, end)) {
                out.add(new PlaceHit(i, end, s.places(), s.group()));
            }
            i = end;
        }
        return out;
    }

    /** 推广佛山: a short form or abbreviation loses to a match that starts inside it and reaches further. */
    private boolean overtakenByLaterMatch(String t, int i, int len) {
        for (int k = i + 1; k < i + len; k++) {
            int l2 = gazetteer.longestSurfaceAt(t, k);
            if (l2 > 0 && k + l2 > i + len) return true;
            if (gazetteer.longestExclusionAt(t, k) > 0 && k + gazetteer.longestExclusionAt(t, k) > i + len) return true;
        }
        return false;
    }

    private static boolean followedByNonPlace(String t, int end) {
        return NOT_PLACE_AFTER.longestAt(t, end) > 0;
    }

    /** 南京钢铁股份有限公司: a place at the head of a company name within a few characters. */
    private static boolean startsCompanyName(String t, int end) {
        int limit = Math.min(t.length(), end + COMPANY_LOOKAHEAD + 4);
        for (int j = end; j < limit && j - end <= COMPANY_LOOKAHEAD; j++) {
            char c = t.charAt(j);
            if (!isNameChar(c)) return false;
            if (COMPANY_SUFFIXES.longestAt(t, j) > 0) return j > end;
            if (COMPANY_STOPS.longestAt(t, j) > 0) return false;
        }
        return false;
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
