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
            "中路", "街", "商会", "中学", "小学", "医院", "队",
            // An organisation, office or newspaper named after the place (湖北省政府新闻办, 香港文汇报); a city's own government
            // is not one of them (GOVERNMENT_BODIES, ruling R20).
            "政府", "人民政府", "委", "省委", "市委", "工信厅", "工信局", "经信厅", "经信局", "经信委", "发改委", "发展改革委", "科技厅",
            "科技局", "商务厅", "商务局", "财政厅", "财政局", "统计局", "人大", "政协", "副市长", "市长", "副省长", "省长", "文汇报",
            "文汇网", "日报", "晚报", "商报", "网讯", "新闻网", "第一人民医院", "人民医院", "中医院",
            // a news portal or its channel named after the place (浙江在线-杭州频道, dev14 d14-0255), as 新闻网 is
            "在线", "频道",
            // a news app or a finance portal named after the place (新甘肃客户端, 安徽财经网: dev15 d15-0001, d15-0209, where both
            // annotators list no province for them)
            "客户端", "财经网",
            // A body only named after a place, which is not that place's government (ruling R20): a customs district
            // (深圳海关, 郑州海关), an investment or visiting delegation (上海投资团).
            "海关", "投资团", "考察团", "代表团",
            // 新疆兵团 (the Production and Construction Corps) is a body named after the region, not its government (dev13
            // d13-0120, d13-0121, d13-0122, d13-0128 list no place for it)
            "兵团",
            // A facility or office named after the place (郑州机场货运量, 江苏省台办统计, 西安交大…科技园), as 鹅城大桥 in the
            // annotation notes: what it reports is the facility's or office's, not a mention of the city.
            "机场", "国际机场", "台办", "交大", "大桥",
            // A disease named after the place where it was first reported (武汉肺炎, as Taiwan's press of 2020 wrote
            // COVID-19; dev12 d12-0071): no mention of the city.
            "肺炎",
            // A firm named by its place and 时代 (宁德时代 and its regional companies 四川时代, 江苏时代; 株洲时代 of CRRC): no
            // dev or written line writes a place before 时代 otherwise (dev2, dev3, dev8).
            "时代");
    /**
     * A city's own government and its departments, written with the city's name (盐城市工信局, 株洲市委、市政府, 南京市人民政府):
     * they act for the city, which is listed (ruling R20). A province's offices stay names (湖北省政府新闻办), as before.
     */
    private static final SurfaceTrie<String> GOVERNMENT_BODIES = SurfaceTrie.of("政府", "人民政府", "委", "市委", "工信局", "经信局",
            "经信委", "发改委", "发展改革委", "科技局", "商务局", "财政局", "统计局", "台办", "副市长", "市长");
    /** How far after the place a zone's committee may end (厦门火炬高新区管委会). */
    private static final int ZONE_COMMITTEE_LOOKAHEAD = 10;
    // Looked up at each of the few characters after every place found, so as tries rather than lists of startsWith.
    private static final SurfaceTrie<String> COMPANY_SUFFIXES = SurfaceTrie.of("有限公司", "股份", "集团", "公司", "有限责任",
            // Institutions named after their city (宁波东方理工大学, 杭州技师学院, 宁波材料所) are names too.
            "大学", "学院", "研究院", "研究所", "材料所", "实验室", "创新中心",
            // Associations and chambers named after their place (广州市…皮具商会, 江苏省汽车工业协会): organisations, whose place
            // is inside their name (conventions: a province or city inside an organisation name is not listed; ruling R20).
            "商会", "协会", "联合会", "研究会", "学会");
    private static final SurfaceTrie<String> COMPANY_STOPS = SurfaceTrie.of("的", "和", "与", "及", "在", "是", "为", "将", "有", "等", "对", "把", "被",
            "向", "从", "由", "了", "集群", "提出", "支持", "推动", "打造", "建设", "发展", "全市", "全省", "已", "共", "累计", "实现",
            "达到", "突破", "年", "市场", "产业", "企业", "引进", "落户", "签约", "合作", "联合", "上市");
    private static final int COMPANY_LOOKAHEAD = 12;
    /** An organisation's suffix that may follow its field word (产业研究院, 企业联合会, 产业协会). */
    private static final SurfaceTrie<String> ORGANISATION_AFTER_FIELD = SurfaceTrie.of("研究院", "研究所", "研究会", "协会", "商会", "联合会", "学会");
    /** Suffixes that make a name even right after the place (宁波材料所); 南京公司 or 苏州集团 alone are no company names. */
    private static final SurfaceTrie<String> INSTITUTIONS = SurfaceTrie.of("材料所", "研究所", "研究院", "实验室", "创新中心", "技师学院");

    private final CityGazetteer gazetteer;

    CityRecognizer(CityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<PlaceHit> find(String t) {
        return find(t, false);
    }

    /**
     * The places that say where a page is, for its currency: those {@link #find} lists and also a mainland city inside an
     * organisation's or a firm's name (广州市花都区狮岭皮革皮具商会 on a Hong Kong paper's page about a project there): not
     * a mention for the city list, but the story is on the mainland all the same.
     */
    List<PlaceHit> findPlacing(String t) {
        return find(t, true);
    }

    private List<PlaceHit> find(String t, boolean keepOrganisationNames) {
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
            if (metropolitanArea(t, i + len)) {
                // 南昌都市圈: 昌都市 read across 南昌 and 都市圈 is no place.
                i++;
                continue;
            }
            CityGazetteer.Surface s = gazetteer.surface(t, i, i + len);
            s = cityInList(t, i, len, s);
            if (s.shortForm() && overtakenByLaterMatch(t, i, len, oneCity(s))) {
                i++;
                continue;
            }
            int end = i + len;
            if (s.shortForm() && insideCountyName(t, i, end)) {
                i++;
                continue;
            }
            boolean inName = (followedByNonPlace(t, end) && !workReport(t, end) && !(oneCity(s) && cityGovernment(t, end)))
                    || zoneCommittee(t, end) || (!(keepOrganisationNames && oneCity(s)) && startsCompanyName(t, end)) || companyListItem(t, i, end)
                    || opensEventName(t, end) || (editionBefore(t, i) && eventHeadAfter(t, end)) || launchEventName(t, end)
                    || signedProjectName(t, i, end);
            boolean dated = dateline(t, i, end);
            if (dated && provinceEndsAt(out, i)) {
                out.remove(out.size() - 1);               // 中新网 福建宁德1月11日电: the province of a dateline city is the dateline's too
            }
            if (!inName && !dated && !(s.shortForm() && countyAfter(t, end))) {
                // 内蒙古自治区首府呼和浩特, 四川省省会成都: a province written before its capital is the city's prefix, as
                // 湖南省长沙市 is (conventions: a province before a city is not listed; dev14 d14-0247)
                if (oneCity(s) && capitalWordBefore(t, i) && provinceEndsAt(out, i - 2)) out.remove(out.size() - 1);
                out.add(new PlaceHit(i, end, s.places(), s.group()));
            } else if (inName && provinceEndsAt(out, i)) {
                // 安徽安庆市第一人民医院: the province written before a place inside a name belongs to that name too.
                out.remove(out.size() - 1);
            }
            i = end;
        }
        return out;
    }

    /**
     * A dateline names where the story was filed, not what it is about (annotation notes): 中新网上海8月26日电,
     * 本报北京12月15日电, 路透北京7月21日 -, 本报上海讯.
     */
    private static boolean dateline(String t, int start, int end) {
        if (start >= 2 && t.startsWith("本报", start - 2) && end < t.length() && (t.charAt(end) == '讯' || t.charAt(end) == '电')) return true;
        // 中新网威海电, 新华社北京电 (no date written): an agency's name (…网 / …社) right before the place, 电 right after
        if (start >= 1 && "网社".indexOf(t.charAt(start - 1)) >= 0 && end < t.length() && (t.charAt(end) == '电' || t.startsWith("专电", end)))
            return true;
        // 记者黄燕明15日北京专电: the date before the place
        if (start >= 1 && t.charAt(start - 1) == '日' && end < t.length() && (t.startsWith("专电", end) || t.charAt(end) == '电' || t.charAt(end) == '讯')) return true;
        // 兰州讯(新甘肃·…记者…), 掌中安徽讯 ( 记者…): a place right before 讯 (a news flash's dateline) and then the byline's
        // bracket, a space or 记者 names where the story was filed; 讯飞 and other words on 讯 go on with ideographs
        if (end + 1 < t.length() && t.charAt(end) == '讯' && ("(（【[ ".indexOf(t.charAt(end + 1)) >= 0 || t.startsWith("记者", end + 1)))
            return true;
        int k = end;
        int digits = 0;
        while (k < t.length() && Character.isDigit(t.charAt(k)) && digits < 2) { k++; digits++; }
        // 中央社记者…上海10日电 / 台中2日专电: Taiwan and Hong Kong agencies write the day alone
        if (digits > 0 && k < t.length() && t.charAt(k) == '日'
                && (t.startsWith("电", k + 1) || t.startsWith("专电", k + 1) || t.startsWith("讯", k + 1))) return true;
        if (digits == 0 || k >= t.length() || t.charAt(k) != '月') return false;
        k++;
        digits = 0;
        while (k < t.length() && Character.isDigit(t.charAt(k)) && digits < 2) { k++; digits++; }
        if (digits == 0 || k >= t.length() || t.charAt(k) != '日') return false;
        k++;
        return k < t.length() && (t.charAt(k) == '电' || t.charAt(k) == '讯' || t.charAt(k) == ' ' || t.charAt(k) == '-' || t.charAt(k) == '—');
    }

    private static final SurfaceTrie<String> EVENT_HEADS = SurfaceTrie.of("推介会", "发布会", "博览会", "交易会", "洽谈会", "展览会",
            "座谈会", "大会", "会议", "论坛", "峰会", "年会", "招商会", "党代会", "人代会");
    /** How far an event's head may stand after its edition (宁德市2018年锂电新能源产业招商推介会: twelve characters). */
    private static final int EVENT_REACH = 20;

    /**
     * 宁德市2018年锂电新能源产业招商推介会, 襄阳市十八届人大一次会议: a place followed by an edition (a year, or N届) and,
     * before any punctuation, an event's head opens the event's name; the place is inside a name (conventions, dev4:
     * a city named only inside a meeting name is not listed). 株洲市2023年GDP达到…，会议指出 stays a mention.
     */
    private static boolean opensEventName(String t, int end) {
        int k = end;
        int digits = 0;
        while (k < t.length() && Character.isDigit(t.charAt(k))) { k++; digits++; }
        if (digits == 4 && k < t.length() && t.charAt(k) == '年') {
            k++;
        } else {
            if (digits > 0) return false;
            // 十八届人大, 第十五次党代会 (an edition counted with 第 and 次 as well)
            int first = k < t.length() && t.charAt(k) == '第' ? k + 1 : k;
            k = first;
            while (k < t.length() && k - first < 4 && (ChineseNumerals.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十')) k++;
            if (k == first || k >= t.length() || (t.charAt(k) != '届' && !(first > end && t.charAt(k) == '次'))) return false;
            k++;
        }
        for (int j = k; j < Math.min(t.length(), k + EVENT_REACH); j++) {
            if (!isNameChar(t.charAt(j))) return false;
            if (EVENT_HEADS.longestAt(t, j) > 0) return true;
        }
        return false;
    }

    /**
     * 第三届长沙国际工程机械展览会, 首届…, 中国赣州家具产业博览会: an edition (第N届, 首届) or 中国 written right before the
     * place, and an event's head after it, make the place part of the event's name (conventions, dev4: a city named only
     * inside a meeting name is not listed).
     */
    private static boolean editionBefore(String t, int i) {
        if (i >= 2 && t.startsWith("中国", i - 2)) return true;
        if (i < 2 || t.charAt(i - 1) != '届') return false;
        if (t.charAt(i - 2) == '首') return true;
        int k = i - 2;
        while (k >= 0 && (Character.isDigit(t.charAt(k)) || ChineseNumerals.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十')) k--;
        return k < i - 2 && k >= 0 && t.charAt(k) == '第';
    }

    private static boolean eventHeadAfter(String t, int end) {
        for (int j = end; j < Math.min(t.length(), end + EVENT_REACH); j++) {
            // 在中国南京召开的…会议: a verb or 的 ends the name before any head
            if (!isNameChar(t.charAt(j)) || "的召举在于".indexOf(t.charAt(j)) >= 0) return false;
            if (EVENT_HEADS.longestAt(t, j) > 0) return true;
        }
        return false;
    }

    /** Heads of events named after what they launch or where they are held: 发布会, 新闻发布会, 推介会. */
    private static final SurfaceTrie<String> LAUNCH_HEADS = SurfaceTrie.of("发布会", "推介会", "洽谈会", "博览会", "交易会",
            // 宜昌市专业招商重点项目集中签约仪式 (dev3 d3-0116), 大连市三季度重大项目签约和集中开工活动 (dev11 d11-0153)
            "签约仪式", "开工仪式", "签约活动", "开工活动",
            // trade shows and games named after the city that holds them (上海酒店用品展会, 西安国际酒店设备及用品展览会, 北京冬奥会:
            // dev15 d15-0104, d15-0106, d15-0108, where both annotators list no city)
            "展会", "展览会", "冬奥会", "奥运会", "亚运会");

    /**
     * 合肥新站高新区百亿母基金发布会, …博览会北京新闻发布会: a place that opens, with name characters only (no verb, no 的),
     * the name of a launch or a press conference is inside that name (conventions, dev4: a city named only inside a meeting
     * name is not listed; dev4 d4-0063, dev10 d10-0149).
     */
    private static boolean launchEventName(String t, int end) {
        // 福建全省民营企业产业洽谈会: a place followed by its own scope (全省, 全市) is what the meeting covers, a mention
        if (t.startsWith("全", end)) return false;
        for (int j = end; j < Math.min(t.length(), end + EVENT_REACH); j++) {
            // 潮州陶瓷(北京)博览会: the bracketed place where it is held is part of the name
            if (!isNameChar(t.charAt(j)) && "()（）".indexOf(t.charAt(j)) < 0) return false;
            // 成都及周边城市…展览会: a joiner right after the place coordinates places; one inside the name joins what the
            // event shows (酒店设备及用品展览会)
            if ("的召举在于将".indexOf(t.charAt(j)) >= 0 || ("和与及".indexOf(t.charAt(j)) >= 0 && j == end)) return false;
            if (LAUNCH_HEADS.longestAt(t, j) > 0) return true;
        }
        return false;
    }

    /** 长沙县: a city's short form that starts the name of a county is the county; 邢台县域 (the city's counties) is not. */
    private static boolean countyAfter(String t, int end) {
        return end < t.length() && t.charAt(end) == '县' && !(end + 1 < t.length() && "域区市级".indexOf(t.charAt(end + 1)) >= 0);
    }

    /** 邢台市政府工作报告: the place's report is a document about it (a mention), not an organisation's name. */
    private static boolean workReport(String t, int end) {
        int k = end;
        if (k < t.length() && (t.charAt(k) == '市' || t.charAt(k) == '省')) k++;
        return t.startsWith("政府工作报告", k) || t.startsWith("人民政府工作报告", k);
    }

    /**
     * 清河南宫羊绒, 宁晋中低压电线电缆: a short form read across the end of a county's name (清河, 宁晋) is no place; the
     * county name was written first and the next word starts inside the match.
     */
    private boolean insideCountyName(String t, int i, int end) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            // 广东阳江: 东阳 would start inside the place written before it, so it is no county's name here
            // and only a county name that opens its item (、清河南宫羊绒): 其中江苏 holds no 中江
            if (k > 0 && Character.isIdeographic(t.charAt(k - 1))) continue;
            ClusterPlaces.Anchor a = ClusterPlaces.instance().at(t, k);
            if (a != null && (a.kind() == ClusterPlaces.Kind.DISTRICT || a.kind() == ClusterPlaces.Kind.COUNTY_CITY)
                    && a.end() > i && a.end() < end) return true;
        }
        return false;
    }

    private static final SurfaceTrie<String> COMPANY_LIST_HEADS = SurfaceTrie.of("企业", "公司", "集团", "厂商", "龙头", "品牌", "厂家", "链主");

    /**
     * 依托株洲电力机车、湘潭电机、株洲时代等企业; 信义集团、江苏润阳等行业龙头企业: items of a 、-list that 等 closes
     * with a word for firms are firm names, and a place that opens an item with more name after it is part of that name.
     */
    private static boolean companyListItem(String t, int i, int end) {
        if (end >= t.length() || !isNameChar(t.charAt(end)) || t.charAt(end) == '、' || t.charAt(end) == '等') return false;
        // The place opens an item: after 、 or after a word that opens a list (依托, 包括, 如, 分别为, ：); a place that opens
        // a clause (青岛聚集了海尔、海信等龙头企业) is its subject, not an item.
        boolean listed = i > 0 && t.charAt(i - 1) == '、';
        boolean opener = i > 0 && (t.charAt(i - 1) == '：' || t.charAt(i - 1) == ':' || t.charAt(i - 1) == '如')
                || i >= 2 && (t.startsWith("依托", i - 2) || t.startsWith("包括", i - 2) || t.startsWith("分别", i - 2) || t.startsWith("例如", i - 2))
                || i >= 3 && t.startsWith("分别为", i - 3);
        // 湖北金澳华木业、湖北征禹达木业…等4家企业 / 长春石化、台化、台聚…等公司: the first item of such a list, opening its
        // clause, is a firm's name too when what follows the place up to the first 、 is a short name with no verb
        // (dev8 d8-0186, dev11 d11-0111); 青岛聚集了海尔、海信等龙头企业 (a verb) keeps the place as the clause's subject.
        if (!listed && !opener && clauseOpening(t, i)) opener = shortNameToComma(t, end);
        if (!listed && !opener) return false;
        int k = end;
        int limit = Math.min(t.length(), end + 60);
        int item = end;                                  // where this item ends (its 、 or the list's 等)
        while (k < limit) {
            char c = t.charAt(k);
            if (c == '等') break;
            if (c == '、' && item == end) {
                item = k;
                listed = true;
            }
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '：') return false;
            k++;
        }
        if (k >= limit || k == end || !listed) return false;
        if (item == end) item = k;
        if (t.charAt(k - 1) == '、' || item - end > 10) return false;
        for (int j = end; j < item; j++) if (Character.isDigit(t.charAt(j))) return false;   // 江苏13个、浙江…: counts, not names
        for (int j = k + 1; j < Math.min(t.length(), k + 9); j++) {
            if (COMPANY_LIST_HEADS.longestAt(t, j) > 0) return true;
            if ("，,。；;".indexOf(t.charAt(j)) >= 0) return false;
        }
        return false;
    }

    /** How far after the place the 等 closing a list of signed projects may stand. */
    private static final int SIGNED_NAME = 30;

    /**
     * 签约陕西隆庆精密制造生产基地等14个项目, 签约北京中信旅游…度假区等8个项目: right after 签约, the first item of a list of
     * projects that 等 N个项目 closes opens with that project's own name, a place in it included (dev15 d15-0244, d15-0245,
     * where both annotators list no place); at least two name characters after the place (签约南京等地 names places).
     */
    private static boolean signedProjectName(String t, int i, int end) {
        if (i < 2 || !t.startsWith("签约", i - 2)) return false;
        for (int k = end; k < t.length() && k - end <= SIGNED_NAME; k++) {
            char c = t.charAt(k);
            if (c == '等') {
                if (k - end < 2) return false;
                int j = k + 1;
                while (j < t.length() && (Character.isDigit(t.charAt(j)) || ChineseNumerals.digit(t.charAt(j)) >= 0 || t.charAt(j) == '十')) j++;
                return j > k + 1 && t.startsWith("个项目", j);
            }
            if (!isNameChar(c) && "()（）".indexOf(c) < 0) return false;
        }
        return false;
    }

    /** {@code i} opens the text or a clause (after ，；。 or a space). */
    private static boolean clauseOpening(String t, int i) {
        return i == 0 || "，,；;。 ".indexOf(t.charAt(i - 1)) >= 0;
    }

    /** The longest firm's name left after its place in such a list (金澳华木业). */
    private static final int FIRST_ITEM_NAME = 6;

    /** What follows the place up to the first 、 is a short name: at most {@link #FIRST_ITEM_NAME} name characters, no stop word. */
    private static boolean shortNameToComma(String t, int end) {
        for (int j = end; j < t.length() && j - end <= FIRST_ITEM_NAME; j++) {
            if (t.charAt(j) == '、') return j > end;
            if (!isNameChar(t.charAt(j)) || COMPANY_STOPS.longestAt(t, j) > 0) return false;
        }
        return false;
    }

    /** 长春、吉林、四平: a short form that names a province and a city names the city among other cities. */
    private CityGazetteer.Surface cityInList(String t, int i, int len, CityGazetteer.Surface s) {
        if (s.group() || !s.places().get(0).level().equals("province")) return s;
        boolean listed = (i > 0 && t.charAt(i - 1) == '、') || (i + len < t.length() && t.charAt(i + len) == '、');
        if (!listed) return s;
        Place city = gazetteer.byName(t.substring(i, i + len) + "市");
        return city == null ? s : new CityGazetteer.Surface(s.text(), java.util.List.of(city), false, true);
    }

    /** 推广佛山: a short form or abbreviation loses to a match that starts inside it and reaches further. */
    private boolean overtakenByLaterMatch(String t, int i, int len, boolean oneCity) {
        for (int k = i + 1; k < i + len; k++) {
            int l2 = gazetteer.longestSurfaceAt(t, k);
            // 上海南站, 唐山西部, 佛山西站, 威海南海新区, 珠海南屏: a province's short form (海南, 山西) read across the end of
            // one city's name and the word after it is no place; the city stands. (A city group's abbreviation still gives
            // way: 推广佛山, where 广佛 yields to 佛山.)
            if (l2 > 0 && oneCity && provinceShortForm(gazetteer.surface(t, k, k + l2)) && directionWordAt(t, k + l2 - 1)) continue;
            // 义乌海关: a later name whose last 海 opens 海关 (customs) is no place; the earlier name stands (dev13 d13-0075).
            if (l2 > 0 && t.startsWith("海关", k + l2 - 1)) continue;
            if (l2 > 0 && k + l2 > i + len && !metropolitanArea(t, k + l2)) return true;
            if (gazetteer.longestExclusionAt(t, k) > 0 && k + gazetteer.longestExclusionAt(t, k) > i + len) return true;
        }
        return false;
    }

    /** One prefecture-level city or municipality (not a city group, not a province). */
    private static boolean oneCity(CityGazetteer.Surface s) {
        return !s.group() && s.places().size() == 1 && !s.places().get(0).level().equals("province");
    }

    /** What follows a direction in a word of place (南站, 西部, 南海, 西区, 东路): 其中山东 keeps its 山东. */
    private static final String DIRECTION_WORD_ENDS = "站部路郊区岸侧面边海湖屏门城港线翼片";

    /** At {@code k} a direction (东西南北) that opens a word of place with the character after it. */
    private static boolean directionWordAt(String t, int k) {
        return k + 1 < t.length() && "东西南北".indexOf(t.charAt(k)) >= 0 && DIRECTION_WORD_ENDS.indexOf(t.charAt(k + 1)) >= 0;
    }

    /** The short form of one province or autonomous region (海南, 山西, 广西). */
    private static boolean provinceShortForm(CityGazetteer.Surface s) {
        return s.shortForm() && !s.group() && s.places().size() == 1 && s.places().get(0).level().equals("province");
    }

    /** A match ending in 市 right before 圈 is the 市 of 都市圈 (南昌都市圈, 成都都市圈). */
    private static boolean metropolitanArea(String t, int end) {
        return end > 0 && end < t.length() && t.charAt(end - 1) == '市' && t.charAt(end) == '圈';
    }

    /** 首府 / 省会 right before {@code i}. */
    /** The last place found is a province that ends at {@code pos}. */
    private static boolean provinceEndsAt(List<PlaceHit> out, int pos) {
        if (out.isEmpty()) return false;
        PlaceHit last = out.get(out.size() - 1);
        return last.end() == pos && last.places().get(0).level().equals("province");
    }

    private static boolean capitalWordBefore(String t, int i) {
        return i >= 2 && (t.startsWith("首府", i - 2) || t.startsWith("省会", i - 2));
    }

    private static boolean followedByNonPlace(String t, int end) {
        return NOT_PLACE_AFTER.longestAt(t, end) > 0;
    }

    /** At {@code end} (after the city's name, 市 included or not) one of its own government's bodies (ruling R20). */
    static boolean cityGovernment(String t, int end) {
        int k = end < t.length() && t.charAt(end) == '市' && GOVERNMENT_BODIES.longestAt(t, end + 1) > 0 ? end + 1 : end;
        return GOVERNMENT_BODIES.longestAt(t, k) > 0;
    }

    /**
     * 厦门火炬高新区管委会, 某某经济开发区管理委员会: a zone's own committee, named after the place, is not the city's government
     * (ruling R20): the place is inside its name. Only name characters between, and the zone's word (区 / 园 / 城) right
     * before the committee.
     */
    private static boolean zoneCommittee(String t, int end) {
        for (int j = end; j < t.length() && j - end <= ZONE_COMMITTEE_LOOKAHEAD; j++) {
            if (!isNameChar(t.charAt(j))) return false;
            if (j > end && "区园城".indexOf(t.charAt(j - 1)) >= 0 && (t.startsWith("管委会", j) || t.startsWith("管理委员会", j))) return true;
        }
        return false;
    }

    /** 南京钢铁股份有限公司: a place at the head of a company name within a few characters. */
    private static boolean startsCompanyName(String t, int end) {
        // 重庆市城市建设投资公司, 某市城投集团: a city's investment and financing company (城投, short for 城市建设投资) is a firm
        // named after the city, though 建设 would end a name elsewhere (dev15 d15-0198, where both annotators list no city)
        if (t.startsWith("城市建设投资", end) || t.startsWith("城投", end)) return true;
        int limit = Math.min(t.length(), end + COMPANY_LOOKAHEAD + 4);
        for (int j = end; j < limit && j - end <= COMPANY_LOOKAHEAD; j++) {
            char c = t.charAt(j);
            if (!isNameChar(c) && "()（）".indexOf(c) < 0) return false;   // 酒泉钢铁(集团)有限责任公司
            int suffix = COMPANY_SUFFIXES.longestAt(t, j);
            if (suffix > 0) return j > end || INSTITUTIONS.get(t, j, j + suffix) != null;
            int stop = COMPANY_STOPS.longestAt(t, j);
            // 北京上奇产业研究院, 某市企业联合会: a word that ends a name elsewhere (产业, 企业, 发展) is the body's own field when an
            // organisation's suffix follows it at once
            if (stop > 0 && ORGANISATION_AFTER_FIELD.longestAt(t, j + stop) == 0) return false;
        }
        return false;
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
