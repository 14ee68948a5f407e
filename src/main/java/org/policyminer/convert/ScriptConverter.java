package org.policyminer.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;
import org.policyminer.doc.Script;
import org.policyminer.doc.Simplified;

/**
 * Traditional → simplified conversion that keeps the length of the text, so an offset into the output is an offset
 * into the input. OpenCC4j's {@code ZhConverterUtil.toSimple} (mainland vocabulary; never the Taiwan converters,
 * which rewrite 执行 → 运行) followed by the rules of {@code models/t2s-overrides.tsv}.
 *
 * <pre>{@code
 * String s = new ScriptConverter().toSimplified("新型電力裝備集群產值");  // "新型电力装备集群产值"
 * }</pre>
 * Thread-safe and stateless; the tables load once on first use.
 */
public final class ScriptConverter {

    /** The simplified text, exactly as long as {@code text}; null becomes "". */
    public String toSimplified(String text) {
        if (text == null || text.isEmpty()) return "";
        if (!needsConversion(text)) return text;   // most policy pages are simplified already: skip OpenCC
        // Convert clause by clause: a clause whose conversion changes length (a BMP character becoming a
        // supplementary one, 齾 → 𫜰) falls back to per-character conversion without costing the rest its phrases.
        // Only clauses holding a character OpenCC may change go through it (the same test as for the whole text,
        // clause by clause): a simplified page quoting one traditional name converts that clause, not the page.
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isClauseBreak(text.charAt(i))) {
                appendConverted(out, text, start, i + 1);
                start = i + 1;
            }
        }
        if (start < text.length()) appendConverted(out, text, start, text.length());
        return out.toString();
    }

    /** The script the text is written in. */
    public Script detect(String text) {
        return ScriptDetector.detect(text);
    }

    /** Title and body converted separately (each keeps its own length), with the script of both together. */
    public Simplified convert(String title, String text) {
        String t = title == null ? "" : title;
        String b = text == null ? "" : text;
        return new Simplified(detect(t + "\n" + b), toSimplified(t), toSimplified(b));
    }

    private static void appendConverted(StringBuilder out, String text, int from, int to) {
        if (needsConversion(text, from, to)) out.append(convertClause(text.substring(from, to)));
        else out.append(text, from, to);
    }

    private static boolean needsConversion(String text) {
        return needsConversion(text, 0, text.length());
    }

    private static boolean needsConversion(String text, int from, int to) {
        BitSet convertible = ScriptDetector.CharSets.instance().convertible;
        ConversionOverrides overrides = ConversionOverrides.instance();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && (convertible.get(c) || overrides.covers(c))) return true;
        }
        return false;
    }

    private static boolean isClauseBreak(char c) {
        return c == '\n' || c == '。' || c == '，' || c == '；' || c == '！' || c == '？' || c == ' ';
    }

    private static String convertClause(String clause) {
        String s = ZhConverterUtil.toSimple(clause);
        if (s.length() != clause.length()) s = perCodePoint(clause);
        return ConversionOverrides.instance().apply(clause, s);
    }

    private static String perCodePoint(String clause) {
        StringBuilder sb = new StringBuilder(clause.length());
        int i = 0;
        while (i < clause.length()) {
            int cp = clause.codePointAt(i);
            String one = new String(Character.toChars(cp));
            String conv = ZhConverterUtil.toSimple(one);
            sb.append(conv.length() == one.length() ? conv : one);
            i += one.length();
        }
        return sb.toString();
    }
}
