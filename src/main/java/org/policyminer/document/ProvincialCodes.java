package org.policyminer.document;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer a provincial government's number names by its code, for a page whose title has no issuer head and that
 * shows neither a table, a signature nor a letterhead: 鄂政发 is 湖北省人民政府, 粤府办 is 广东省人民政府办公厅. The
 * codes are the provinces' own one-character names followed by 政 or 府 (and 办 for the general office): what the code
 * says, as {@link StateCouncilCodes} does for the State Council, not a guess. Departments' codes (鄂财发) name no body
 * this way and are left alone.
 */
final class ProvincialCodes {
    private ProvincialCodes() {}

    /**
     * Each province's own code head (鄂政, 粤府): 政 or 府 as that province writes it, since a city may use the other
     * with the same character (苏府 is 苏州市, 苏政 江苏省). Codes two places share (宁政: 宁夏 and 南京; 青政: 青海 and
     * 青岛; 新政) are left out.
     */
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("京政", "北京市"), Map.entry("津政", "天津市"), Map.entry("沪府", "上海市"), Map.entry("渝府", "重庆市"),
            Map.entry("冀政", "河北省"), Map.entry("晋政", "山西省"), Map.entry("蒙政", "内蒙古自治区"), Map.entry("辽政", "辽宁省"),
            Map.entry("吉政", "吉林省"), Map.entry("黑政", "黑龙江省"), Map.entry("苏政", "江苏省"), Map.entry("浙政", "浙江省"),
            Map.entry("皖政", "安徽省"), Map.entry("闽政", "福建省"), Map.entry("赣府", "江西省"), Map.entry("鲁政", "山东省"),
            Map.entry("豫政", "河南省"), Map.entry("鄂政", "湖北省"), Map.entry("湘政", "湖南省"), Map.entry("粤府", "广东省"),
            Map.entry("桂政", "广西壮族自治区"), Map.entry("琼府", "海南省"), Map.entry("川府", "四川省"), Map.entry("黔府", "贵州省"),
            Map.entry("云政", "云南省"), Map.entry("藏政", "西藏自治区"), Map.entry("陕政", "陕西省"), Map.entry("甘政", "甘肃省"));
    /** 鄂政发, 鄂政办发, 粤府办, 川府发, 黔府办函 …: a province's head, maybe 办, then the kind (发, 函, 明电) or nothing. */
    private static final Pattern CODE = Pattern.compile("^(.[政府])(办)?(?:发|函|发明电|明电)?〔");

    /**
     * A general office that writes its province's character and 办 alone, without 政 or 府: 四川省人民政府办公厅's
     * 川办发, 川办函 (川办函〔2022〕47号).
     */
    private static final Pattern OFFICE_CODE = Pattern.compile("^川办(?:发|函|发明电|明电)?〔");

    /** The provinces by their names (省 after each): a head that says 省政府 leaves its province to the text. */
    private static final List<String> PROVINCE_NAMES = List.of("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
            "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海");
    /** How far into the text a province is looked for: its opening paragraphs. */
    private static final int PROVINCE_CHARS = 2_000;

    /**
     * The government a head that names a province by its level alone (省政府关于…) means, when the text's opening names one
     * province and no other (江苏工作, 江苏建造): that province's 人民政府 (or its office, as the head says).
     */
    static List<String> namedAlone(String text, String head) {
        if (head == null || !head.startsWith("省")) return List.of();
        String opening = text.length() > PROVINCE_CHARS ? text.substring(0, PROVINCE_CHARS) : text;
        String found = null;
        for (String name : PROVINCE_NAMES) {
            if (opening.indexOf(name) < 0) continue;
            if (found != null) return List.of();
            found = name;
        }
        if (found == null) return List.of();
        return List.of(found + "省人民政府" + (head.endsWith("办公厅") ? "办公厅" : ""));
    }

    static List<String> issuerOf(String number) {
        if (number == null) return List.of();
        if (OFFICE_CODE.matcher(number).find()) return List.of("四川省人民政府办公厅");
        Matcher m = CODE.matcher(number);
        if (!m.find()) return List.of();
        String province = PROVINCES.get(m.group(1));
        if (province == null) return List.of();
        return List.of(province + "人民政府" + (m.group(2) != null ? "办公厅" : ""));
    }
}
