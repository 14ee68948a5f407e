package org.policyminer.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyminer.util.SurfaceTrie;
import org.policyminer.util.WordEndings;

/**
 * Finds industrial-cluster names: an optional region (city, province, city group, several cities joined by 、), industry
 * words (brackets allowed: 新型电力（智能电网）装备) and (产业)集群. Walks left from each 集群 to the first punctuation or
 * function word, strips generic modifiers (国家级, 世界级, 先进制造业 …) and rejects computing clusters (服务器集群,
 * 计算集群) and bare generic phrases (产业集群, 先进制造业集群). Linear: each 集群 walks at most {@link #MAX_NAME} characters.
 */
final class ClusterRecognizer {
    static final int MAX_NAME = 32;

    /** A cluster found in simplified text, before context is applied. */
    record Found(int start, int end, List<Place> places, List<String> regionTexts, String core, String suffix) {}

    private static final WordEndings LEFT_STOPS = new WordEndings("的", "是", "为", "在", "将", "把", "对", "向", "从", "由", "以", "了", "等",
            "支持", "打造", "培育", "建设", "建成", "发展", "形成", "壮大", "推动", "推进", "加快", "引导", "布局", "聚焦", "入选",
            "获评", "认定", "申报", "提出", "拥有", "包括", "其中", "成为", "作为", "围绕", "依托", "立足", "做强", "做大", "做优",
            "提升", "巩固", "构建", "创建", "争创", "着力", "全力", "大力", "积极", "进一步", "个", "批", "即", "称", "如",
            "位列", "跻身", "加入", "参与", "实施", "开展", "组织", "评选", "名单", "领域", "方面", "通过", "成功", "共有", "已有",
            "其", "该", "这", "各", "每", "拥有", "已有", "到", "至", "年", "旗下", "以上", "以下", "关于", "印发",
            "采用", "使用", "部署", "基于", "搭建");
    private static final SurfaceTrie<String> GENERIC_PREFIXES = SurfaceTrie.of("国家先进制造业", "先进制造业", "国家级", "世界级", "国家", "省级", "市级",
            "重点", "优势", "特色", "千亿级", "万亿级", "百亿级", "全市", "全省", "我市", "本市", "我省", "本省", "该市", "首批",
            "一批", "新一批", "第二批", "第三批", "若干", "多个", "两个", "三个", "一个", "新兴", "相关", "现代化", "现代");
    private static final Set<String> GENERIC_CORES = Set.of("", "先进制造业", "战略性新兴产业", "特色", "优势", "重点", "现代",
            "新兴", "创新型", "中小企业特色", "世界级", "制造业", "先进", "数字", "新", "高端", "一批", "产业", "企业", "城市",
            "地区", "区域", "园区", "创新", "产业链", "中小企业", "特色产业", "优势产业", "重点产业", "新兴产业", "创新型产业",
            "未来产业", "现代产业", "主导产业", "战略性新兴", "主导", "先进制造", "制造", "各类", "这些", "上述");
    private static final String[] COMPUTING_TAILS = {"服务器", "计算", "算力", "存储", "数据库", "容器", "节点", "主机", "GPU",
            "万卡", "千卡", "智算", "计算机", "无人机", "卫星", "星座", "风机", "机组", "虚拟机", "服务网格", "数据中心", "云主机"};
    private static final String[] NOT_A_NAME_AFTER = {"化", "式", "注册", "效应", "间", "内部"};

    private final CityGazetteer gazetteer;

    ClusterRecognizer(CityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Found> find(String t) {
        List<Found> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int p = t.indexOf("集群", from);
            if (p < 0) break;
            from = p + 2;
            if (followedByNonName(t, p + 2)) continue;
            Found f = readBackwards(t, p);
            if (f != null) out.add(f);
        }
        return out;
    }

    private static boolean followedByNonName(String t, int end) {
        for (String w : NOT_A_NAME_AFTER) if (t.startsWith(w, end)) return true;
        return false;
    }

    private Found readBackwards(String t, int p) {
        int left = p;
        int depth = 0;                                    // open ）seen while walking left
        int limit = Math.max(0, p - MAX_NAME);
        while (left > limit) {
            char c = t.charAt(left - 1);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) break;                        // unpaired bracket: the name starts after it
                depth--;
            } else if (c == '、') {
                // 南通市、泰州市、扬州市海工装备…: only between place names.
                if (!placeEndsAt(t, left - 1) || !placeStartsAt(t, left)) break;
            } else if (!isNameChar(c)) {
                break;
            } else if (LEFT_STOPS.endsAt(t, left)) {
                break;
            }
            left--;
        }
        if (depth != 0) return null;
        int start = skipGeneric(t, left, p);
        // Region: places at the head of the name (several with 、 or 和 between them), then optional 地区/市.
        List<Place> places = new ArrayList<>();
        List<String> regionTexts = new ArrayList<>();
        int k = start;
        while (k < p) {
            int len = gazetteer.longestSurfaceAt(t, k);
            if (len == 0 || k + len > p) break;
            CityGazetteer.Surface s = gazetteer.surface(t, k, k + len);
            places.addAll(s.places());
            regionTexts.add(t.substring(k, k + len));
            k += len;
            if (k < p && (t.charAt(k) == '、' || t.charAt(k) == '和') && gazetteer.longestSurfaceAt(t, k + 1) > 0) {
                k++;
                continue;
            }
            if (t.startsWith("地区", k)) k += 2;
            break;
        }
        if (places.isEmpty()) k = start;
        int coreStart = skipGeneric(t, k, p);
        String suffix = "集群";
        int coreEnd = p;
        if (t.startsWith("产业", p - 2) && p - 2 >= coreStart) {
            coreEnd = p - 2;
            suffix = "产业集群";
        }
        String core = t.substring(coreStart, coreEnd);
        if (GENERIC_CORES.contains(core) || core.length() < 2) return null;
        if (suffix.equals("集群")) {
            for (String tail : COMPUTING_TAILS) if (core.endsWith(tail)) return null;
        }
        if (core.chars().allMatch(ch -> ch < 0x2E80)) return null;   // Kafka集群, K8s集群
        if (core.charAt(core.length() - 1) < 0x80 && Character.isLetter(core.charAt(core.length() - 1))) return null;
        for (String g : GENERIC_CORES) if (g.length() >= 5 && core.endsWith(g)) return null;   // 省级以上先进制造业集群
        return new Found(places.isEmpty() ? coreStart : start, p + 2, List.copyOf(new LinkedHashSet<>(places)), regionTexts, core, suffix);
    }

    private boolean placeEndsAt(String t, int end) {
        for (int len = 2; len <= 6 && end - len >= 0; len++) {
            if (gazetteer.longestSurfaceAt(t, end - len) == len) return true;
        }
        return false;
    }

    private boolean placeStartsAt(String t, int i) {
        return gazetteer.longestSurfaceAt(t, i) > 0;
    }

    /** Past generic words at the head of a name (国家级, 重点, 首批 …), the longest first, leaving at least one character. */
    private static int skipGeneric(String t, int from, int limit) {
        int k = from;
        int len;
        while ((len = GENERIC_PREFIXES.longestAt(t, k, limit - k - 1)) > 0) k += len;
        return k;
    }

    private static boolean isNameChar(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || Character.isLetterOrDigit(c) && c < 0x2E80 || c == '+';
    }
}
