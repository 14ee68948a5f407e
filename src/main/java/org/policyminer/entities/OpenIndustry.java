package org.policyminer.entities;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

/**
 * An industry part that no lexicon lists, read as a noun phrase by HanLP's part-of-speech tags. Real cluster lists
 * name industries of every size (低碳冶金, 美妆睫毛, 香菇, 酸辣粉, 改装车): {@link IndustryLexicon} cannot hold them all,
 * but each is a short noun phrase, while what stands between a place and 集群 when no name is meant is a verb (做好,
 * 报送, 实现), a time word, a count (两轮, 三大) or a classifying word (重点, 优势, 传统). So a part is an industry when it
 * is short, every word is nominal (nouns, adjectives, distinguishing words, abbreviations, conjunctions between
 * nouns), its last word is a noun, and it is none of the classifying heads below.
 *
 * <p>Only {@link ClusterRecognizer} calls it, and only for a part the lexicon rejected, right after a place part
 * (city, county, district or zone), so segmentation runs on a few characters a few times a page. HanLP's core
 * dictionary and its tag transitions only: no custom dictionary (the index adds words to it) and no name or place
 * recognition, so the same part always gets the same tags.
 */
final class OpenIndustry {
    private OpenIndustry() {}

    /** Longest industry part read this way: 智能家电电路板 (7); a longer stretch is a clause, not a name. */
    static final int MAX_LENGTH = 8;

    /** Heads that class clusters without naming an industry (重点产业集群, 十大产业集群, 战略性新兴产业集群 …). */
    private static final Set<String> CLASSIFYING = Set.of("重点", "优势", "传统", "主导", "新兴", "特色", "支柱", "龙头", "骨干",
            "战略性", "标志性", "代表性", "先导", "未来", "现代", "高质量", "千亿", "万亿", "百亿", "产业", "行业", "经济", "特色优势",
            "传统优势", "新兴产业", "优势产业", "主导产业", "重点产业", "支柱产业", "市场", "链", "产业链", "板块", "类", "级", "型",
            "集团", "公司", "单位", "成员", "主体", "数量", "质量", "水平", "能力", "效益", "动能", "生态", "要素", "资源", "平台",
            "载体", "空间", "示范", "试点", "标杆", "地标", "品牌", "名片", "中心", "高地", "核心", "特点", "优势特色",
            // people and places, not industries (人才产业集群 is rare; 人才集群, 楼宇集群, 高校集群 are common)
            "人才", "楼宇", "商圈", "高校", "院校", "家庭", "镇街", "总部",
            // classes of firms and fields too broad to be one industry (独角兽产业集群, 科技产业集群)
            "独角兽", "小巨人", "瞪羚", "专精特新", "科技", "创新", "高新技术",
            // how clusters relate or where they are, not what they make (本土产业集群, 同类产业集群, 绿色产业集群)
            "本土", "本地", "地方", "整体", "同类", "绿色", "综合", "区域", "全球", "上下游", "关联", "有关", "配套");
    /** Attributive endings: 综合性, 劳动密集型, 块状, 五星级 class clusters by a property. */
    private static final String ATTRIBUTIVE = "性型状式级类";

    /** One-character nouns that end a place's name, not an industry (深圳市区集群). */
    private static final String ADMINISTRATIVE = "区县市镇乡村省州盟旗园城港湾岛";

    private static final Segment SEGMENT = HanLP.newSegment()
            .enablePartOfSpeechTagging(true)
            .enableCustomDictionary(false)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableNumberQuantifierRecognize(false);

    /** Whether {@code part} (Han characters only, no tail like 特色 or 及应用) reads as an industry noun phrase. */
    static boolean isIndustry(String part) {
        if (part.isEmpty() || part.length() > MAX_LENGTH) return false;
        for (int i = 0; i < part.length(); i++) if (!Character.isIdeographic(part.charAt(i))) return false;
        if (CLASSIFYING.contains(part)) return false;
        List<Term> words;
        synchronized (SEGMENT) {
            words = SEGMENT.seg(part);
        }
        if (words.isEmpty()) return false;
        // 崇阳县钒产业集群: one character is a name only as a plain noun (钒, 茶), never a morpheme or a modifier (新, 各).
        if (part.length() == 1) {
            return ADMINISTRATIVE.indexOf(part.charAt(0)) < 0 && words.get(0).nature != null && words.get(0).nature.toString().equals("n");
        }
        if (ATTRIBUTIVE.indexOf(part.charAt(part.length() - 1)) >= 0) return false;
        // One word alone must be a noun proper: 关联/vn, 上下游/j describe clusters, 冶金/n, 香菇/n name an industry.
        if (words.size() == 1 && (words.get(0).nature == null || !words.get(0).nature.toString().startsWith("n"))) return false;
        for (int k = 0; k < words.size(); k++) {
            Term w = words.get(k);
            if (CLASSIFYING.contains(w.word) && k == words.size() - 1) return false;
            boolean last = k == words.size() - 1;
            if (!nominal(w, last ? null : words.get(k + 1), k == 0, last)) return false;
        }
        return true;
    }

    /**
     * One word of the part. A verb is allowed only right before a one-character noun: 改装车, 收割机 are nouns HanLP
     * does not know and splits; a verb before a longer noun is a verb phrase (发展产业).
     */
    private static boolean nominal(Term w, Term next, boolean first, boolean last) {
        String tag = w.nature == null ? "x" : w.nature.toString();
        if (last) return noun(tag);
        if (tag.equals("v") || tag.equals("vi") || tag.equals("vg")) {
            return next != null && next.word.length() == 1 && noun(next.nature == null ? "x" : next.nature.toString());
        }
        // 石化及精细化工, 软件和信息技术: a conjunction between two nominal words, never at the edge.
        // 现代森工, 现代农机: 现代 (a time word to HanLP) classes an industry as modern, like 新型; no other time word does.
        if (tag.startsWith("t") && first && w.word.equals("现代")) return true;
        if (tag.equals("c") || tag.equals("cc")) return !first && (w.word.equals("和") || w.word.equals("及") || w.word.equals("与"));
        return noun(tag) || tag.startsWith("a") || tag.equals("b") || tag.equals("bl") || tag.equals("j") || tag.equals("h")
                || tag.equals("k") || tag.equals("vn");
    }

    /** Noun tags (n, nz, ng, nr …, vn, an and abbreviations j); place names ns as well (景德镇陶瓷 within a part). */
    private static boolean noun(String tag) {
        if (tag.equals(Nature.nx.toString())) return false;          // a Latin string: 集群 of servers, not of firms
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("an") || tag.equals("j") || tag.equals("g") || tag.equals("gm")
                || tag.equals("gp") || tag.equals("gc") || tag.equals("gb") || tag.equals("gg") || tag.equals("gi");
    }
}
