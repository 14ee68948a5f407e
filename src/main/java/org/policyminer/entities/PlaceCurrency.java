package org.policyminer.entities;

import java.util.List;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * The currency of a bare 元 or $ by the place a text is about: a figure "约133亿元" in a Hong Kong budget line is in
 * Hong Kong dollars, "$48,084,799,200.00" in a Macau law in patacas, "2,594.5亿元" in a Taiwan county's release in New
 * Taiwan dollars (conventions of dev4..dev6). The place comes from {@code models/place-currencies.tsv}: the figure's
 * sentence first, then the whole text when the sentence names no place; a text that also names a mainland city or two
 * such places decides nothing. A bracket "(人民币，下同)" / "(澳门元，下同)" declares the currency of the figures from
 * there on in its sentence and outweighs the place.
 */
final class PlaceCurrency {
    private final SurfaceTrie<String> cues = new SurfaceTrie<>();
    private final java.util.BitSet firstChars;

    /** Characters that make a word with a following 台 (平台, 舞台, 讲台, 出台 …), so 台南 / 台北 after them is no place. */
    private static final String NOT_A_PLACE_BEFORE_TAI = "平舞讲柜阳电后前出上下擂站月炮烟灶井展看戏登兰";

    private PlaceCurrency(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalArgumentException("place-currencies.tsv: need 2 columns: " + line);
            cues.put(f[0], f[1]);
        }
        firstChars = cues.firstChars();
    }

    static PlaceCurrency instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final PlaceCurrency INSTANCE = new PlaceCurrency(ModelFiles.dataLines("place-currencies.tsv"));
    }

    /** A place's currency named in [from, to), "" when none, null when two differ. */
    String placeIn(String t, int from, int to) {
        return placeIn(t, from, to, true);
    }

    /** {@link #placeIn(String, int, int)}; without {@code weakCounts} the words Hong Kong and Macau share decide nothing. */
    String placeIn(String t, int from, int to, boolean weakCounts) {
        String found = "";
        String shared = "";                              // a word Hong Kong and Macau share: decides only alone
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            String code = null;
            int len = 1;
            if (c == '年' && minguoYearBefore(t, i, from)) {
                code = "TWD";                            // 105年上半年, 97年度: the Minguo calendar is Taiwan's
            } else if ((c == '/' || c == '／' || c == '-' || c == '－') && i - 4 >= from && FigureTime.fiscalYearEnd(t, i - 4, to) > 0) {
                code = "HKD";                            // 二零一四/一五年度, 2014/15年度, 2021-22年度: Hong Kong's April-to-March fiscal year
            } else if (c == '兆' && i > from && Character.isDigit(t.charAt(i - 1)) && i + 1 < to && Character.isDigit(t.charAt(i + 1))) {
                code = "TWD";                            // 1兆9664亿元: 兆 for 1e12 with more digits after, as Taiwan writes it
            } else if (firstChars.get(c)) {
                len = cues.longestAt(t, i, to - i);
                if (len <= 0) continue;
                if (c == '台' && i > 0 && NOT_A_PLACE_BEFORE_TAI.indexOf(t.charAt(i - 1)) >= 0) continue;   // 平台南侧
                code = cues.get(t, i, i + len);
            }
            if (code == null) continue;
            i += len - 1;
            if (code.endsWith("?")) {
                if (!weakCounts) continue;
                String weak = code.substring(0, code.length() - 1);
                shared = shared.isEmpty() || shared.equals(weak) ? weak : "-";   // two weak places: neither
                continue;
            }
            if (found.isEmpty()) found = code;
            else if (!found.equals(code)) return null;
        }
        return !found.isEmpty() ? found : shared.equals("-") ? "" : shared;
    }

    /** 105年 / 97年度 ending at 年 {@code nian}: a Minguo year of 60–130 in two or three digits, not inside a longer number. */
    private static boolean minguoYearBefore(String t, int nian, int from) {
        int k = nian;
        while (k > from && nian - k < 4 && Character.isDigit(t.charAt(k - 1))) k--;
        int digits = nian - k;
        if (digits < 2 || digits > 3 || (k > from && (t.charAt(k - 1) == '.' || Character.isDigit(t.charAt(k - 1))))) return false;
        // 建党100年之际, 近100年, 成立100年: a count of years, not a Minguo year (as FigureTime reads them)
        if (k > from && "近逾超过多约第这那满历有了达余数百成立的党国".indexOf(t.charAt(k - 1)) >= 0) return false;
        int n = Integer.parseInt(t.substring(k, nian));
        if (n < 60 || n > 130) return false;
        if (digits == 2 && !t.startsWith("度", nian + 1)) return false;   // 98年 is as often 1998: only 98年度
        return nian + 1 >= t.length() || "来历间内后前多余以代之的大老".indexOf(t.charAt(nian + 1)) < 0;    // 100年来 is a count
    }

    /**
     * The currency declared by "(X，下同)" in [from, to) for a figure ending at {@code figureEnd}: the bracket right after
     * the figure or before it in the sentence. Null when there is none.
     */
    static String declared(String t, int from, int to, int figureStart, int figureEnd) {
        int k = from;                                    // bounded by the sentence: indexOf would read to the text's end
        while (k + 1 < to && !(t.charAt(k) == '下' && t.charAt(k + 1) == '同')) k++;
        if (k + 1 >= to) return null;
        int open = k - 1;
        while (open >= from && k - open <= 8 && t.charAt(open) != '(' && t.charAt(open) != '（') open--;
        if (open < from || k - open > 8) return null;
        if (!(figureStart > open || (open >= figureEnd && open - figureEnd <= 1))) return null;
        return CurrencyLexicon.instance().namedIn(t.substring(open + 1, k));
    }

    /**
     * Whether {@code text} (the simplified figure as written) carries its currency only as a bare 元 / 圆 or a bare $
     * (or none): a written 人民币, 美元, US$, 港元 … is the text's own and stays.
     */
    /**
     * The currency the first "(X，下同)" in [from, to) declares, whatever figure it stands by: the note holds for the
     * rest of the text (香港文汇报讯 …252.15亿元(人民币,下同) … and the next paragraph's bare 元). Null when there is none.
     */
    static String declaredFor(String t, int from, int to) {
        int at = firstDeclaration(t, from, to);
        return at < 0 ? null : declaredAt(t, from, at);
    }

    /** Where the first "(X，下同)" naming a currency in [from, to) has its 下同; -1 when none. */
    static int firstDeclaration(String t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.charAt(k) == '下' && t.charAt(k + 1) == '同' && declaredAt(t, from, k) != null) return k;
        }
        return -1;
    }

    private static String declaredAt(String t, int from, int k) {
        int open = k - 1;
        while (open >= from && k - open <= 8 && t.charAt(open) != '(' && t.charAt(open) != '（') open--;
        if (open < from || k - open > 8) return null;
        return CurrencyLexicon.instance().namedIn(t.substring(open + 1, k));
    }

    /**
     * The currency of the place a host's country domain names: .tw Taiwan, .hk Hong Kong, .mo Macau (gov.mo,
     * news.gov.hk, udn.com.tw …); null for any other host. Only the last label counts: a name such as hk.epochtimes.com
     * or taiwan.cn says where a page is aimed, not whose money it counts.
     */
    /** {@link #ofHost} of the address's host (null for what is not an absolute address). */
    static String ofUrl(String url) {
        return ofHost(org.policyminer.fetch.Hosts.ofUrl(url));
    }

    static String ofHost(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (h.endsWith(".tw")) return "TWD";
        if (h.endsWith(".hk")) return "HKD";
        if (h.endsWith(".mo")) return "MOP";
        return null;
    }

    static boolean bare(String text, String currency) {
        if ("CNY".equals(currency)) {
            for (String w : new String[] {"人民币", "RMB", "￥", "¥", "rmb"}) if (text.contains(w)) return false;
            return true;
        }
        return "USD".equals(currency) && text.contains("$") && !text.contains("US$") && !text.contains("美");
    }
}
