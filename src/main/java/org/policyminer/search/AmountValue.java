package org.policyminer.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts typed as filters: 1000亿, 1.5万亿, 3e11, 800万元, 1,200亿元 → yuan. */
public final class AmountValue {
    private static final Pattern FORM = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*(万亿|千亿|百亿|亿|千万|百万|万|千)?\\s*(元|人民币)?");

    private AmountValue() {}

    public static double parse(String text) {
        if (text == null || text.isBlank()) throw new InvalidQueryException("empty amount");
        String t = text.strip().replace('，', ',').replace('．', '.');
        Matcher m = FORM.matcher(t);
        if (!m.matches()) throw new InvalidQueryException("bad amount '" + text + "': use forms like 1000亿, 1.5万亿 or 3e11");
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        return v * multiplier(m.group(2));
    }

    static double multiplier(String unit) {
        if (unit == null) return 1;
        return switch (unit) {
            case "万亿" -> 1e12;
            case "千亿" -> 1e11;
            case "百亿" -> 1e10;
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "万" -> 1e4;
            case "千" -> 1e3;
            default -> 1;
        };
    }
}
