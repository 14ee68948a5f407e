package org.policyminer.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.policyminer.doc.Script;
import org.policyminer.doc.Simplified;

/**
 * Traditional → simplified conversion that keeps the length of the text, so offsets map 1:1.
 * First version: OpenCC4j {@code ZhConverterUtil.toSimple} (never the Taiwan-vocabulary converters).
 * (Owned by the conversion work of issue 4, which adds the override table and script detection.)
 */
public final class ScriptConverter {

    public String toSimplified(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        String s = ZhConverterUtil.toSimple(text);
        // A conversion that changes length would break every offset; keep the original where that happens.
        return s.length() == text.length() ? s : text;
    }

    public Script detect(String text) {
        String s = toSimplified(text);
        int changed = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) != s.charAt(i)) changed++;
        if (changed == 0) return Script.SIMPLIFIED;
        return Script.TRADITIONAL;
    }

    public Simplified convert(String title, String text) {
        return new Simplified(detect(title + text), toSimplified(title), toSimplified(text));
    }
}
