package org.policyminer.convert;

import org.policyminer.doc.Script;
import org.policyminer.doc.Simplified;

/**
 * Traditional → simplified conversion that keeps the length of the text, so an offset into the output is an offset
 * into the input. OpenCC4j's mainland tables, as {@code ZhConverterUtil.toSimple} applies them ({@link OpenccTables};
 * never the Taiwan converters, which rewrite 执行 → 运行), followed by the rules of {@code models/t2s-overrides.tsv}.
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
        // Both steps hand back the same string, without copying, when nothing in it changes (most pages are simplified).
        return ConversionOverrides.instance().apply(text, OpenccTables.instance().toSimplified(text));
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
}
