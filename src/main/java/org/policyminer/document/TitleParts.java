package org.policyminer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 公文 title says: who issued it (the head before 关于 / 印发 / 转发 …), its type (the last word: 通知, 意见,
 * 批复 …) and, for a document that issues another (关于印发X的通知, 转发A关于X的通知), that document's title and type.
 */
record TitleParts(List<String> issuers, String type, String enclosedTitle, String enclosedType) {

    /**
     * Types by their ending; longer first so that 指导意见 is read before 意见. 复函, 答复 are both 函 (a reply letter); a
     * 决定书 (房屋征收决定书) is a 决定; an enclosed 应急预案 is a 预案.
     */
    private static final String[][] TYPES = {
            {"指导意见", "意见"}, {"实施意见", "意见"}, {"若干意见", "意见"}, {"意见", "意见"}, {"补充通知", "通知"}, {"紧急通知", "通知"},
            {"通知", "通知"}, {"决定书", "决定"}, {"决定", "决定"}, {"批复", "批复"}, {"复函", "函"}, {"答复", "函"}, {"函", "函"}, {"通报", "通报"},
            {"公告", "公告"}, {"通告", "通告"}, {"公示", "公示"}, {"条例", "条例"}, {"规定", "规定"}, {"实施细则", "细则"}, {"细则", "细则"},
            {"办法", "办法"}, {"规则", "规则"}, {"实施方案", "方案"}, {"行动方案", "方案"}, {"工作方案", "方案"}, {"方案", "方案"},
            {"应急预案", "预案"}, {"预案", "预案"}, {"规划", "规划"}, {"纲要", "纲要"}, {"行动计划", "计划"}, {"计划", "计划"}, {"报告", "报告"}, {"请示", "请示"}, {"纪要", "纪要"},
            {"工作要点", "要点"}, {"要点", "要点"}, {"命令", "命令"}, {"决议", "决议"}, {"公报", "公报"}, {"指引", "指引"}, {"指南", "指南"}, {"目录", "目录"}, {"清单", "清单"},
            {"名单", "名单"}, {"标准", "标准"}, {"措施", "措施"}, {"政策", "政策"}, {"制度", "制度"}, {"规程", "规程"}, {"章程", "章程"},
            {"准则", "准则"}, {"守则", "守则"}, {"导则", "导则"}, {"规范", "规范"}, {"大纲", "大纲"}, {"令", "令"}};
    /** The words that end the issuer head of a title. */
    private static final Pattern HEAD = Pattern.compile("关于|印发|转发|批转|颁布|发布");
    /** Endings of the name of a body: a title without 关于 (镇巴县人民政府工作规则) starts with one. */
    private static final Pattern BODY = Pattern.compile("^(?:中共)?[\\p{IsHan}]{1,20}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|"
            + "人民代表大会常务委员会|常务委员会|国务院|中共中央|中央军委|部|局|厅|署|委|院|银行|会|中心|总局|总署)");
    /** 下达 hands a plan down as 印发 issues a document (湖南省人民政府关于下达《湖南省2017年国民经济和社会发展计划》的通知). */
    /** 颁发 issues as 印发 does; 发布 only a book-marked title (发布《…标准》), as a head's verb (某政府发布关于…) it issues none. */
    private static final Pattern ENCLOSING = Pattern.compile("(印发|转发|批转|颁布|颁发|下达|发布(?=[《〈]))(.+)的(?:补充|紧急)?(?:通知|函)$");
    /**
     * A type word a page spaced out letter by letter at the title's end (…畅通国内大循环的通知》的 通 知): single characters
     * with spaces between them, which no word of a title is.
     */
    private static final Pattern SPACED_ENDING = Pattern.compile("\\p{IsHan}(?:[\\s\\u3000]+\\p{IsHan}){1,4}$");
    /**
     * A news headline's subject and its verb (国务院决定于2015年开展全国1%人口抽样调查, 国家统计局将在全国范围内…):
     * a sentence about what a body does, not the head of a document's title.
     */
    private static final Pattern HEADLINE_VERB = Pattern.compile("^(?:决定|将|已|要求|部署|召开|举行|启动|开展|出台|推出)");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("[（(][^（()）]*[)）]$");

    static TitleParts of(String title) {
        if (title == null || title.isBlank()) return new TitleParts(List.of(), null, null, null);
        String t = withoutNewsVerb(unspacedEnding(clean(unwrapped(title.strip()))));
        List<String> issuers = issuers(t);
        String type = typeOf(t);
        String enclosed = null;
        // a 函 may issue a document too (工业和信息化部办公厅关于印发《…》的函)
        Matcher m = ENCLOSING.matcher(t);
        if (m.find()) {
            enclosed = EnclosedDocument.fromTitleWords(m.group(2), m.group(1).equals("转发")).replaceAll("^[《〈]|[》〉]$", "").strip();
        } else if ((m = HEADLINE_ENCLOSING.matcher(t)).find()) {
            // a headline that says who issued what (国办印发《粮食安全省长责任制考核办法》): the page is the notice that issues it
            enclosed = m.group(1).strip();
            type = "通知";
        }
        return new TitleParts(issuers, type, enclosed, enclosed == null ? null : typeOf(enclosed));
    }

    /** A news headline's verb after the document's title (…的意见正式发布, …的通知出台). */
    private static final Pattern NEWS_VERB = Pattern.compile("(?:正式|近日|日前)?(?:发布|印发|出台|公布|下发)$");

    /** The title without a headline's verb after it, when what stands before the verb is a document's title. */
    static String withoutNewsVerb(String t) {
        Matcher m = NEWS_VERB.matcher(t);
        if (!m.find() || m.start() < 4) return t;
        String before = t.substring(0, m.start()).strip();
        return before.contains("关于") && typeOf(before) != null ? before : t;
    }

    /** A headline's 印发《…》 at its end, without the notice's 的通知. */
    private static final Pattern HEADLINE_ENCLOSING = Pattern.compile("(?:印发|转发|下达|颁发)了?《([^《》]{4,120})》$");
    /** A title in book marks, alone or after its number (筑府办发〔2018〕10号《…的通知》, as a repost's headline writes it). */
    private static final Pattern WRAPPED = Pattern.compile("^([^《》]{0,30})《([^《》]+(?:《[^《》]*》[^《》]*)*)》$");

    /** The title inside the book marks a headline puts around it, without the number written before them. */
    static String unwrapped(String title) {
        Matcher w = WRAPPED.matcher(title);
        if (!w.matches()) return title;
        String before = w.group(1).strip();
        if (!before.isEmpty()) {
            List<DocumentNumbers.Found> n = DocumentNumbers.find(before);
            if (n.size() != 1 || n.get(0).start() != 0 || n.get(0).end() != before.length()) return title;
        }
        return w.group(2).strip();
    }

    /** The title without a number in brackets at its end nor the book marks of a quoted title. */
    static String clean(String title) {
        String t = title.strip();
        for (int i = 0; i < 3; i++) {
            Matcher m = TRAILING_BRACKETS.matcher(t);
            if (!m.find()) break;
            t = t.substring(0, m.start()).strip();
        }
        return withoutTrailingSerial(t);
    }

    /**
     * A serial, number or date a page writes after the type word outside round brackets (…通告第14号, …的公告 2023年第3号,
     * …人民政府令第12号, …通告【2022】第1号, …的通知 豫政〔2011〕70号, …的通告 2023-05-12): a 通告's, 公告's or 令's running
     * number (or the page's date) is no part of its type, which is the word before it.
     */
    private static final Pattern TRAILING_SERIAL = Pattern.compile(
            "[\\s\\u3000]*(?:[【\\[［〔]\\s*第?\\s*(?:19|20)?\\d{1,4}\\s*(?:年|号)?\\s*[】\\]］〕]\\s*(?:第\\s*\\d{1,5}\\s*号)?"
                    + "|(?:(?:19|20)\\d{2}\\s*年(?:度)?\\s*)?第\\s*\\d{1,5}\\s*号"
                    + "|(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}"
                    + "|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)$");

    static String withoutTrailingSerial(String t) {
        String before = t;
        Matcher m = TRAILING_SERIAL.matcher(t);
        if (m.find() && m.start() > 0) before = t.substring(0, m.start()).strip();
        else if (t.endsWith("号") && t.length() > 8) {
            // a 文号 after the title, a space or nothing between them (…的通知 豫政〔2011〕70号)
            List<DocumentNumbers.Found> n = DocumentNumbers.find(t);
            if (!n.isEmpty()) {
                DocumentNumbers.Found last = n.get(n.size() - 1);
                if (last.end() == t.length() && last.start() > 0) before = t.substring(0, last.start()).strip();
            }
        }
        // only where what stands before it ends in a type word: a title that is only a number stays as it is
        if (before == t || before.isEmpty()) return t;
        for (String[] ty : TYPES) if (before.endsWith(ty[0])) return before;
        return t;
    }

    /** The title with a type word spaced out at its end written whole (的 通 知 → 的通知). */
    static String unspacedEnding(String t) {
        Matcher m = SPACED_ENDING.matcher(t);
        return m.find() ? t.substring(0, m.start()) + m.group().replaceAll("[\\s\\u3000]+", "") : t;
    }

    static String typeOf(String title) {
        if (title == null) return null;
        String t = unspacedEnding(clean(title)).replaceAll("[》〉”\"]+$", "");
        for (String[] ty : TYPES) if (t.endsWith(ty[0])) return ty[1];
        return null;
    }

    /** A site's label in brackets before a title (【规范性文件】, [政策文件]). */
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\s*[【\\[［][^】\\]］]{1,12}[】\\]］]\\s*");
    /** What a page writes between a number it runs into the title and the title (a bar, a comma, spaces). */
    private static final Pattern AFTER_A_NUMBER = Pattern.compile("^[\\s\u3000|｜,，:：_\\-—]*");

    /**
     * The head without what a page puts before the issuer's name: a site's bracketed label (【规范性文件】长沙市人民政府办公厅)
     * or the number run into the title (苏政办发〔2016〕85号江苏省政府办公厅, 建城〔2019〕56号|住房和城乡建设部).
     */
    static String withoutLabelOrNumber(String head) {
        String h = LEADING_LABEL.matcher(head).replaceFirst("");
        if (h.indexOf('号') > 0) {
            List<DocumentNumbers.Found> n = DocumentNumbers.find(h);
            if (!n.isEmpty() && n.get(0).start() == 0) {
                h = h.substring(n.get(0).end());
                Matcher sep = AFTER_A_NUMBER.matcher(h);
                if (sep.find()) h = h.substring(sep.end());
            }
        }
        return h;
    }

    private static List<String> issuers(String t) {
        Matcher h = HEAD.matcher(t);
        String head = null;
        boolean found = h.find();
        // a title that starts with 关于 / 印发 / 转发 has no head: the body names in it are the subject's
        // (关于印发甘肃省人民政府工作规则的通知, 关于对获得国务院督查激励的地方…的通知), not the issuer
        if (found && h.start() == 0) return List.of();
        if (found) head = t.substring(0, h.start());
        // a head cut at the 关于 of a book-marked title (某某县《关于…的实施方案》的通知) ends before the book mark: a place
        // alone there names where, not who
        if (head != null && head.indexOf('《') >= 0) head = head.substring(0, head.indexOf('《'));
        if (head == null) head = bodyBeforeItsType(t);
        if (head == null) {
            Matcher b = BODY.matcher(t);
            if (b.find() && b.end() < t.length() && !HEADLINE_VERB.matcher(t.substring(b.end())).find()) {
                head = b.group();
                // the shortest name stops at the body (辽宁省教育厅); its office after it is the issuer (…教育厅办公室)
                if (t.startsWith("办公室", b.end()) || t.startsWith("办公厅", b.end())) head += t.substring(b.end(), b.end() + 3);
            }
        }
        if (head == null) return List.of();
        head = withoutLabelOrNumber(head);
        // what is left of a number the page cut (55号关于…: the tail of 舞民〔2022〕55号) names no body
        head = CUT_NUMBER_TAIL.matcher(head).replaceFirst("");
        if (head.isEmpty()) return List.of();
        // a head that is a place alone (通海县关于新增高风险区的通告) names where, not who: a reposted 通告 signed by the
        // county's epidemic headquarters; the signature or the text names the body
        if (BARE_PLACE.matcher(head.strip()).matches()) return List.of();
        // 工业和信息化部等十部门关于…: the head names its first body and counts the others (the signature names them all)
        head = OTHERS.matcher(head).replaceAll("");
        return splitBodies(head);
    }

    /** A number's tail before a title's head: digits and 号, a bracket maybe (55号, 〕55号). */
    private static final Pattern CUT_NUMBER_TAIL = Pattern.compile("^[〕\\]】)）]?\\s*\\d{1,5}\\s*号[\\s|｜,，:：_\\-—]*");

    /** A year that opens a title (2021年余姚市人民代表大会常务委员会工作报告, 2023年度…). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s*年(?:度)?");

    /**
     * A title without 关于 that is a body's name, the type and nothing else, after a year maybe (2021年余姚市人民代表大会
     * 常务委员会工作报告, 定西市森林草原防灭火指挥部公告): the whole name before the type (…工作报告 and …报告 alike), which
     * the shortest-name reading would cut at its first 会 (余姚市人民代表大会).
     */
    private static String bodyBeforeItsType(String t) {
        String rest = LEADING_YEAR.matcher(t).replaceFirst("").strip();
        String type = null;
        for (String[] ty : TYPES) if (rest.endsWith(ty[0])) { type = ty[0]; break; }
        if (type == null) return null;
        rest = rest.substring(0, rest.length() - type.length());
        if (rest.endsWith("工作")) rest = rest.substring(0, rest.length() - 2);
        return rest.length() >= 4 && (WHOLE_BODY.matcher(rest).matches() || NATIONAL_WHOLE_BODY.matcher(rest).matches()) ? rest : null;
    }

    /**
     * A national body's name and nothing else (国务院第六次全国人口普查领导小组办公室 of its 公告): no place before it, so
     * {@link #WHOLE_BODY} does not read it, and the shortest-name reading would cut it at 国务院.
     */
    private static final Pattern NATIONAL_WHOLE_BODY = Pattern.compile("^(?:国务院|国家|中共中央|全国)[\\p{IsHan}]{1,30}"
            + "(?:办公厅|办公室|委员会|领导小组|指挥部|总局|总署|部|局)$");

    /** A body's name and nothing else: a place (or 中共) and a name that ends as bodies' names end. */
    private static final Pattern WHOLE_BODY = Pattern.compile("^(?:中共)?[\\p{IsHan}]{1,10}?(?:自治区|自治州|省|市|县|区|州|盟|旗|镇|乡)"
            + "[\\p{IsHan}]{0,20}(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|指挥部|领导小组)$");

    /** A place's name and nothing after it: 通海县, 北京市, 内蒙古自治区, 山福镇. */
    private static final Pattern BARE_PLACE = Pattern.compile("^[\\p{IsHan}]{1,10}(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗|镇|乡)$");

    private static final Pattern OTHERS = Pattern.compile("等(?:[一二三四五六七八九十两多\\d]+个?)?(?:部门|部委|单位|机关)?$");

    /** 财政部 科技部 教育部 发展改革委 / 国务院办公厅、中央军委办公厅 / 国家发展改革委和国家能源局 → one name each. */
    static List<String> splitBodies(String head) {
        List<String> out = new ArrayList<>();
        if (COUNTED.matcher(head.strip()).matches()) return out;
        // a ? or ？ stands where a page lost the separator between two names (国家发展改革委?国家数据局)
        for (String part : head.split("[\\s\\u3000、，,；;/?？]+|(?<=[部委局厅院署办会室府])(?:和|及|与)")) {
            for (String p : splitRun(part.strip())) {
                if (p.length() >= 2 && p.length() <= 30 && !out.contains(p)) out.add(p);
            }
        }
        return out;
    }

    private static final String CENTRAL_COMMITTEE = "中共中央";
    /** A name that starts with its place: 江苏省…, 上海市…, 遂宁市…, 内蒙古自治区…. */
    private static final Pattern PLACE_FIRST = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:自治区|省|市|县|区|州|盟|旗)");

    /** The place the name starting at {@code from} of a run starts with (the run's own for its first name), or null. */
    private static String placeOf(String run, int from, String runPlace) {
        if (from == 0) return runPlace;
        Matcher m = PLACE_FIRST.matcher(run.substring(from));
        return m.find() ? m.group() : null;
    }

    /** A national body's name: it may follow a local one in a joint run (北京市财政局国家税务总局北京市税务局). */
    private static final Pattern NATIONAL = Pattern.compile("^(?:国家|国务院|中国|中华|中共|中央|全国)");

    /** An office inside a body: its name ends in 办公室 or 司 (政府信息与政务公开办公室, 办公厅秘书局 is cut before). */
    private static final Pattern INNER_OFFICE = Pattern.compile("^[\\p{IsHan}]{2,16}?(?:办公室|司)$");

    /** The end of a national administration's local office's name (its place before it). */
    private static final Pattern LOCAL_BRANCH = Pattern.compile("^[\\p{IsHan}]{1,12}?(?:税务局|分局|分行|监管局|调查总队|调查队)$");

    /** 八部门, 十三部门, 多部门: a title's count of its issuers, not their names. */
    private static final Pattern COUNTED = Pattern.compile("[一二三四五六七八九十两多\\d]+(?:个)?部(?:门|委)");

    /**
     * Names written without a space between them (a page's joined table cell: 工业和信息化部国家发展和改革委员会教育部):
     * cut after each 部, 委, 委员会, 局, 厅, 署, 办公室 that another name follows, but not inside one (工业和信息化部办公厅,
     * 中央军委办公厅, 国家发展和改革委员会).
     */
    static List<String> splitRun(String run) {
        List<String> out = new ArrayList<>();
        // 中共中央 国务院 without the space between them (中共中央国务院关于…的意见): two bodies, though neither ends in 部, 委 …
        if (run.startsWith(CENTRAL_COMMITTEE + "国务院")) {
            out.add(CENTRAL_COMMITTEE);
            out.addAll(splitRun(run.substring(CENTRAL_COMMITTEE.length())));
            return out;
        }
        if (run.length() <= 7) {
            out.add(run);
            return out;
        }
        int from = 0;
        Matcher pm = PLACE_FIRST.matcher(run);
        String place = pm.find() ? pm.group() : null;
        for (int i = 1; i < run.length() - 1; i++) {
            char c = run.charAt(i);
            // 府: a signature that lost its spaces runs governments together (上海市人民政府江苏省人民政府)
            if ("部委局厅署会室府".indexOf(c) < 0) continue;
            if (c == '室' && !run.startsWith("办公室", i - 2)) continue;
            String next = run.substring(i + 1);
            // 联合会 ends a name too where the next one starts with the same place (青海省妇女联合会青海省旅游局)
            if (c == '会' && !run.startsWith("委员会", i - 2) && (place == null || !next.startsWith(place))) continue;
            // 安委会, 管委会 are one name (委 then 会); a government's own office (…人民政府防汛抗旱指挥部办公室) is no second
            // government: after 府 a name must start with its place (上海市人民政府江苏省人民政府)
            if (next.startsWith("会") || c == '府' && !PLACE_FIRST.matcher(next).find()) continue;
            // a name that starts with its place is followed by a second body only when that one names its place (or the
            // nation) too: the rest is a body inside the first (中共怀化市鹤城区委新型冠状病毒感染的肺炎疫情防控工作指挥部,
            // 金华经济技术开发区管理委员会党政综合办公室), as 青海省妇女联合会青海省旅游局 are two
            // (each name of the run by its own place: 陕西省乡村振兴局中共陕西省委组织部 is cut after 局, and the second name,
            // 中共陕西省委组织部, keeps its 组织部 as 中共怀化市鹤城区委… keeps its 指挥部)
            if (placeOf(run, from, place) != null && !PLACE_FIRST.matcher(next).find() && !NATIONAL.matcher(next).find()) continue;
            // an office inside a national body is no second issuer (国务院办公厅政府信息与政务公开办公室, whose 国办公开办函
            // answer for it), while a ministry after one is (国家发展改革委国家能源局 is cut above, by 国家)
            if (from == 0 && NATIONAL.matcher(run).find() && !PLACE_FIRST.matcher(next).find() && !NATIONAL.matcher(next).find()
                    && INNER_OFFICE.matcher(next).matches()) continue;
            // a vertical administration's local bureau is one body: 国家税务总局北京市税务局, 中国人民银行上海分行
            if (NATIONAL.matcher(run.substring(from)).find() && PLACE_FIRST.matcher(next).find() && LOCAL_BRANCH.matcher(next).find()) continue;
            if (next.startsWith("办公厅") || next.startsWith("办公室") || next.startsWith("员") || next.startsWith("门")
                    || next.startsWith("机关") || next.startsWith("等") || next.startsWith("关于")) continue;
            if (i + 1 - from < 2 || run.length() - (i + 1) < 2) continue;
            out.add(run.substring(from, i + 1));
            from = i + 1;
        }
        out.add(run.substring(from));
        return out;
    }
}
