package org.policyminer.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds monetary expressions in simplified text and reads their value: 4000亿元, 二千亿元, 肆佰叁拾万元, 1,200亿元,
 * １２００亿元, 100-200亿元, 100亿至200亿元, 4000多亿元, 1.5万亿元以上, 约50亿美元, 人民币8亿元, 数十亿元, 八九亿韩元,
 * 千亿级 (a size class). It does not decide what a figure means; {@link AmountAttributes} does.
 *
 * <p>One left-to-right pass; every numeral run is read once, so the cost is linear in the text.
 */
public final class AmountParser {

    /** A figure found in the text; {@code end} exclusive. {@code currency} is an ISO code or null. */
    public record Found(int start, int end, double value, Double valueMax, String currency, String qualifier,
                        boolean scale, boolean hasCurrency, int numberStart) {}

    private static final String[] PRE_QUALIFIERS = {"大约", "将近", "接近", "不到", "不足", "至少", "小于", "大于", "多于", "少于", "约", "近", "超", "逾",
            "过", "破"};
    /** Nouns a round figure (千亿, 万亿 without digits) labels as a size class. */
    private static final org.policyminer.util.SurfaceTrie<String> SCALE_NOUNS = org.policyminer.util.SurfaceTrie.of("产业", "集群", "市值",
            "销售", "园区", "产业园", "企业", "工程", "大市", "强市", "强县", "大县");
    private static final String[] POST_QUALIFIERS = {"以上", "以下", "以内", "左右", "上下", "有余", "多"};
    private static final String[] RANGE_SEPARATORS = {"——", "--", "-", "–", "—", "~", "～", "〜", "至", "到"};

    /** Numerals in a run read as one figure: 一万二千三百四十五亿六千七百八十九万 has 19, 1,000,000,000,000.00 18. */
    static final int MAX_RUN = 64;

    private final CurrencyLexicon currencies;

    public AmountParser() {
        this(CurrencyLexicon.instance());
    }

    AmountParser(CurrencyLexicon currencies) {
        this.currencies = currencies;
    }

    /**
     * Every figure in {@code t}. Without a currency word, a figure is kept only as a size class (千亿级) or when
     * {@code acceptBare} says so for a run with a big unit (产值突破3000亿), which the caller decides from context.
     */
    public List<Found> scan(String t, BarePolicy acceptBare) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            if (!startsNumeral(t, i)) {
                i++;
                continue;
            }
            Run first = readRun(t, i);
            if (first == null) {
                i++;
                continue;
            }
            if (first.low() == null) {                 // too long to be a figure: skip it whole
                i = first.end;
                continue;
            }
            Found f = complete(t, first, acceptBare);
            if (f != null) {
                out.add(f);
                i = Math.max(f.end(), first.end);
            } else {
                i = first.end;
            }
        }
        return out;
    }

    /** Whether a figure without a currency word counts as money here (e.g. the clause talks about 产值). */
    @FunctionalInterface
    public interface BarePolicy {
        boolean accept(String text, int start, int end);

        BarePolicy NEVER = (t, s, e) -> false;
        BarePolicy ALWAYS = (t, s, e) -> true;
    }

    /** A currency word [start, end) standing without a figure, with its ISO code. */
    public record CurrencyMention(int start, int end, String currency) {}

    /** Currency words standing without a figure (人民币 美元). */
    public List<CurrencyMention> bareCurrencyMentions(String t) {
        return currencies.bareMentions(t);
    }

    /** Parses one whole string as a money expression (default currency CNY): for conformance tests and tools. */
    public Optional<Found> parseWhole(String s) {
        List<Found> all = scan(s, BarePolicy.ALWAYS);
        if (all.isEmpty()) return Optional.empty();
        Found best = all.get(0);
        for (Found f : all) if (f.end() - f.start() > best.end() - best.start()) best = f;
        if (best.currency() == null) {
            best = new Found(best.start(), best.end(), best.value(), best.valueMax(), "CNY", best.qualifier(), best.scale(), false, best.numberStart());
        }
        return Optional.of(best);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A numeral run [start, end) with its reading: low value, optional high value, and the unit at its tail. */
    private record Run(int start, int end, BigDecimal low, BigDecimal high, String qualifier, BigDecimal lastUnit,
                       BigDecimal mantissa, boolean bareNumber, boolean hasBigUnit) {}

    private static boolean startsNumeral(String t, int i) {
        char c = t.charAt(i);
        if (ChineseNumerals.isAsciiDigit(ChineseNumerals.asciiDigit(c))) return true;
        if (c == '几' || c == '数') return i + 1 < t.length() && isUnitChar(t.charAt(i + 1));
        return ChineseNumerals.isChineseNumeralChar(c);
    }

    private static boolean isUnitChar(char c) {
        return ChineseNumerals.smallUnit(c) > 0 || ChineseNumerals.bigUnit(c) > 0;
    }

    private static boolean isDigitChar(char c) {
        return ChineseNumerals.isAsciiDigit(ChineseNumerals.asciiDigit(c));
    }

    /** Reads the longest numeral run at i; null when the characters there do not form a number. */
    private Run readRun(String t, int i) {
        int n = t.length();
        int j = i;
        StringBuilder raw = new StringBuilder();
        String qualifier = null;
        int qualifierAt = -1;
        boolean ji = false;
        int jiAt = -1;
        while (j < n) {
            char c = ChineseNumerals.asciiDigit(t.charAt(j));
            if (raw.length() > MAX_RUN) return tooLong(t, i, j);
            if (ChineseNumerals.isAsciiDigit(c) && raw.length() > 0 && ChineseNumerals.bigUnit(raw.charAt(raw.length() - 1)) > 0
                    && !unitAfterDigits(t, j) && !(raw.charAt(raw.length() - 1) == '万' && moneyAfterDigits(t, j))) {
                break;                                 // 300亿—500亿6个: digits after 亿 with no unit of their own are a count
            } else if (ChineseNumerals.isAsciiDigit(c) || ChineseNumerals.isChineseNumeralChar(c)) {
                raw.append(c);
                j++;
            } else if (c == '.' && raw.length() > 0 && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1))
                    && j + 1 < n && isDigitChar(t.charAt(j + 1))) {
                raw.append('.');
                j++;
            } else if ((c == ',' || c == '，') && raw.length() > 0 && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1))
                    && ChineseNumerals.isThousandsGroup(t, j + 1) && !(c == '，' && afterSymbol(t, i))) {
                j++;
            } else if (c == ',' && raw.length() > 0 && allAsciiDigits(raw) && wanGroupThenThousands(t, j + 1)) {
                j++;                                   // 95,2866,000元: Taiwan county budgets group the digits by 万 before the last three
            } else if ((c == '.' || c == '‧') && raw.length() > 0 && ChineseNumerals.digit(raw.charAt(raw.length() - 1)) >= 0 && j + 1 < n
                    && ChineseNumerals.digit(t.charAt(j + 1)) >= 0 && "两兩".indexOf(t.charAt(j + 1)) < 0) {
                raw.append('点');                       // 二．二六兆元, 四百七十六‧六亿元: Taiwan and Macau papers put a point between Chinese digits
                j++;
            } else if ((c == 'O' || c == 'o') && raw.length() > 0 && ChineseNumerals.isChineseNumeralChar(raw.charAt(raw.length() - 1))
                    && !ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1)) && j + 1 < n && ChineseNumerals.isChineseNumeralChar(t.charAt(j + 1))) {
                raw.append('〇');                       // 五百O七亿元: a Latin O typed for the zero between Chinese numerals
                j++;
            } else if ((c == '点' || c == '點') && raw.length() > 0 && j + 1 < n
                    && (ChineseNumerals.digit(t.charAt(j + 1)) >= 0 || isDigitChar(t.charAt(j + 1)))
                    && ChineseNumerals.digit(raw.charAt(raw.length() - 1)) >= 0 || (c == '点' && raw.length() > 0 && j + 1 < n
                    && ChineseNumerals.smallUnit(raw.charAt(raw.length() - 1)) > 0 && ChineseNumerals.digit(t.charAt(j + 1)) >= 0)) {
                raw.append('点');
                j++;
            } else if ((c == '多' || c == '余') && qualifier == null && raw.length() > 0 && j + 1 < n
                    && isUnitChar(t.charAt(j + 1))) {
                qualifier = String.valueOf(c);
                qualifierAt = raw.length();
                j++;
            } else if ((c == '几' || c == '数') && !ji && (raw.length() == 0 || isUnitChar(raw.charAt(raw.length() - 1)))) {
                ji = true;
                jiAt = raw.length();
                raw.append('几');
                j++;
            } else if ((c == 'k' || c == 'K' || c == 'w' || c == 'W') && raw.length() > 0
                    && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1)) && (j + 1 >= n || !Character.isLetter(t.charAt(j + 1)) || t.charAt(j + 1) > 0x2E80)) {
                raw.append(c == 'k' || c == 'K' ? "千" : "万");
                j++;
                break;
            } else if (spaceGroup(c) && allAsciiDigits(raw) && groupBeforeFits(t, i, j) && ChineseNumerals.isThousandsGroup(t, j + 1)) {
                j++;                                   // 14 879.2亿元: a space (or thin space) between digit groups, as statistical yearbooks print them
            } else if (c == ' ' && raw.length() > 0 && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1)) && j + 1 < n
                    && ChineseNumerals.bigUnit(t.charAt(j + 1)) > 0) {
                j++;                                   // 新台币 177.1 亿元
            } else if (c == '个' && raw.length() > 0 && j + 1 < n && t.charAt(j + 1) == '亿') {
                j++;                                   // 两个亿: colloquial measure word before 亿
            } else {
                break;
            }
        }
        if (raw.length() == 0) return null;
        // 万台, 亿人次: a lone 万 or 亿 is no figure; 亿元以上项目, 超亿元企业, 过亿元的14家 are, the bound of a class (kind
        // threshold), and 兆元级 a size class.
        if (raw.length() == 1 && ChineseNumerals.bigUnit(raw.charAt(0)) > 0) {
            // 亿元以上, and 亿美元以上外资项目 / 亿港元以上 in another currency
            int y = j < n && t.charAt(j) == '元' ? j
                    : (j + 1 < n && t.charAt(j + 1) == '元' && "美港欧日".indexOf(t.charAt(j)) >= 0 ? j + 1 : -1);
            boolean yuan = y >= 0;
            boolean bound = yuan && (t.startsWith("以上", y + 1) || t.startsWith("以下", y + 1) || t.startsWith("及以上", y + 1)
                    || t.startsWith("项目", y + 1) || t.startsWith("企业", y + 1) || t.startsWith("级", y + 1)
                    || (i > 0 && "超过逾破".indexOf(t.charAt(i - 1)) >= 0 && !(i > 1 && t.startsWith("通过", i - 2))))
                    || (j < n && t.charAt(j) == '级');
            if (!bound) return null;
            raw.insert(0, '一');
        }
        String s = raw.toString();
        return interpret(t, i, j, s, qualifier, qualifierAt, jiAt);
    }

    /** The Arabic digits at {@code j} are followed by a 千/百/十/万/亿 of their own (1亿2345万, 3亿5千万). */
    private static boolean unitAfterDigits(String t, int j) {
        int k = j;
        while (k < t.length() && (isDigitChar(t.charAt(k)) || t.charAt(k) == '.' || (t.charAt(k) == ',' && ChineseNumerals.isThousandsGroup(t, k + 1)))) k++;
        return k < t.length() && isUnitChar(t.charAt(k));   // 2兆3,248亿元 too
    }

    private static final String[] MONEY_WORDS = {"元", "美元", "港元", "港币", "欧元", "日元", "新台币", "澳门元", "人民币"};

    /** 12亿2,281万3,000美元, 292亿2,712万5,050元新台币: the last digits after 万 before a money word are units of it. */
    private static boolean moneyAfterDigits(String t, int j) {
        int k = j;
        int digits = 0;
        while (k < t.length() && (isDigitChar(t.charAt(k)) || (t.charAt(k) == ',' && ChineseNumerals.isThousandsGroup(t, k + 1)))) {
            if (isDigitChar(t.charAt(k))) digits++;
            k++;
        }
        if (digits == 0 || digits > 4) return false;
        for (String w : MONEY_WORDS) if (t.startsWith(w, k)) return true;
        return false;
    }

    /** 千亿, 万亿, 百亿: a run of units only, no digit written. */
    /** Words that end a label's reach: a verb or a money word between the round figure and the noun makes it a figure. */
    private static final org.policyminer.util.SurfaceTrie<String> NOT_LABEL_WORDS = org.policyminer.util.SurfaceTrie.of("建设", "打造",
            "投资", "投入", "发展", "用于", "形成", "实现", "达到", "突破", "超过", "以上", "带动", "建成", "资金", "元");
    /** How far a bare round figure may stand from the noun it labels (千亿精细化工和医药产业: seven characters between). */
    private static final int LABEL_REACH = 8;

    /**
     * 千亿陶瓷产业, 百亿自主产业集群, 千亿高新园区, 百亿大产业: a bare round figure (no 元) before an industry or a kind and
     * then a noun it labels, only ideographs between and no verb or money word (集团计划投资千亿建设产业园 is money).
     */
    private static boolean labelledThingAfter(String t, int j) {
        for (int k = j; k < Math.min(t.length(), j + LABEL_REACH + 1); k++) {
            char c = t.charAt(k);
            if (!Character.isIdeographic(c) || c == '的' || ChineseNumerals.digit(c) >= 0 || ChineseNumerals.bigUnit(c) > 0) return false;
            if (NOT_LABEL_WORDS.longestAt(t, k) > 0) return false;
            if (k > j && SCALE_NOUNS.longestAt(t, k) > 0) return true;
        }
        return false;
    }

    private static boolean roundUnits(String t, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = t.charAt(k);
            if (ChineseNumerals.smallUnit(c) <= 0 && ChineseNumerals.bigUnit(c) <= 0) return false;
        }
        return true;
    }

    /**
     * A run of numerals longer than any figure is written with: reading it as a number costs the square of its length
     * (a page holding a megabyte of digits took minutes), so it is skipped to its end, unread.
     */
    private static Run tooLong(String t, int start, int j) {
        while (j < t.length() && (startsNumeral(t, j) || t.charAt(j) == '.' || t.charAt(j) == ',')) j++;
        return new Run(start, j, null, null, null, null, null, false, false);
    }

    private static boolean spaceGroup(char c) {
        return c == ' ' || c == '\u2009' || c == '\u00A0' || c == '\u202F';
    }

    /**
     * The digits just before a space at j form a valid leading group (1-3 digits starting the run at i) or a full
     * group of 3 after an earlier space: 14 879.2, 1 234 567 — not 2017 年 (4 digits) nor 12 34.
     */
    private static boolean groupBeforeFits(String t, int i, int j) {
        int k = j;
        while (k > i && isDigitChar(t.charAt(k - 1))) k--;
        int group = j - k;
        if (k == i) return group >= 1 && group <= 3;
        return group == 3 && spaceGroup(t.charAt(k - 1));
    }

    private static boolean allAsciiDigits(StringBuilder raw) {
        for (int k = 0; k < raw.length(); k++) if (!ChineseNumerals.isAsciiDigit(raw.charAt(k))) return false;
        return true;
    }

    private static boolean afterSymbol(String t, int i) {
        if (i == 0) return false;
        char c = t.charAt(i - 1);
        return c == '$' || c == '￥' || c == '¥' || c == '€' || c == '£';
    }

    private Run interpret(String t, int start, int end, String s, String qualifier, int qualifierAt, int jiAt) {
        BigDecimal low;
        BigDecimal high = null;
        if (jiAt >= 0) {
            String before = s.substring(0, jiAt);
            String after = s.substring(jiAt + 1);
            if (before.isEmpty()) {
                // 几十万, 数十亿: between one and ten of the unit chain that follows.
                BigDecimal unit = value("一" + after);
                if (unit == null) return null;
                low = unit;
                high = unit.multiply(BigDecimal.TEN);
            } else {
                // 十几, 二十几万: the last unit's digit is unknown.
                BigDecimal base = value(before + suffixBigUnits(after));
                BigDecimal step = BigDecimal.valueOf(ChineseNumerals.smallUnit(before.charAt(before.length() - 1)));
                if (base == null || step.signum() == 0) return null;
                BigDecimal scale = bigUnits(after);
                low = base;
                high = base.add(step.multiply(scale));
            }
            qualifier = qualifier == null ? "几" : qualifier;
        } else if (qualifierAt >= 0) {
            // 4000多亿: from 4000亿 up to the next step of the last written digit (5000亿).
            String before = s.substring(0, qualifierAt);
            String after = s.substring(qualifierAt);
            BigDecimal scale = bigUnits(after);
            if (scale == null || !after.chars().allMatch(ch -> ChineseNumerals.bigUnit((char) ch) > 0)) return null;
            int lastBig = -1;
            for (int k = 0; k < before.length(); k++) if (ChineseNumerals.bigUnit(before.charAt(k)) > 0) lastBig = k;
            if (lastBig >= 0 && lastBig + 1 < before.length()) {
                // 一百二十一亿二千多万: 多 closes the last section (二千 of 万), not the whole number; read 一百二十一亿二千万
                // up to one more 千万.
                low = value(before + after);
                if (low == null) return null;
                high = low.add(stepOf(before.substring(lastBig + 1)).multiply(scale));
            } else {
                BigDecimal base = value(before);
                if (base == null) return null;
                low = base.multiply(scale);
                high = base.add(stepOf(before)).multiply(scale);
            }
        } else if (s.length() >= 3 && isPlainDigit(s.charAt(0)) && isPlainDigit(s.charAt(1))
                && ChineseNumerals.digit(s.charAt(0)) < ChineseNumerals.digit(s.charAt(1)) && isUnitChar(s.charAt(2))) {
            // 八九亿, 三五百, 四五千: two guesses side by side.
            String rest = s.substring(2);
            low = value(s.charAt(0) + rest);
            high = value(s.charAt(1) + rest);
            if (low == null || high == null) return null;
        } else {
            low = value(s);
            if (low == null) return null;
        }
        boolean hasBig = false;
        for (int k = 0; k < s.length(); k++) if (ChineseNumerals.bigUnit(s.charAt(k)) > 0) hasBig = true;
        // The tail unit and what stands before it, for completing 100-200亿 (100 → 100亿).
        int tail = s.length();
        while (tail > 0 && ChineseNumerals.bigUnit(s.charAt(tail - 1)) > 0) tail--;
        if (tail == s.length() && tail > 0 && ChineseNumerals.smallUnit(s.charAt(tail - 1)) > 0) tail--;
        BigDecimal lastUnit = tail < s.length() && tail > 0 ? value("1" + s.substring(tail)) : null;
        BigDecimal mantissa = lastUnit != null && jiAt < 0 && qualifierAt < 0 ? value(s.substring(0, tail)) : null;
        boolean bare = tail == s.length();
        return new Run(start, end, low, high, qualifier, lastUnit, mantissa, bare, hasBig);
    }

    private static boolean isPlainDigit(char c) {
        int d = ChineseNumerals.digit(c);
        return d >= 1 && d <= 9;
    }

    /** 10^(trailing zeros) for 4000 → 1000, 30 → 10; the last unit for 三千 → 1000; else 1. */
    /** At {@code k}: four digits, then ",ddd" or ",dddd,ddd", the digits written in groups of 万 (95,2866,000; 314,5876,000). */
    private static boolean wanGroupThenThousands(String t, int k) {
        for (int d = 0; d < 4; d++) if (k + d >= t.length() || !ChineseNumerals.isAsciiDigit(t.charAt(k + d))) return false;
        int c = k + 4;
        if (c >= t.length() || t.charAt(c) != ',') return false;
        return ChineseNumerals.isThousandsGroup(t, c + 1) || wanGroupThenThousands(t, c + 1);
    }

    private static BigDecimal stepOf(String number) {
        char last = number.charAt(number.length() - 1);
        int u = ChineseNumerals.smallUnit(last);
        if (u > 0) return BigDecimal.valueOf(u);
        if (number.chars().allMatch(ch -> ChineseNumerals.isAsciiDigit((char) ch))) {
            int zeros = 0;
            for (int k = number.length() - 1; k > 0 && number.charAt(k) == '0'; k--) zeros++;
            return BigDecimal.TEN.pow(zeros);
        }
        return BigDecimal.ONE;
    }

    private static String suffixBigUnits(String s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) if (ChineseNumerals.bigUnit(s.charAt(k)) > 0) sb.append(s.charAt(k));
        return sb.toString();
    }

    private static BigDecimal bigUnits(String s) {
        BigDecimal v = BigDecimal.ONE;
        for (int k = 0; k < s.length(); k++) {
            double b = ChineseNumerals.bigUnit(s.charAt(k));
            if (b > 0) v = v.multiply(BigDecimal.valueOf((long) b));
        }
        return v;
    }

    private static BigDecimal value(String s) {
        if (s.isEmpty()) return null;
        return ChineseNumerals.parse(s, ChineseNumerals.Mode.SMART).orElse(null);
    }

    /** Adds currency, sub-units, ranges, qualifiers and 级 around a run; null when it is not a figure of money. */
    private Found complete(String t, Run run, BarePolicy acceptBare) {
        int n = t.length();
        int j = run.end;
        BigDecimal low = run.low;
        BigDecimal high = run.high;
        String qualifier = run.qualifier;
        // Size class: 千亿级, 万亿元级; a round figure naming a class of things: 千亿产业集群, 千亿元产业园区, 千亿市值.
        int afterYuan = j < n && t.charAt(j) == '元' ? j + 1 : j;
        boolean level = afterYuan < n && t.charAt(afterYuan) == '级';
        Pre pre0 = level ? null : preContext(t, run.start);
        // 超亿元企业 bounds a class (threshold); 千亿企业 labels one: only a round figure without a bound word is a label.
        boolean label = !level && roundUnits(t, run.start, run.end) && pre0.qualifier == null
                && (SCALE_NOUNS.longestAt(t, afterYuan) > 0 || (afterYuan == j && labelledThingAfter(t, j)));
        if ((level || label) && run.hasBigUnit) {
            Pre pre = level ? preContext(t, run.start) : pre0;
            return new Found(pre.start, level ? afterYuan + 1 : afterYuan, low.doubleValue(), null, afterYuan > j ? "CNY" : null,
                    pre.qualifier, true, afterYuan > j, run.start);
        }
        CurrencyLexicon.Currency cur = suffixCurrencyOrCounted(t, j);
        if (cur != null && t.charAt(j) == '个') j++;
        if (cur == null && high == null && j < n && (t.charAt(j) == '多' || t.charAt(j) == '余') && suffixCurrency(t, j + 1) != null) {
            // 3000多欧元: 多 after the number and before the currency.
            qualifier = String.valueOf(t.charAt(j));
            high = low.add(stepOf(ChineseNumerals.normaliseDigits(t.substring(run.start, run.end))));
            j++;
            cur = suffixCurrency(t, j);
        }
        int k = j;
        if (cur != null) k = skipSpaces(t, j) + cur.word().length();
        // 1万(含)-5万元 / 1万元--5万元 / 100-200亿元 / 100亿至200亿元
        int afterIncl = skipInclusive(t, k);
        for (String sep : RANGE_SEPARATORS) {
            if (!t.startsWith(sep, afterIncl)) continue;
            int s2 = afterIncl + sep.length();
            if (s2 >= n || !startsNumeral(t, s2)) break;
            Run second = readRun(t, s2);
            if (second == null || second.low == null) break;
            CurrencyLexicon.Currency cur2 = suffixCurrency(t, second.end);
            boolean secondIsMoney = cur2 != null || (cur == null && second.hasBigUnit && acceptBare.accept(t, run.start, second.end));
            if (!secondIsMoney) break;
            BigDecimal lowV = low;
            boolean secondBig = second.lastUnit != null && second.lastUnit.compareTo(BigDecimal.valueOf(10000)) >= 0;
            if (!run.hasBigUnit && (run.lastUnit == null || secondBig) && second.lastUnit != null && second.mantissa != null
                    && low.compareTo(second.mantissa) < 0) {
                lowV = low.multiply(second.lastUnit);          // 两到三万 → 2万; 8500到3万 stays 8500
            }
            BigDecimal highV = second.high != null ? second.high : second.low;
            CurrencyLexicon.Currency c = cur2 != null ? cur2 : cur;
            int end = second.end;
            if (cur2 != null) end = skipSpaces(t, second.end) + cur2.word().length();
            end = extendCurrency(t, end, c);
            Qual q = postQualifier(t, end);
            int start = run.start;
            Pre pre = preContext(t, run.start);
            start = pre.start;
            String code = c != null ? c.code() : pre.currency;
            String qual = q.word != null ? q.word : pre.qualifier;
            return new Found(start, q.end, lowV.doubleValue(), highV.doubleValue(), code, qual, false, code != null, run.start);
        }
        Pre pre = preContext(t, run.start);
        // 港币两千九百六十元: the written-out currency before the number beats the generic 元 after it.
        String code = cur != null && !(pre.currency != null && cur.code().equals("CNY") && !cur.word().equals("人民币")) ? cur.code() : pre.currency;
        int end = k;
        if (cur != null) {
            // 123元1角1分, 两美元又三美分, 十块三毛钱
            int m = end;
            BigDecimal extra = BigDecimal.ZERO;
            for (int step = 0; step < 2; step++) {
                int p = m;
                if (p < n && t.charAt(p) == '又') p++;
                if (p >= n || !startsNumeral(t, p)) break;
                Run r = readRun(t, p);
                if (r == null || r.low == null || r.high != null) break;
                CurrencyLexicon.Currency minor = currencies.minorAt(t, r.end, cur.code());
                if (minor == null) break;
                extra = extra.add(r.low.divide(BigDecimal.valueOf(minor.divisor())));
                m = r.end + minor.word().length();
            }
            if (m > end) {
                low = low.add(extra);
                end = m;
            }
            if (end < n && (t.charAt(end) == '钱')) end++;
            if (end < n && (t.charAt(end) == '整' || t.charAt(end) == '正') && (cur.word().equals("元") || cur.word().equals("圆"))) end++;
            end = extendCurrency(t, end, cur);
            CurrencyLexicon.Currency again = suffixCurrency(t, end);
            if (again != null && !again.code().equals("CNY") && end == k) {
                // 三万元欧元, 9000元日币: the later, more specific currency wins.
                code = again.code();
                end = skipSpaces(t, end) + again.word().length();
            }
        } else if (code == null) {
            if (!run.hasBigUnit && !(run.lastUnit != null)) return null;
            if (!acceptBare.accept(t, run.start, run.end)) return null;
        }
        int start = pre.start;
        Qual q = postQualifier(t, skipInclusive(t, end));
        if (q.word != null) end = q.end;
        if (qualifier == null) qualifier = q.word != null ? q.word : pre.qualifier;
        if ("多".equals(q.word) && high == null && run.high == null) {
            // 3000多欧元 written with 多 after the currency is rare; 3000多 before it is read here.
        }
        return new Found(start, end, low.doubleValue(), high == null ? null : high.doubleValue(), code, qualifier, false, code != null, run.start);
    }

    private CurrencyLexicon.Currency suffixCurrency(String t, int j) {
        int p = skipSpaces(t, j);
        if (p >= t.length()) return null;
        return currencies.suffixAt(t, p);
    }

    /**
     * The suffix currency after a figure, also across the classifier 个 when the currency is a noun of two or more
     * characters (20个比特币, 十个美元); 元 and 块 are classifiers themselves, so 三个元 is not read.
     */
    private CurrencyLexicon.Currency suffixCurrencyOrCounted(String t, int j) {
        CurrencyLexicon.Currency c = suffixCurrency(t, j);
        if (c != null || j >= t.length() || t.charAt(j) != '个') return c;
        CurrencyLexicon.Currency counted = currencies.suffixAt(t, j + 1);
        return counted != null && counted.word().length() >= 2 ? counted : null;
    }

    /** 8亿元人民币: a second, explicit currency word after the first. */
    private int extendCurrency(String t, int end, CurrencyLexicon.Currency c) {
        if (c != null && c.code().equals("CNY") && t.startsWith("人民币", end)) return end + 3;
        return end;
    }

    private static int skipSpaces(String t, int j) {
        int p = j;
        while (p < t.length() && p - j < 2 && t.charAt(p) == ' ') p++;
        return p < t.length() && t.charAt(p) != ' ' ? p : j;
    }

    /** （含） / (含) after a bound. */
    private static int skipInclusive(String t, int j) {
        if (t.startsWith("（含）", j) || t.startsWith("(含)", j)) return j + 3;
        return j;
    }

    private record Qual(String word, int end) {}

    private static Qual postQualifier(String t, int j) {
        for (String q : POST_QUALIFIERS) {
            if (q.equals("以上") && t.startsWith("及以上", j)) return new Qual("以上", j + 3);   // 5000万元及以上项目
            if (t.startsWith(q, j)) {
                if (q.equals("多") && j + 1 < t.length() && (t.charAt(j + 1) == '个' || t.charAt(j + 1) == '家')) return new Qual(null, j);
                return new Qual(q, j + q.length());
            }
        }
        return new Qual(null, j);
    }

    private record Pre(int start, String currency, String qualifier) {}

    /**
     * The prefix currency word ending at {@code end}, unless a figure stands right before it: in 4人民币5美元 the
     * 人民币 is the suffix of 4, so it cannot also be the prefix of 5 (a currency word belongs to one figure).
     */
    private CurrencyLexicon.Currency prefixCurrency(String t, int end) {
        CurrencyLexicon.Currency c = currencies.prefixEndingAt(t, end);
        if (c == null) return null;
        int before = end - c.word().length() - 1;
        if (before >= 0 && (isDigitChar(t.charAt(before)) || ChineseNumerals.isChineseNumeralChar(t.charAt(before)))) return null;
        return c;
    }

    /** Currency word and qualifier written before the number: 约人民币8亿元, 港币两千九百六十元, 新台币 177.1 亿元. */
    private Pre preContext(String t, int numberStart) {
        int s = numberStart;
        String code = null;
        int p = s;
        while (p > 0 && s - p < 2 && t.charAt(p - 1) == ' ') p--;
        CurrencyLexicon.Currency c = prefixCurrency(t, p);
        if (c != null) {
            code = c.code();
            s = p - c.word().length();
        }
        String qualifier = null;
        // 超 1.3 万亿元: a space may stand between the qualifier and the number (when no currency word does).
        int spaced = code == null && s > 1 && t.charAt(s - 1) == ' ' ? s - 1 : s;
        for (String q : PRE_QUALIFIERS) {
            if (spaced - q.length() >= 0 && t.startsWith(q, spaced - q.length())) {
                // 超过 is a comparator (handled by AmountAttributes), not the qualifier 超.
                int b = spaced - 2;
                if (q.equals("过") && b >= 0 && "超通经不度跨越错难".indexOf(t.charAt(b)) >= 0) continue;
                if (q.equals("破") && b >= 0 && "突打".indexOf(t.charAt(b)) >= 0) continue;
                if (q.equals("超") || q.equals("近") || q.equals("约")) {
                    if (b >= 0 && (t.startsWith("超过", b) || t.startsWith("接近", b) || t.startsWith("将近", b))) continue;
                    // 签约亿元以上项目, 最近: the character ends another word here.
                    if (b >= 0 && "签节公条合契预附最".indexOf(t.charAt(b)) >= 0) continue;
                }
                qualifier = q;
                s = spaced - q.length();
                break;
            }
        }
        if (code == null) {
            // 约人民币8亿元: qualifier before the currency word.
            c = prefixCurrency(t, s);
            if (c != null && qualifier == null) {
                code = c.code();
                s -= c.word().length();
            }
        }
        return new Pre(s, code, qualifier);
    }
}
