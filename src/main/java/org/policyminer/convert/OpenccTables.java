package org.policyminer.convert;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.policyminer.util.SurfaceTrie;

/**
 * OpenCC4j's traditional → simplified tables (TSPhrases, TSCharacters), applied the way {@code ZhConverterUtil.toSimple}
 * applies them: the longest phrase that starts at a position, else the character's first simplified form. The
 * output is the same as OpenCC4j's (a test compares them on every corpus and dataset text, in both scripts), at a
 * fraction of its cost: OpenCC4j segments through maps of boxed characters and builds a string per segment, which
 * made conversion a tenth of ingest time on a corpus with one traditional paragraph in five.
 *
 * <p>Length is kept by construction: a table entry whose simplified form has another length (齾 → 𫜰, a
 * supplementary character) is not used, and the character stays as written, as OpenCC4j leaves it too.
 */
final class OpenccTables {
    private final SurfaceTrie<String> phrases = new SurfaceTrie<>();
    private final char[] chars = new char[Character.MAX_VALUE + 1];
    /** Characters at which the output may differ from the input: convertible ones and the first of each phrase. */
    private final BitSet mayChange = new BitSet(Character.MAX_VALUE + 1);

    private OpenccTables(Map<String, List<String>> phraseTable, Map<String, List<String>> charTable) {
        for (int c = 0; c < chars.length; c++) chars[c] = (char) c;
        for (Map.Entry<String, List<String>> e : charTable.entrySet()) {
            String to = first(e.getValue());
            if (e.getKey().length() != 1 || to == null || to.length() != 1) continue;
            char from = e.getKey().charAt(0);
            chars[from] = to.charAt(0);
            if (to.charAt(0) != from) mayChange.set(from);
        }
        for (Map.Entry<String, List<String>> e : phraseTable.entrySet()) {
            String to = first(e.getValue());
            if (to == null || to.length() != e.getKey().length() || e.getKey().length() < 2) continue;
            phrases.put(e.getKey(), to);
            mayChange.set(e.getKey().charAt(0));
        }
    }

    static OpenccTables instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final OpenccTables INSTANCE = new OpenccTables(OpenccDatas.tsPhrase().data().getDataMap(), OpenccDatas.tsChar().data().getDataMap());
    }

    /** Whether {@link #toSimplified} may change the character. */
    boolean mayChange(char c) {
        return mayChange.get(c);
    }

    /** The text in simplified characters, of the same length. */
    String toSimplified(String text) {
        char[] out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!mayChange.get(c)) {
                i++;
                continue;
            }
            int len = phrases.longestAt(text, i);
            if (len >= 2) {
                String to = phrases.get(text, i, i + len);
                if (out == null) out = text.toCharArray();
                to.getChars(0, len, out, i);
                i += len;
            } else {
                if (chars[c] != c) {
                    if (out == null) out = text.toCharArray();
                    out[i] = chars[c];
                }
                i++;
            }
        }
        return out == null ? text : new String(out);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
