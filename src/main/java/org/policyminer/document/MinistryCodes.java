package org.policyminer.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer a ministry's number names by its code, for a page that shows the number but neither a table, a signature,
 * a letterhead nor an issuer in its title (关于公布第十批…名单的通知, 工信部规函〔2022〕40号): what the code says, as
 * {@link StateCouncilCodes} does for the State Council. Only codes that one ministry alone writes, with the years the
 * ministry bore that name (交公路发〔2006〕 was the 交通部's, 交公路发〔2011〕 the 交通运输部's); a joint code (工信部联,
 * 发改…联) names its first body, the one that numbers the document. Provincial departments prefix their province
 * (皖财, 川发改) and are not read here.
 */
final class MinistryCodes {
    private MinistryCodes() {}

    /** A code's head, the ministry (and its general office where the head says 厅 or 办), and the years of that name. */
    private record Code(String head, String body, int from, int to) {}

    private static final List<Code> CODES = List.of(
            new Code("工信厅", "工业和信息化部办公厅", 2008, 9999),
            new Code("工信部", "工业和信息化部", 2008, 9999),
            new Code("发改办", "国家发展改革委办公厅", 2003, 9999),
            new Code("发改", "国家发展改革委", 2003, 9999),
            new Code("国科办", "科技部办公厅", 1998, 9999),
            new Code("国科发", "科技部", 1998, 9999),
            new Code("人社厅", "人力资源社会保障部办公厅", 2008, 9999),
            new Code("人社部", "人力资源社会保障部", 2008, 9999),
            new Code("交办", "交通运输部办公厅", 2008, 9999),
            new Code("交", "交通运输部", 2008, 9999),
            new Code("交", "交通部", 1949, 2007),
            new Code("信部", "信息产业部", 1998, 2008),
            new Code("财办", "财政部办公厅", 1949, 9999),
            new Code("财", "财政部", 1949, 9999),
            new Code("民办", "民政部办公厅", 1949, 9999),
            new Code("民发", "民政部", 1949, 9999),
            new Code("民函", "民政部", 1949, 9999),
            // the 2018 reform's ministries and their general offices (环办监测函, 农办农, 国卫办医函, 应急厅函, 建办城, 自然资办发);
            // a code a city shares (商政: 商丘, 建政: 建德) is left out, as 商 and 建 alone are
            new Code("环办", "生态环境部办公厅", 2018, 9999),
            new Code("环办", "环境保护部办公厅", 2008, 2017),
            new Code("环", "生态环境部", 2018, 9999),
            new Code("环", "环境保护部", 2008, 2017),
            new Code("农办", "农业农村部办公厅", 2018, 9999),
            new Code("农办", "农业部办公厅", 1988, 2017),
            new Code("农", "农业农村部", 2018, 9999),
            new Code("农", "农业部", 1988, 2017),
            new Code("国卫办", "国家卫生健康委办公厅", 2018, 9999),
            new Code("国卫办", "国家卫生计生委办公厅", 2013, 2017),
            new Code("国卫", "国家卫生健康委", 2018, 9999),
            new Code("国卫", "国家卫生计生委", 2013, 2017),
            new Code("应急厅", "应急管理部办公厅", 2018, 9999),
            new Code("应急", "应急管理部", 2018, 9999),
            new Code("建办", "住房城乡建设部办公厅", 2008, 9999),
            new Code("自然资办", "自然资源部办公厅", 2018, 9999),
            new Code("自然资", "自然资源部", 2018, 9999),
            new Code("税总", "国家税务总局", 2014, 9999),
            new Code("国税", "国家税务总局", 1988, 9999));

    private static final Pattern YEAR = Pattern.compile("〔((?:19|20)\\d{2})〕");
    /** The kind a ministry's code ends with before the bracket: 发, 函, 规, 字, 明电, or a department's abbreviation and one of these. */
    private static final Pattern CODE_SHAPE = Pattern.compile("^[\\p{IsHan}]{1,10}〔");

    /** 国家税务总局公告2016年第23号: the announcement's number names its body in full. */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("^([\\p{IsHan}]{2,14})公告(?:19|20)\\d{2}年第\\d{1,5}号$");

    static List<String> issuerOf(String number) {
        if (number == null) return List.of();
        Matcher a = ANNOUNCEMENT.matcher(number);
        if (a.matches()) return List.of(a.group(1));
        if (!CODE_SHAPE.matcher(number).find()) return List.of();
        Matcher y = YEAR.matcher(number);
        if (!y.find()) return List.of();
        int year = Integer.parseInt(y.group(1));
        String code = number.substring(0, y.start());
        for (Code c : CODES) {
            // a one-character head with 政 or 府 after it is a county's or city's own code (环政发: 环县), no ministry's
            if (c.head().length() == 1 && code.length() > 1 && (code.charAt(1) == '政' || code.charAt(1) == '府')) continue;
            // 交 and 财 stand alone only with a department's abbreviation after them (交公路发, 财建): 交流, 财富 are no codes
            if (code.startsWith(c.head()) && code.length() > c.head().length() && year >= c.from() && year <= c.to()) {
                return List.of(c.body());
            }
        }
        return List.of();
    }
}
