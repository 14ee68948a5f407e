package org.policyminer.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyminer.util.SurfaceTrie;

/**
 * Reads industrial-cluster names as a small grammar: a place part (places from the gazetteer, city groups, districts,
 * named regions, several joined by 、), an industry part that ends with an industry word ({@link IndustryLexicon}) and
 * holds no verb or function word, then (产业)集群. The place part anchors the left edge, so whatever comes before it
 * (分别遴选出, 包含, 本报北京电 伴随着) is never part of the name; a province before a city is dropped from the canonical
 * name. Coordinated names before one head are expanded (长沙市工程机械、株洲市先进轨道交通装备等4个产业集群); a list of
 * industries without a place, or a mention with none (打造…三大世界级产业集群, 智能移动终端等4个集群), is generic, and so
 * is an industry whose place is said in another clause (杭州提出，到2025年生物医药产业集群…): the annotation notes call
 * that a cluster described, not named; unless place and industry are one of MIIT's national clusters, whose list gives
 * the name (南京提出，到2025年新型电力（智能电网）装备集群…).
 *
 * <p>Linear: each 集群 looks back at most {@link #MAX_NAME} characters.
 */
final class ClusterRecognizer {
    /** Words of a sentence about the national advanced-manufacturing cluster list (MIIT's competition and its winners). */
    private static final String[] NATIONAL_LIST_CUES = {"国家", "国家级", "入选", "入围", "工信部", "工业和信息化部", "决赛", "竞赛", "国家队", "上榜"};

    static final int MAX_NAME = 40;
    static final int MAX_LIST = 120;

    /** A cluster in simplified text: its span, canonical name, the cities it covers and whether it is on MIIT's list. */
    record Found(int start, int end, String name, List<String> cities, boolean national) {}

    /** Words that never stand inside an industry part: verbs, function words, and nouns of administration and time. */
    private static final SurfaceTrie<String> NOT_INDUSTRY = SurfaceTrie.of("的", "是", "在", "将", "把", "被", "对", "向", "从", "由",
            "了", "等", "个", "为", "该", "这", "各", "每", "之", "以", "并", "或", "也", "都", "已", "又", "就", "所", "即", "年", "月",
            "到", "至", "其中", "其他",
            "做好", "实现", "报送", "加强", "设立", "融入", "胜出", "包含", "伴随", "遴选", "时期", "期间", "全国", "两级", "梯次",
            "相关", "专业化", "下一步", "打造", "建设", "建成", "发展", "培育", "形成", "推动", "推进", "加快", "支持", "引导", "布局",
            "聚焦", "入选", "获评", "认定", "申报", "提出", "拥有", "包括", "成为", "作为", "围绕", "依托", "立足", "做强", "做大",
            "做优", "提升", "巩固", "构建", "创建", "争创", "着力", "全力", "大力", "积极", "进一步", "位列", "跻身", "加入", "参与",
            "实施", "开展", "组织", "评选", "名单", "领域", "方面", "通过", "成功", "共有", "已有", "旗下", "以上", "以下", "关于",
            "印发", "采用", "使用", "部署", "基于", "搭建", "优化", "增强", "竞赛", "集聚", "聚集", "初赛", "决赛", "全域", "基金",
            "所在", "覆盖", "带动", "引领", "重视", "高度", "瞄准", "壮大", "深耕", "主攻", "加速", "抢抓", "发力", "锚定", "冲刺", "迈向",
            "谋划", "提速", "集中", "聚力", "持续", "不断", "加大", "强化", "完善", "深化", "拓展", "延伸", "补齐", "发挥", "升级",
            "建立", "健全", "引进", "招引", "落地", "面向", "服务于", "对接", "协同", "联合", "牵头", "协调", "梯度", "体系", "政策", "项目",
            "企业", "园区", "基地", "城市", "地区", "区域", "国家", "省级", "市级", "县域", "世界", "全球", "国际", "规模", "产值",
            "营收", "收入", "目标", "计划", "规划", "方案", "工作", "会议", "大会", "论坛", "促进", "机构", "组织", "名称", "批次",
            "首批", "一批", "若干", "多个", "第一", "第二", "第三", "本地", "当地", "全市", "全省", "我市", "我省", "本市", "本省");
    /** Modifiers that classify a cluster without naming it: skipped after the place part (无锡市国家级物联网集群). */
    private static final SurfaceTrie<String> CLASS_WORDS = SurfaceTrie.of("国家先进制造业", "国家级", "世界级", "省级", "市级",
            "国家", "千亿级", "万亿级", "百亿级", "五千亿级");
    /**
     * Kinds of cluster written between a list's count (or 等) and its head; a single name keeps them (…加工特色集群).
     * A scale (等千亿产业集群, 等百亿级产业集群) classes the listed clusters the same way.
     */
    private static final SurfaceTrie<String> LIST_KINDS = SurfaceTrie.of("特色", "中小企业特色", "中小企业", "重点", "优势", "主导",
            "传统优势", "先进制造业", "战略性新兴", "新兴", "千亿", "万亿", "百亿", "超千亿", "超百亿", "五百亿", "超五百亿");
    /** Words between the industry and 集群 that are not part of the name (…装备产业集群, 盐常宿淮绿色光伏先进制造业集群). */
    private static final String[] HEAD_FILLERS = {"产业", "先进制造业", "制造业"};
    /** {@link #HEAD_FILLERS}, then the words synonym spinners write for them ({@link SpunWords}). */
    private static final String[] ALL_HEAD_FILLERS = java.util.stream.Stream.concat(java.util.Arrays.stream(HEAD_FILLERS),
            java.util.Arrays.stream(SpunWords.HEAD_FILLERS)).toArray(String[]::new);
    /** Industry parts too general to name a cluster on their own. */
    private static final Set<String> GENERIC_CORES = Set.of("先进制造", "先进制造业", "制造", "制造业", "装备制造业", "先进装备制造业",
            "高端制造", "高端制造业", "战略性新兴产业", "新兴产业", "数字经济", "生物", "健康", "信息", "材料", "装备", "设备",
            "能源", "服务", "技术", "制造业服务");
    /** Industry parts that name a field, not a cluster, when the place part is a whole province (山东省高端装备产业集群). */
    private static final Set<String> BROAD_FIELDS = Set.of("高端装备", "新材料", "新一代信息技术", "生物医药", "电子信息",
            "装备制造", "高端装备制造", "先进装备制造", "消费品", "新能源汽车", "数字经济", "智能制造", "新能源");
    /** What may follow the industry inside a name without being an industry word. */
    private static final String[] INDUSTRY_TAILS = {"及其应用", "及高端应用", "及应用", "和应用", "与应用", "应用", "创新型", "特色",
            // 苏州市先进材料产业融合集群, 苏州市生物医药产业创新集群: designations (Jiangsu's 产业融合集群 pilots, a city's
            // 产业创新集群) that keep 产业 in the name because it is not right before 集群 (conventions, dev7 and dev8)
            "产业创新", "产业融合", "创新"};
    /** A count before the head: 等4个集群, 三大世界级产业集群, 两大集群. */
    private static final String COUNT_CHARS = "0123456789０１２３４５６７８９一二两三四五六七八九十";
    private static final String[] NOT_A_NAME_AFTER = {"化", "式", "注册", "效应", "间", "内部"};
    private static final String[] COMPUTING_TAILS = {"服务器", "计算", "算力", "存储", "数据库", "容器", "节点", "主机", "GPU",
            "万卡", "千卡", "智算", "计算机", "无人机", "卫星", "星座", "风机", "机组", "虚拟机", "数据中心", "云主机"};

    /** What may stand between a clause's start and a national cluster's industry: a time (到2025年, 2023年底). */
    private static final java.util.regex.Pattern TIME_BEFORE_NAME = java.util.regex.Pattern.compile("(?:到|至|在)?\\d{4}年(?:底|末)?");

    private final ClusterPlaces places;
    private final IndustryLexicon industries;
    private final NationalClusters national;

    ClusterRecognizer(ClusterPlaces places, IndustryLexicon industries, NationalClusters national) {
        this.places = places;
        this.industries = industries;
        this.national = national;
    }

    ClusterRecognizer() {
        this(ClusterPlaces.instance(), IndustryLexicon.instance(), NationalClusters.instance());
    }

    List<Found> find(String t) {
        return new Scan().run(t);
    }

    /** One reading of a text: the state a name passes to the next (its place part, its head) lives here, per call. */
    private final class Scan {
        /** The place part of a name: its places, where it ends (after a gloss or a zone), and whether a zone ends it. */
        private record PlacePart(List<ClusterPlaces.Anchor> anchors, int end, boolean zone) {}

        List<Found> run(String t) {
            List<Found> out = new ArrayList<>();
            int previousEnd = 0;
            PlacePart previousPart = null;           // of the name that ended at previousEnd, for 青岛智能家电集群和轨道交通装备集群
            int from = 0;
            while (true) {
                int p = t.indexOf("集群", from);
                if (p < 0) break;
                from = p + 2;
                int floor = previousEnd;
                PlacePart shared = previousPart;
                previousEnd = p + 2;
                previousPart = null;
                if (followedByNonName(t, p + 2)) continue;
                // A name of MIIT's list written out in full, or one of its short forms (苏锡通高端纺织集群).
                NationalClusters.Written written = national.endingAt(t, p + 2);
                if (written != null && p + 2 - written.length() >= floor) {
                    NationalClusters.Entry e = written.entry();
                    out.add(new Found(p + 2 - written.length(), p + 2, e.name(), e.places(), true));
                    continue;
                }
                int head = p;
                boolean filler = true;
                while (filler) {
                    filler = false;
                    for (String w : ALL_HEAD_FILLERS) {
                        if (head - w.length() >= floor && t.startsWith(w, head - w.length())) {
                            head -= w.length();
                            filler = true;
                            break;
                        }
                    }
                    // 宁波市磁性材料国家先进制造业集群, 长沙工程机械国家级先进制造业集群: a class word before the head.
                    for (int len = 5; len >= 2 && !filler; len--) {
                        if (head - len >= floor && head - len > 0 && CLASS_WORDS.get(t, head - len, head) != null) {
                            head -= len;
                            filler = true;
                        }
                    }
                }
                industrialHead = head < p;
                // A list of names is read over a longer stretch than one name: each of its items is checked on its own.
                int wide = windowStart(t, head, Math.max(floor, p - MAX_LIST), true);
                int marker = listMarker(t, wide, head);
                if (marker >= 0) {
                    int before = out.size();
                    readList(t, wide, marker, out);
                    if (t.substring(marker, head).contains("特色")) shareSpecialty(out, before);
                    continue;
                }
                // 佛山市泛家居、东莞市泛家居产业集群, 慈溪小家电、余姚模具产业集群: names joined by 、 under one head with no
                // count; read as a list when its first item is a name of its own (place part and industry).
                int plain = windowStart(t, head, Math.max(floor, p - MAX_LIST), false);
                if (unmarkedList(t, plain, head)) {
                    int before = out.size();
                    readList(t, plain, head, out);
                    // 临澧县新材料、安乡县电子信息特色产业集群: 特色 before the shared head belongs to every item, not the last
                    if (head - 2 >= plain && t.startsWith("特色", head - 2)) shareSpecialty(out, before);
                    if (out.size() > before) {
                        previousPart = null;
                        continue;
                    }
                }
                int w = windowStart(t, head, Math.max(floor, p - MAX_NAME), false);
                Found f = readOne(t, w, head, p + 2);
                if (f == null && w == floor && shared != null) f = sharedPlace(t, w, head, p + 2, shared);
                if (f != null) {
                    out.add(f);
                    previousPart = lastPart;
                }
            }
            return out;
        }

        /**
         * Whether the head being read is 产业集群 (or 先进制造业集群): 无人机 or 服务器 before a plain 集群 is a swarm or a
         * computing cluster, before 产业集群 an industry (宝安区的低空无人机产业集群). Set by {@link #find} per head.
         */
        private boolean industrialHead;

        /** The place part of the last name {@link #name} built (read by {@link #find} right after the call; not shared). */
        private PlacePart lastPart;

        /** 青岛智能家电集群和轨道交通装备集群, 江苏工程机械产业集群、物联网产业集群: the place of the name before is shared. */
        private Found sharedPlace(String t, int w, int head, int end, PlacePart shared) {
            int k = w;
            if (t.startsWith("以及", k)) k += 2;
            else if (k < head && "和及与、".indexOf(t.charAt(k)) >= 0) k++;
            else return null;
            int coreStart = skipClassWords(t, k, head);
            String core = unspun(t.substring(coreStart, head), shared);
            if (!industry(core, shared.anchors())) return null;
            return name(t, shared, core, k, end);
        }

        /**
         * 双峰县农机、邵东市打火机…等8个国家中小企业特色产业集群: items written bare before a head whose designation holds
         * 特色 take it, as a single name keeps it (临泉县农副食品加工特色集群; conventions, dev3 and dev13). Items written with
         * a head of their own (东凤镇数智家电产业集群、…等3个特色产业集群) were read at their own 集群 and are not in the list.
         */
        private static void shareSpecialty(List<Found> out, int from) {
            for (int i = from; i < out.size(); i++) {
                Found f = out.get(i);
                if (f.national() || f.name().endsWith("特色集群") || !f.name().endsWith("集群")) continue;
                String stem = f.name().substring(0, f.name().length() - "集群".length());
                out.set(i, new Found(f.start(), f.end(), stem + "特色集群", f.cities(), false));
            }
        }

        /**
         * A part read through the spinners' table ({@link SpunWords}): 超硬资料 after 郑南商许 is 超硬材料. The reading is
         * kept only when it names one of MIIT's clusters of the place part, or, under an industrial head (产业集群, 家当集群),
         * an industry the lexicon knows where the part as written is none; otherwise the part stays as written.
         */
        private String unspun(String core, PlacePart part) {
            String plain = SpunWords.unspun(core);
            if (plain.equals(core)) return core;
            if (!part.zone() && national.find(keyPlaces(part), plain) != null) return plain;
            if (industrialHead && !industry(core, part.anchors()) && industry(plain, part.anchors())) return plain;
            return core;
        }

        /** The places a name's part gives for the national list: a province before a city is left out. */
        private static Set<String> keyPlaces(PlacePart part) {
            List<ClusterPlaces.Anchor> named = new ArrayList<>(part.anchors());
            while (named.size() > 1 && named.get(0).province()) named.remove(0);
            Set<String> out = new LinkedHashSet<>();
            for (ClusterPlaces.Anchor a : named) for (Place p : a.places()) out.add(p.name());
            return out;
        }

        private static boolean followedByNonName(String t, int end) {
            for (String w : NOT_A_NAME_AFTER) if (t.startsWith(w, end)) return true;
            return false;
        }

        /**
         * The start of the run of name characters (with paired brackets and 、) that ends at {@code end}; for a list, quoted
         * items too (“长沙工程机械”“株洲市先进轨道交通装备”两大集群).
         */
        private static int windowStart(String t, int end, int limit, boolean quotes) {
            int left = end;
            int depth = 0;
            while (left > limit) {
                char c = t.charAt(left - 1);
                if (c == '）' || c == ')') {
                    depth++;
                } else if (c == '（' || c == '(') {
                    if (depth == 0) break;
                    depth--;
                } else if (c != '、' && !isNameChar(c) && !(quotes && QUOTES.indexOf(c) >= 0)) {
                    break;
                }
                left--;
            }
            // An unpaired closing bracket: the name starts after it.
            while (depth > 0 && left < end) {
                char c = t.charAt(left);
                if (c == '）' || c == ')') depth--;
                left++;
            }
            return left;
        }

        private static final String QUOTES = "“”\"「」『』";
        /** How far a description may stand between a count and the head (等8个国内能源领域较高竞争力产业集群). */
        private static final int COUNT_TO_HEAD = 14;

        /** Where a count before the head starts (等4个, 三大 after skipping 世界级 …), or -1. */
        private static int listMarker(String t, int from, int head) {
            int k = head;
            int len;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int i = Math.max(from, k - 6); i < k; i++) {
                    // 德化陶瓷等特色产业集群, 2个国家级中小企业特色产业集群: kinds of cluster between the count and the head
                    if ((len = CLASS_WORDS.longestAt(t, i, k - i)) == k - i || LIST_KINDS.longestAt(t, i, k - i) == k - i) {
                        k = i;
                        moved = true;
                        break;
                    }
                }
            }
            int j = k;
            if (j > from && (t.charAt(j - 1) == '个' || t.charAt(j - 1) == '大' || t.charAt(j - 1) == '类')) {
                int c = j - 1;
                while (c > from && COUNT_CHARS.indexOf(t.charAt(c - 1)) >= 0) c--;
                if (c < j - 1) j = c;
            }
            if (j > from && t.charAt(j - 1) == '等') return j - 1;
            if (j < k) return j;
            // 陕西西安智能电气、江苏常州智慧能源等8个国内能源领域较高竞争力产业集群: 等 and a count, then a description.
            for (int i = k - 1; i > Math.max(from, k - COUNT_TO_HEAD); i--) {
                char c = t.charAt(i);
                if (!Character.isIdeographic(c) && COUNT_CHARS.indexOf(c) < 0) return -1;
                if (c != '个') continue;
                int n = i;
                while (n > from && COUNT_CHARS.indexOf(t.charAt(n - 1)) >= 0) n--;
                if (n < i && n > from && t.charAt(n - 1) == '等') return n - 1;
            }
            return -1;
        }

        /** One name: the last place part of the window and the industry after it; else the same after a lead-in verb. */
        private Found readOne(String t, int w, int head, int end) {
            Found f = readOneFrom(t, w, head, end, true);
            if (f != null) return f;
            // 中山共有火炬高新区…产业集群: only a place part, a town or a zone written right after the verb (a national
            // cluster whose place is said before the verb stays what nationalOfTheSentence makes of the whole window)
            int cut = afterLeadIn(t, w, head);
            return cut > w ? readOneFrom(t, cut, head, end, false) : null;
        }

        private Found readOneFrom(String t, int w, int head, int end, boolean nationalFallback) {
            List<ClusterPlaces.Anchor> anchors = withoutGlosses(t, places.in(t, w, head));
            if (anchors.isEmpty()) anchors = quotedPlace(t, w);
            if (anchors.isEmpty()) {
                Found town = townCluster(t, w, head, end);
                return town != null || !nationalFallback ? town : nationalOfTheSentence(t, w, head, end);
            }
            PlacePart part = placePart(t, anchors, anchors.size() - 1, head);
            int coreStart = skipClassWords(t, part.end(), head);
            String core = t.substring(coreStart, head);
            core = unspun(core, part);
            // 宜春、新余、赣州三大锂电产业集群: a count between the places and the industry describes how many clusters
            // the places hold; it names none of them.
            if (countedBeforeIndustry(core)) return null;
            if (!industryOrOpen(core, part)) return null;
            return name(t, part, core, part.anchors().get(0).start(), end);
        }

        private static boolean countedBeforeIndustry(String core) {
            int c = 0;
            while (c < core.length() && COUNT_CHARS.indexOf(core.charAt(c)) >= 0) c++;
            return c > 0 && c < core.length() && "大个类".indexOf(core.charAt(c)) >= 0;
        }

        /**
         * 南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元: an industry part that is, with the sentence's last
         * place before it, one of MIIT's national clusters names that cluster (its name is the list's, and the list
         * gives its place); any other industry whose place is said in another clause stays a description.
         */
        private Found nationalOfTheSentence(String t, int w, int head, int end) {
            int sentence = w;
            while (sentence > 0 && w - sentence < MAX_LIST && "。！？；!?;\n".indexOf(t.charAt(sentence - 1)) < 0) sentence--;
            List<ClusterPlaces.Anchor> before = places.in(t, sentence, w);
            if (before.isEmpty()) return null;
            // The cluster as the clause's subject, not a thing described (…为代表的新型碳材料先进制造业集群).
            if (w > 0 && t.charAt(w - 1) == '的') return null;
            Set<String> place = NationalClusters.placeNames(before.get(before.size() - 1).places());
            // The window may start with a time (到2025年…): the longest tail that is the cluster's industry.
            for (int k = w; k < head - 1; k++) {
                if (k > w && !TIME_BEFORE_NAME.matcher(t.substring(w, k)).matches()) continue;
                NationalClusters.Entry e = national.find(place, t.substring(k, head));
                if (e != null) return new Found(k, end, e.name(), e.places(), true);
            }
            return quotedWithTheSentencesPlaces(t, before, w, head, end);
        }

        /**
         * 南通市与苏州、无锡共同打造的“高端纺织集群”: a quoted head, naming no place, whose industry is that of one of MIIT's
         * clusters and whose sentence names before it exactly that cluster's places (a name written with its places
         * spread over the clause; conventions, dev13 d13-0226). The quotes say the head is a name; the places, all and
         * only the entry's, say which one. The mention runs from the first place to the closing quote.
         */
        private Found quotedWithTheSentencesPlaces(String t, List<ClusterPlaces.Anchor> before, int w, int head, int end) {
            if (w == 0 || "“\"「『".indexOf(t.charAt(w - 1)) < 0 || end >= t.length() || "”\"」』".indexOf(t.charAt(end)) < 0) return null;
            Set<String> all = new java.util.TreeSet<>();
            for (ClusterPlaces.Anchor a : before) {
                if (a.province()) return null;
                all.addAll(NationalClusters.placeNames(a.places()));
            }
            if (all.size() < 2) return null;
            NationalClusters.Entry e = national.find(all, t.substring(w, head));
            if (e == null || !new java.util.TreeSet<>(e.places()).equals(all)) return null;
            return new Found(before.get(0).start(), end + 1, e.name(), e.places(), true);
        }

        /**
         * 东凤镇数智家电产业集群, 沙溪镇休闲服装产业集群: a town (two or three characters and 镇) opening the name is its place
         * part; towns are not in the gazetteer, so the name is kept as written and lists no city.
         */
        private Found townCluster(String t, int w, int head, int end) {
            if (w < head && "、和及与".indexOf(t.charAt(w)) >= 0) w++;
            // 火炬高新区健康医药与医疗器械产业集群: a zone not named after a city (conventions, session 18) is kept as written too.
            for (int len = 2; len <= 4; len++) {
                int k = w + len;
                if (k >= head || !allHan(t, w, k)) continue;
                for (String z : ZONES) {
                    if (z.length() < 2 || z.equals("园区") || !t.startsWith(z, k) || k + z.length() >= head) continue;
                    String core = t.substring(skipClassWords(t, k + z.length(), head), head);
                    if (!industry(core, List.of())) continue;
                    return new Found(w, end, t.substring(w, k + z.length()) + core + "集群", List.of(), false);
                }
            }
            for (int len = 3; len <= 4; len++) {
                int k = w + len;
                if (k >= head || t.charAt(k - 1) != '镇' || !allHan(t, w, k - 1)) continue;
                if (t.substring(w, k - 1).chars().anyMatch(ch -> "小城乡村集".indexOf(ch) >= 0)) continue;   // 特色小镇, 城镇
                String core = t.substring(skipClassWords(t, k, head), head);
                if (!industry(core, List.of())) continue;
                return new Found(w, end, t.substring(w, k) + core + "集群", List.of(), false);
            }
            return null;
        }

        /** 长三角(含江西): a place in brackets right after another glosses it and is no place part of its own. */
        private static List<ClusterPlaces.Anchor> withoutGlosses(String t, List<ClusterPlaces.Anchor> anchors) {
            List<ClusterPlaces.Anchor> out = new ArrayList<>(anchors.size());
            int glossEnd = -1;
            for (ClusterPlaces.Anchor a : anchors) {
                if (a.start() < glossEnd) continue;
                out.add(a);
                int e = a.end();
                if (e < t.length() && (t.charAt(e) == '(' || t.charAt(e) == '（')) {
                    int close = e + 1;
                    while (close < t.length() && close - e < 10 && t.charAt(close) != ')' && t.charAt(close) != '）') close++;
                    glossEnd = close;
                }
            }
            return out;
        }

        /** “武襄十随”汽车集群: a place part in quotes right before the industry. */
        private List<ClusterPlaces.Anchor> quotedPlace(String t, int w) {
            if (w < 2 || "”\"」』".indexOf(t.charAt(w - 1)) < 0) return List.of();
            int open = w - 2;
            while (open >= 0 && w - open < 12 && "“\"「『".indexOf(t.charAt(open)) < 0) open--;
            if (open < 0 || "“\"「『".indexOf(t.charAt(open)) < 0) return List.of();
            List<ClusterPlaces.Anchor> inside = places.in(t, open + 1, w - 1);
            if (inside.isEmpty() || inside.get(0).start() != open + 1 || inside.get(inside.size() - 1).end() != w - 1) return List.of();
            return inside;
        }

        /** Zone names that continue a place part (济南高新区, 武汉东湖高新区, 南京江北新区, 苏州工业园区). */
        private static final String[] ZONES = {"高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区", "高新区", "经开区", "开发区",
                "航空港", "空港新区", "临空经济区", "新区", "自贸区", "保税区", "综保区", "园区", "试验区", "实验区", "示范区"};
        private static final int ZONE_NAME = 6;

        /**
         * The place part ending with anchor {@code last}: the places joined to it by 、 or 和, or written right before it;
         * then a gloss in brackets (长三角(含江西)), a closing quote, a zone (高新区), and 的 after a district, county or zone
         * (福田区的5G信息技术应用产业集群).
         */
        private static PlacePart placePart(String t, List<ClusterPlaces.Anchor> anchors, int last, int limit) {
            int first = last;
            while (first > 0) {
                ClusterPlaces.Anchor prev = anchors.get(first - 1);
                int gap = anchors.get(first).start() - prev.end();
                if (gap == 0 || (gap == 1 && "、和".indexOf(t.charAt(prev.end())) >= 0)) first--;
                else break;
            }
            ClusterPlaces.Anchor a = anchors.get(last);
            int end = a.end();
            if (end < limit && (t.charAt(end) == '(' || t.charAt(end) == '（')) {
                int close = end + 1;
                while (close < limit && close - end < 10 && t.charAt(close) != ')' && t.charAt(close) != '）') close++;
                if (close < limit && (t.charAt(close) == ')' || t.charAt(close) == '）')) end = close + 1;
            }
            if (end < limit && "”\"」』".indexOf(t.charAt(end)) >= 0) end++;
            boolean zone = false;
            for (int k = end; k < Math.min(limit, end + ZONE_NAME + 1) && !zone; k++) {
                for (String z : ZONES) {
                    if (k + z.length() <= limit && t.startsWith(z, k) && allHan(t, end, k)) {
                        end = k + z.length();
                        zone = true;
                        break;
                    }
                }
            }
            ClusterPlaces.Kind kind = a.kind();
            // 青岛市的智能家电产业集群: a city written in full with 市 may take 的 too; a short form (深圳的…) mostly describes.
            boolean fullCity = kind == ClusterPlaces.Kind.CITY && a.end() > a.start() && t.charAt(a.end() - 1) == '市';
            if (end < limit && t.charAt(end) == '的'
                    && (zone || fullCity || kind == ClusterPlaces.Kind.DISTRICT || kind == ClusterPlaces.Kind.COUNTY_CITY)) end++;
            return new PlacePart(anchors.subList(first, last + 1), end, zone);
        }

        private static boolean allHan(String t, int from, int to) {
            for (int i = from; i < to; i++) if (!Character.isIdeographic(t.charAt(i)) || NOT_INDUSTRY.longestAt(t, i) > 0) return false;
            return true;
        }

        /**
         * 长沙市工程机械、株洲市先进轨道交通装备等4个产业集群: each item with a place part is a name; an item without one
         * shares the place of the item before it (青岛智能家电和轨道交通装备两个集群).
         */
        private void readList(String t, int w, int marker, List<Found> out) {
            List<int[]> items = new ArrayList<>();
            int s = w;
            int depth = 0;
            for (int i = w; i < marker; i++) {
                char c = t.charAt(i);
                // 孝感市(高新区、汉川)纺织服装产业集群、…: a 、 inside brackets lists the place part's members, not the names
                if (c == '(' || c == '（') depth++;
                else if ((c == ')' || c == '）') && depth > 0) depth--;
                boolean split = depth == 0 && (c == '、' || ((c == '和' || c == '及' || c == '与') && places.at(t, i + 1) != null));
                if (split) {
                    items.add(unquoted(t, s, i));
                    s = i + 1;
                } else if (c == '“' && i > s && t.charAt(i - 1) == '”') {
                    items.add(unquoted(t, s, i));
                    s = i;
                }
            }
            items.add(unquoted(t, s, marker));
            splitLastByCount(t, items, listCount(t, marker));
            List<ClusterPlaces.Anchor> carried = new ArrayList<>();
            PlacePart previous = null;
            for (int k = 0; k < items.size(); k++) {
                int[] item = items.get(k);
                // 我省有南康现代家具、…等5个集群, 中山共有火炬高新区…产业集群、…: the first item may hold the verb that opens the
                // list; a place that must open its name (南康, 火炬高新区) is read after it.
                if (k == 0 && !readsAsItem(t, item)) {
                    int cut = afterLeadIn(t, item[0], item[1]);
                    if (cut > item[0]) item = new int[] {cut, item[1]};
                }
                List<ClusterPlaces.Anchor> anchors = withoutGlosses(t, places.in(t, item[0], item[1]));
                if (anchors.isEmpty()) {
                    Found town = townCluster(t, item[0], item[1], item[1]);
                    if (town != null) {
                        out.add(town);
                        carried.clear();
                        previous = null;
                        continue;
                    }
                    carried.clear();
                    if (previous == null) continue;
                    String core = unspun(t.substring(skipClassWords(t, item[0], item[1]), item[1]), previous);
                    if (industry(core, previous.anchors())) out.addAll(namesOf(t, previous, core, item[0], item[1]));
                    continue;
                }
                ClusterPlaces.Anchor a = anchors.get(anchors.size() - 1);
                if (a.end() == item[1]) {
                    // 南通市、泰州市、扬州市海工装备和高技术船舶、…: a place alone belongs to the next item's place part.
                    carried.addAll(placePart(t, anchors, anchors.size() - 1, item[1]).anchors());
                    continue;
                }
                PlacePart own = placePart(t, anchors, anchors.size() - 1, item[1]);
                List<ClusterPlaces.Anchor> joined = new ArrayList<>(carried);
                joined.addAll(own.anchors());
                carried.clear();
                PlacePart part = new PlacePart(joined, own.end(), own.zone());
                String core = unspun(t.substring(skipClassWords(t, part.end(), item[1]), item[1]), part);
                if (!industryOrOpen(core, part)) {
                    previous = null;
                    continue;
                }
                out.addAll(namesOf(t, part, core, part.anchors().get(0).start(), item[1]));
                previous = part;
            }
        }

        /**
         * 合肥市新型显示器件、集成电路和人工智能等3个产业集群: a list's last two items are often joined by 和 (及, 与) rather
         * than 、. When the count the list states is one more than its items, the last item's joiner is that separator,
         * not part of one industry's name (海工装备和高技术船舶 stays whole when the count says it is one item).
         */
        private static void splitLastByCount(String t, List<int[]> items, int count) {
            if (count != items.size() + 1) return;
            int[] last = items.get(items.size() - 1);
            int cut = -1;
            for (int i = last[0] + 2; i < last[1] - 2; i++) {
                char c = t.charAt(i);
                if (c == '和' || c == '及' || c == '与') {
                    if (cut >= 0) return;             // two joiners: which one lists cannot be told
                    cut = i;
                }
            }
            if (cut < 0) return;
            items.set(items.size() - 1, new int[] {last[0], cut});
            items.add(new int[] {cut + 1, last[1]});
        }

        /** The count a list marker states (等4个, 等四个, 三大), or -1. */
        private static int listCount(String t, int marker) {
            int k = marker < t.length() && t.charAt(marker) == '等' ? marker + 1 : marker;
            int end = k;
            while (end < t.length() && COUNT_CHARS.indexOf(t.charAt(end)) >= 0) end++;
            if (end == k || end - k > 3) return -1;
            String n = t.substring(k, end);
            StringBuilder digits = new StringBuilder();
            for (char c : n.toCharArray()) digits.append(ChineseNumerals.asciiDigit(c));
            if (digits.chars().allMatch(c -> ChineseNumerals.isAsciiDigit((char) c))) return Integer.parseInt(digits.toString());
            return ChineseNumerals.parse(n, ChineseNumerals.Mode.NORMAL).map(java.math.BigDecimal::intValue).orElse(-1);
        }

        /** A 、 at bracket depth 0 in [w, head) whose first item reads as a name (after a lead-in verb if there is one). */
        private boolean unmarkedList(String t, int w, int head) {
            int depth = 0;
            int firstEnd = -1;
            for (int i = w; i < head; i++) {
                char c = t.charAt(i);
                if (c == '(' || c == '（') depth++;
                else if ((c == ')' || c == '）') && depth > 0) depth--;
                else if (c == '、' && depth == 0) {
                    firstEnd = i;
                    break;
                }
            }
            if (firstEnd < 0) return false;
            // The last item, right before the head, must be a name too (or an industry sharing the place before it):
            // …集成电路(关键材料)、松阳县…(…)入选省级特色产业集群协同区 and 东莞继智能移动终端、智能装备后第三个…集群 are no lists of names.
            int lastStart = head;
            while (lastStart > firstEnd + 1 && t.charAt(lastStart - 1) != '、') lastStart--;
            int[] last = {lastStart, head};
            if (!readsAsItem(t, last) && !(places.in(t, lastStart, head).isEmpty() && industry(t.substring(lastStart, head), List.of()))) return false;
            int[] first = {w, firstEnd};
            if (readsAsItem(t, first)) return true;
            int cut = afterLeadIn(t, w, firstEnd);
            return cut > w && readsAsItem(t, new int[] {cut, firstEnd});
        }

        /** Verbs and words that open a list or a name's clause: 有 / 共有 / 包括 / 分别为 …, then the name. */
        private static final String[] LEAD_INS = {"共有", "已有", "拥有", "包括", "包含", "分别是", "分别为", "分别有", "其中", "例如",
                "比如", "有", "是", "为", "如", "即", "：", ":"};

        /** Where a name may start after the last lead-in word of [from, to) (0 characters of it: {@code from}). */
        private static int afterLeadIn(String t, int from, int to) {
            int cut = from;
            for (int i = from; i < to; i++) {
                for (String w : LEAD_INS) {
                    if (i + w.length() < to && t.startsWith(w, i)) {
                        cut = i + w.length();
                        break;
                    }
                }
            }
            return cut;
        }

        /** Whether an item, as it stands, opens with a place part or a town and holds an industry after it. */
        private boolean readsAsItem(String t, int[] item) {
            List<ClusterPlaces.Anchor> anchors = withoutGlosses(t, places.in(t, item[0], item[1]));
            if (anchors.isEmpty()) return townCluster(t, item[0], item[1], item[1]) != null;
            PlacePart part = placePart(t, anchors, anchors.size() - 1, item[1]);
            return industry(t.substring(skipClassWords(t, part.end(), item[1]), item[1]), part.anchors());
        }

        /** An item of a list without the quotes around it. */
        private static int[] unquoted(String t, int from, int to) {
            while (from < to && QUOTES.indexOf(t.charAt(from)) >= 0) from++;
            while (to > from && QUOTES.indexOf(t.charAt(to - 1)) >= 0) to--;
            return new int[] {from, to};
        }

        /**
         * The name, or the names when two industries joined by 和 are each a national cluster of the place and the whole
         * is none (宁波磁性材料和绿色石化, 佛山智能装备和泛家居); 海工装备和高技术船舶 stays one name.
         */
        private List<Found> namesOf(String t, PlacePart part, String core, int start, int end) {
            Found whole = name(t, part, core, start, end);
            if (whole.national()) return List.of(whole);
            String[] pieces = core.split("和|与");
            if (pieces.length < 2) return List.of(whole);
            List<Found> out = new ArrayList<>();
            for (String piece : pieces) {
                if (piece.length() < 2 || !industry(piece, part.anchors())) return List.of(whole);
                Found f = name(t, part, piece, start, end);
                if (!f.national()) return List.of(whole);
                out.add(f);
            }
            return out;
        }

        private static int skipClassWords(String t, int from, int to) {
            int k = from;
            int len;
            while (k < to && (len = CLASS_WORDS.longestAt(t, k, to - k - 1)) > 0) k += len;
            return k;
        }

        /** Whether {@code core} reads as an industry: ends with an industry word, holds no verb or function word. */
        private boolean industry(String core, List<ClusterPlaces.Anchor> part) {
            if (core.length() < 2 || core.length() > 24) return false;
            for (int i = 0; i < core.length(); i++) {
                char c = core.charAt(i);
                if (!isNameChar(c) && "（）()".indexOf(c) < 0) return false;
                if (NOT_INDUSTRY.longestAt(core, i) > 0) return false;
            }
            if (GENERIC_CORES.contains(core)) return false;
            if (part.size() == 1 && part.get(0).province() && BROAD_FIELDS.contains(core)) return false;
            if (!industrialHead) for (String tail : COMPUTING_TAILS) if (core.endsWith(tail)) return false;
            // 稀土新材料及应用, 航空装备创新型, (人工智能)特色: an application, a kind or a bracket around the industry.
            int end = core.length();
            for (String tail : INDUSTRY_TAILS) {
                if (core.endsWith(tail) && end - tail.length() >= 2) {
                    end -= tail.length();
                    break;
                }
            }
            if (end > 0 && (core.charAt(end - 1) == ')' || core.charAt(end - 1) == '）')) end--;
            return end >= 2 && industries.headBefore(core, 0, end) != null;
        }

        /**
         * {@link #industry}, or else an industry no lexicon lists (低碳冶金, 香菇, 改装车) read as a noun phrase by
         * {@link OpenIndustry}: only right after a place part that can own one cluster (a city, county-level city,
         * county, district or zone; no province, city group or region, whose parts name fields: 山东省高端装备), so the
         * place anchors the left edge and the short part between it and 集群 is all the name holds.
         */
        private boolean industryOrOpen(String core, PlacePart part) {
            if (industry(core, part.anchors())) return true;
            ClusterPlaces.Kind kind = part.anchors().get(part.anchors().size() - 1).kind();
            boolean owner = part.zone() || kind == ClusterPlaces.Kind.CITY || kind == ClusterPlaces.Kind.COUNTY_CITY
                    || kind == ClusterPlaces.Kind.DISTRICT;
            if (!owner || core.isEmpty() || GENERIC_CORES.contains(core)) return false;
            // With no lexicon word, the text itself must say the cluster is one of industries: 产业集群 or 先进制造业集群,
            // or a …特色集群 designation. A bare 集群 after a noun is as often people, buildings or machines (人才集群,
            // 楼宇集群, 数据集群).
            if (!industrialHead && !core.endsWith("特色")) return false;
            for (int i = 0; i < core.length(); i++) if (NOT_INDUSTRY.longestAt(core, i) > 0) return false;
            if (!industrialHead) for (String tail : COMPUTING_TAILS) if (core.endsWith(tail)) return false;
            int end = core.length();
            for (String tail : INDUSTRY_TAILS) {
                if (core.endsWith(tail) && end - tail.length() >= 2) {
                    end -= tail.length();
                    break;
                }
            }
            return OpenIndustry.isIndustry(core.substring(0, end));
        }

        /**
         * The canonical name: MIIT's when the list has it, else the place part (a province before a city dropped; a bare
         * city or province in full: 长沙 → 长沙市, 广西 → 广西壮族自治区; districts, county-level cities, groups, regions and
         * zones as written) + industry + 集群.
         */
        /**
         * One city's part of a multi-city national cluster (佛山智能装备 for 广深佛莞智能装备集群) is that cluster only in
         * a sentence about the national list (several of its cities, 襄阳、十堰、随州汽车集群, name it anywhere); in another list (a 百强 list: 南通高端纺织集群) it is kept as written
         * (conventions, session 19).
         */
        private boolean aboutNationalList(String t, int start, int end) {
            int from = start;
            while (from > 0 && start - from < 200 && t.charAt(from - 1) != '。' && t.charAt(from - 1) != '\n') from--;
            int to = end;
            while (to < t.length() && to - end < 200 && t.charAt(to) != '。' && t.charAt(to) != '\n') to++;
            String s = t.substring(from, to);
            for (String cue : NATIONAL_LIST_CUES) if (s.contains(cue)) return true;
            return false;
        }

        private Found name(String t, PlacePart part, String core, int start, int end) {
            List<ClusterPlaces.Anchor> named = new ArrayList<>(part.anchors());
            while (named.size() > 1 && named.get(0).province()) named.remove(0);
            lastPart = part;
            Set<String> keyPlaces = new LinkedHashSet<>();
            for (ClusterPlaces.Anchor a : named) for (Place p : a.places()) keyPlaces.add(p.name());
            NationalClusters.Entry e = part.zone() ? null : national.find(keyPlaces, core);
            if (e == null && named.size() == 2 && named.get(1).kind() == ClusterPlaces.Kind.COUNTY_CITY) {
                // 温州市乐清电气集群: a county-level city inside its prefecture's name.
                e = national.find(NationalClusters.placeNames(named.get(0).places()), t.substring(named.get(1).start(), named.get(1).end()) + core);
            }
            if (e == null && !part.zone() && named.stream().allMatch(a -> a.kind() == ClusterPlaces.Kind.CITY)
                    && (keyPlaces.size() > 1 || aboutNationalList(t, start, end))) {
                e = national.findContaining(keyPlaces, core);
            }
            if (e != null) return new Found(start, end, e.name(), e.places(), true);
            StringBuilder sb = new StringBuilder();
            Set<String> cities = new LinkedHashSet<>();
            for (int i = 0; i < named.size(); i++) {
                ClusterPlaces.Anchor a = named.get(i);
                if (i > 0 && named.get(i - 1).end() < a.start()) sb.append('、');
                boolean last = i == named.size() - 1;
                String written = t.substring(a.start(), last ? part.end() : a.end());
                if (written.endsWith("的")) written = written.substring(0, written.length() - 1);
                written = written.replace("”", "").replace("\"", "").replace("」", "").replace("』", "");
                boolean bare = a.places().size() == 1 && (a.kind() == ClusterPlaces.Kind.CITY || a.kind() == ClusterPlaces.Kind.PROVINCE);
                if (bare && !(last && part.zone())) {
                    sb.append(a.places().get(0).name());
                    // 孝感市(高新区、汉川)纺织服装集群: the bracket that narrows the city stays in the name (conventions, dev4)
                    if (last && part.end() > a.end() + 1 && "(（".indexOf(t.charAt(a.end())) >= 0 && ")）".indexOf(t.charAt(part.end() - 1)) >= 0) {
                        sb.append(t, a.end(), part.end());
                    }
                } else {
                    sb.append(written);
                }
                for (Place p : a.places()) cities.add(places.cityOf(p).name());
            }
            return new Found(start, end, sb + core + "集群", List.copyOf(cities), false);
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || Character.isLetterOrDigit(c) && c < 0x2E80 || c == '+';
    }
}
