package org.policyminer.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.BitSet;
import org.policyminer.doc.Script;

/**
 * Tells simplified, traditional and mixed text apart by counting characters that exist in only one script
 * (們 vs 们). Characters valid in both (干, 后, 台, 面) are no evidence either way.
 */
public final class ScriptDetector {
    /** A text is mixed only when the minority script is at least this share of the evidence. */
    private static final double MIXED_SHARE = 0.15;

    private ScriptDetector() {}

    public static Script detect(String text) {
        if (text == null || text.isEmpty()) return Script.SIMPLIFIED;
        CharSets sets = CharSets.instance();
        int trad = 0;
        int simp = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (sets.traditionalOnly.get(c)) trad++;
            else if (sets.simplifiedOnly.get(c)) simp++;
        }
        if (trad == 0) return Script.SIMPLIFIED;
        if (simp == 0) return Script.TRADITIONAL;
        double minority = Math.min(trad, simp) / (double) (trad + simp);
        if (minority >= MIXED_SHARE) return Script.MIXED;
        return trad > simp ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /** Per-character facts read once from OpenCC4j's tables (the holder idiom keeps start-up lazy). */
    static final class CharSets {
        final BitSet traditionalOnly = new BitSet(0x10000);
        final BitSet simplifiedOnly = new BitSet(0x10000);

        private CharSets() {
            scan(0x3400, 0x9FFF);
            scan(0xF900, 0xFAFF);
        }

        private void scan(int from, int to) {
            for (int c = from; c <= to; c++) {
                char ch = (char) c;
                boolean t = ZhConverterUtil.isTraditional(ch);
                boolean s = ZhConverterUtil.isSimple(ch);
                if (t && !s) traditionalOnly.set(c);
                // 群 is "simplified" for OpenCC (羣 being the old form) yet standard in Taiwan and Hong Kong: only a
                // character that the Taiwan standard also writes differently (们 → 們) is evidence of simplified script.
                if (s && !t && !ZhTwConverterUtil.toTraditional(String.valueOf(ch)).equals(String.valueOf(ch))) simplifiedOnly.set(c);
            }
        }

        static CharSets instance() {
            return Holder.INSTANCE;
        }

        private static final class Holder {
            static final CharSets INSTANCE = new CharSets();
        }
    }
}
