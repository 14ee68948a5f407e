package org.policyminer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The government a city's number names by its code (穗府〔2011〕15号 is 广州市人民政府's, 深府办 the 深圳市人民政府办公厅's),
 * for a page whose title has no issuer head (or only 市政府办公厅) and that shows no signature: what {@link ProvincialCodes}
 * does for the provinces. A city writes its short name, or a character of it, and 政 or 府 before the kind of document.
 *
 * <p>The codes are facts of the cities' own documents, as pages the team read write them: 穗府〔2011〕15号 and 穗府办规〔2021〕12号
 * (广州), 深府〔2009〕193号 and 深府办〔1998〕116号 (深圳), 宁政发〔2020〕58号 and 宁政办规字〔2023〕2号 (南京), 杭政〔2021〕7号
 * (杭州), 成府发〔2014〕7号 (成都), 厦府〔2017〕327号 (厦门), 沈政令〔1997〕29号 (沈阳), 青政发〔2022〕4号 (青岛), 济政字〔2021〕30号
 * (济宁), 呼政办发〔2008〕68号 (呼和浩特), 乌政办发〔2013〕11号 (乌兰浩特), 信政〔2018〕17号 (信阳). One code often serves
 * several places (宁政: 南京, 西宁 and 宁夏; 济政: 济南 and 济宁; 呼政: 呼和浩特 and 呼伦贝尔; 青政: 青岛 and 青海; 乌政:
 * 乌鲁木齐 and 乌兰浩特): the page then has to say which, by naming the place (呼和浩特市政府信息公开目录编制规则), by the
 * province whose documents it cites (苏政办发 → 江苏: 南京), or by the level its title head gives (市政府办公厅: a city).
 * Otherwise the code names nobody. The codes of the other provincial capitals and of the larger cities below them
 * (东府 东莞, 汕府 汕头, 武政 武汉, 榕政 福州, 并政 太原 …) are the ones their government gazettes print, listed from
 * general knowledge of those gazettes rather than checked against a page here. A county may write the same character
 * (镇政发 is 镇巴县's as well as a 镇江 code): a page that names another place starting with the code's character
 * (镇巴县) is not given the city.
 */
final class CityCodes {
    private CityCodes() {}

    /** A place a code may name: its full name, its province (a city's) and what its general office is called. */
    private record Place(String name, String province, String office) {
        boolean isProvince() {
            return province == null;
        }
    }

    private static final String HALL = "办公厅", ROOM = "办公室";

    /** Code heads (a character and 政 or 府) and the places that write them; provinces where a city shares the head. */
    private static final Map<String, List<Place>> CODES = Map.ofEntries(
            Map.entry("穗府", List.of(new Place("广州市", "广东", HALL))),
            Map.entry("深府", List.of(new Place("深圳市", "广东", HALL))),
            Map.entry("杭政", List.of(new Place("杭州市", "浙江", HALL))),
            Map.entry("成府", List.of(new Place("成都市", "四川", HALL))),
            Map.entry("厦府", List.of(new Place("厦门市", "福建", HALL))),
            Map.entry("沈政", List.of(new Place("沈阳市", "辽宁", HALL))),
            Map.entry("信政", List.of(new Place("信阳市", "河南", ROOM))),
            Map.entry("宁政", List.of(new Place("南京市", "江苏", HALL), new Place("西宁市", "青海", HALL),
                    new Place("宁夏回族自治区", null, HALL))),
            Map.entry("济政", List.of(new Place("济南市", "山东", HALL), new Place("济宁市", "山东", ROOM))),
            Map.entry("呼政", List.of(new Place("呼和浩特市", "内蒙古", HALL), new Place("呼伦贝尔市", "内蒙古", ROOM))),
            Map.entry("青政", List.of(new Place("青岛市", "山东", HALL), new Place("青海省", null, HALL))),
            Map.entry("乌政", List.of(new Place("乌鲁木齐市", "新疆", HALL), new Place("乌兰浩特市", "内蒙古", ROOM))),
            Map.entry("东府", List.of(new Place("东莞市", "广东", ROOM))),
            Map.entry("汕府", List.of(new Place("汕头市", "广东", ROOM))),
            Map.entry("佛府", List.of(new Place("佛山市", "广东", ROOM))),
            Map.entry("珠府", List.of(new Place("珠海市", "广东", ROOM))),
            Map.entry("苏府", List.of(new Place("苏州市", "江苏", ROOM))),
            Map.entry("锡政", List.of(new Place("无锡市", "江苏", ROOM))),
            Map.entry("温政", List.of(new Place("温州市", "浙江", ROOM))),
            Map.entry("甬政", List.of(new Place("宁波市", "浙江", HALL))),
            Map.entry("武政", List.of(new Place("武汉市", "湖北", HALL))),
            Map.entry("郑政", List.of(new Place("郑州市", "河南", HALL))),
            Map.entry("昆政", List.of(new Place("昆明市", "云南", HALL))),
            Map.entry("榕政", List.of(new Place("福州市", "福建", HALL))),
            Map.entry("筑府", List.of(new Place("贵阳市", "贵州", HALL))),
            Map.entry("并政", List.of(new Place("太原市", "山西", HALL))),
            Map.entry("石政", List.of(new Place("石家庄市", "河北", HALL))),
            Map.entry("兰政", List.of(new Place("兰州市", "甘肃", HALL))),
            Map.entry("银政", List.of(new Place("银川市", "宁夏", HALL))),
            Map.entry("大政", List.of(new Place("大连市", "辽宁", HALL))),
            Map.entry("哈政", List.of(new Place("哈尔滨市", "黑龙江", HALL))),
            Map.entry("长府", List.of(new Place("长春市", "吉林", HALL))),
            Map.entry("洪府", List.of(new Place("南昌市", "江西", HALL))),
            Map.entry("海府", List.of(new Place("海口市", "海南", HALL))),
            Map.entry("南府", List.of(new Place("南宁市", "广西", HALL))));

    /** Provinces by the character their own codes start with (苏政办发, 粤府, 鲁发改): whose documents a page cites. */
    private static final Map<Character, String> PROVINCE_CODES = Map.ofEntries(
            Map.entry('苏', "江苏"), Map.entry('浙', "浙江"), Map.entry('粤', "广东"), Map.entry('川', "四川"), Map.entry('闽', "福建"),
            Map.entry('辽', "辽宁"), Map.entry('豫', "河南"), Map.entry('鲁', "山东"), Map.entry('内', "内蒙古"), Map.entry('蒙', "内蒙古"),
            Map.entry('新', "新疆"), Map.entry('鄂', "湖北"), Map.entry('湘', "湖南"), Map.entry('皖', "安徽"), Map.entry('赣', "江西"),
            Map.entry('冀', "河北"), Map.entry('晋', "山西"), Map.entry('陕', "陕西"), Map.entry('甘', "甘肃"), Map.entry('黔', "贵州"),
            Map.entry('桂', "广西"), Map.entry('琼', "海南"), Map.entry('吉', "吉林"), Map.entry('黑', "黑龙江"));

    /** 穗府办规〔, 宁政办规字〔, 呼政办发〔, 深府〔: the head, maybe 办 (the general office), then the kind. */
    private static final Pattern CODE = Pattern.compile("^(.[政府])(办)?[\\p{IsHan}]{0,3}〔");
    /** Another document's number in the text: its code's first character may be a province's. */
    private static final Pattern CITED_CODE = Pattern.compile("(?<![\\p{IsHan}])([\\p{IsHan}])[\\p{IsHan}]{0,5}[〔\\[【]\\s*(?:19|20)\\d{2}");

    /**
     * @param number    the document's number
     * @param levelHint the title's placeless head (市政府办公厅, 省政府) or null
     * @param text      the title and the text, where the page may name the place or cite its province's documents
     */
    static List<String> issuerOf(String number, String levelHint, String text) {
        if (number == null) return List.of();
        Matcher m = CODE.matcher(number);
        if (!m.find()) return List.of();
        List<Place> places = CODES.get(m.group(1));
        if (places == null) return List.of();
        List<Place> left = new ArrayList<>(places);
        if (levelHint != null && left.size() > 1) {
            boolean city = levelHint.startsWith("市") || levelHint.startsWith("区") || levelHint.startsWith("县");
            left.removeIf(p -> p.isProvince() == city);
        }
        if (left.size() > 1 && text != null) {
            List<Place> named = left.stream().filter(p -> text.contains(p.name())
                    || p.isProvince() && text.contains(p.name().substring(0, 2))).toList();
            if (named.size() == 1) left = named;
        }
        if (left.size() > 1 && text != null) {
            List<String> provinces = citedProvinces(text);
            List<Place> inCited = left.stream().filter(p -> !p.isProvince() && provinces.contains(p.province())).toList();
            if (inCited.size() == 1) left = inCited;
        }
        if (left.size() != 1) return List.of();
        Place p = left.get(0);
        if (text != null && namesAnotherPlace(text, m.group(1).charAt(0), p.name())) return List.of();
        // the head's own word for the office (办公厅 / 办公室) where it writes one, else the place's
        boolean headOffice = levelHint != null && (levelHint.endsWith(HALL) || levelHint.endsWith(ROOM));
        boolean office = m.group(2) != null || headOffice;
        String officeName = headOffice ? levelHint.substring(levelHint.length() - 3) : p.office();
        return List.of(p.name() + "人民政府" + (office ? officeName : ""));
    }

    /** A local government's code: the place's first one or two characters, 政 or 府, maybe 办, then the kind. */
    private static final Pattern LOCAL_CODE = Pattern.compile("^([\\p{IsHan}]{1,2}?)([政府])(办)?[\\p{IsHan}]{0,3}〔");

    /**
     * A county's, district's or city's own number names it when the page names a place its code abbreviates
     * (明政办〔2016〕82号 and 明溪县: 明溪县人民政府办公室; 石柱府办发 and 石柱土家族自治县): the place in the title, or a
     * government of that place in the text (明溪县人民政府, 明溪县委). Only one such place may be named; a code in
     * {@link #CODES} is read there, with the places it is known to serve.
     */
    static List<String> ofNamedPlace(String number, String title, String text) {
        if (number == null) return List.of();
        Matcher m = LOCAL_CODE.matcher(number);
        if (!m.find() || CODES.containsKey(m.group(1) + m.group(2))) return List.of();
        String prefix = m.group(1);
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        Pattern inTitle = Pattern.compile(Pattern.quote(prefix) + "[\\p{IsHan}]{0,6}?(?:自治县|县|市|区|旗)");
        if (title != null) {
            Matcher t = inTitle.matcher(title);
            if (t.find()) places.add(t.group());
        }
        if (text != null) {
            Matcher g = Pattern.compile(Pattern.quote(prefix) + "[\\p{IsHan}]{0,6}?(?:自治县|县|市|区|旗)(?=人民政府|政府|委员会|县委|市委|区委)").matcher(text);
            while (g.find()) places.add(g.group());
        }
        if (places.size() != 1) return List.of();
        String place = places.iterator().next();
        if (place.length() < 2 || place.length() > 12) return List.of();
        return List.of(place + "人民政府" + (m.group(3) != null ? ROOM : ""));
    }

    /** A city that writes its whole two-character name in its code: 鄂州政办发 (鄂州市), then 政 or 府, maybe 办, the kind. */
    private static final Pattern SPELLED_CODE = Pattern.compile("^([\\p{IsHan}]{2})([政府])(办)?[\\p{IsHan}]{0,3}〔");
    /** The levels a name's last character gives: a code ending in one (甘区政办发, 甘州区's; 州 ends 鄂州, 杭州 too) abbreviates, it does not spell. */
    private static final String LEVELS = "省市县区旗盟";

    /**
     * A head that names a city's, county's or district's government by its level alone (市人民政府办公室关于…) and a
     * number whose code is a two-character name (鄂州政办发〔2010〕16号): that name with the head's level is the issuer
     * (鄂州市人民政府办公室). The code's 办 and the head's office agree, and the page names no other place of that level
     * starting with the code's first character.
     */
    static List<String> spelledOut(String number, String placelessHead, String text) {
        if (number == null || placelessHead == null) return List.of();
        char level = placelessHead.charAt(0);
        if (level != '市' && level != '县' && level != '区') return List.of();
        Matcher m = SPELLED_CODE.matcher(number);
        if (!m.find() || LEVELS.indexOf(m.group(1).charAt(1)) >= 0 || CODES.containsKey(m.group(1).substring(0, 1) + m.group(2))) return List.of();
        boolean office = placelessHead.endsWith(HALL) || placelessHead.endsWith(ROOM);
        if (office != (m.group(3) != null)) return List.of();
        String place = m.group(1) + level;
        if (text != null) {
            Matcher other = Pattern.compile(Pattern.quote(m.group(1).substring(0, 1)) + "[\\p{IsHan}]{1,3}?" + level + "(?:人民)?政府").matcher(text);
            while (other.find()) if (!other.group().startsWith(place)) return List.of();
        }
        return List.of(place + placelessHead.replaceFirst("^.(?:人民)?政府", "人民政府"));
    }

    /** A county's government whose name starts with the code's character (镇巴县人民政府 for 镇政): the code may be its. */
    private static boolean namesAnotherPlace(String text, char first, String place) {
        Matcher m = Pattern.compile(first + "[\\p{IsHan}]{1,3}?(?:县|旗)(?:人民)?政府").matcher(text);
        while (m.find()) {
            if (!m.group().startsWith(place)) return true;
        }
        return false;
    }

    private static List<String> citedProvinces(String text) {
        List<String> out = new ArrayList<>();
        Matcher c = CITED_CODE.matcher(text);
        while (c.find()) {
            String province = PROVINCE_CODES.get(c.group(1).charAt(0));
            if (province != null && !out.contains(province)) out.add(province);
        }
        return out;
    }
}
