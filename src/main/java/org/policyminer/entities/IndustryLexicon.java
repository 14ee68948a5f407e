package org.policyminer.entities;

import java.util.List;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * Words an industry ends with ({@code models/industries.txt}: 装备, 纺织, 集成电路, 生物医药 …), from public industry
 * classifications. A cluster name's industry part must end with one, so a verb or an adverb read before 集群 (做好集群,
 * 实现集群规模) is never taken for an industry. Looked up backwards from the end of the part. Immutable.
 */
final class IndustryLexicon {
    private final SurfaceTrie<String> reversedHeads = new SurfaceTrie<>();

    IndustryLexicon(List<String> words) {
        for (String w : words) reversedHeads.put(SurfaceTrie.reversed(w.strip()), w.strip());
    }

    static IndustryLexicon instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final IndustryLexicon INSTANCE = new IndustryLexicon(ModelFiles.dataLines("industries.txt"));
    }

    /** The longest industry word ending at {@code end} within [from, end), or null. */
    String headBefore(String t, int from, int end) {
        String h = reversedHeads.longestValueBefore(t, end);
        if (h != null && end - h.length() < from) {
            // The longest word reaches out of the part; a shorter one inside it may still end there.
            for (int len = end - from; len > 0; len--) {
                String w = t.substring(end - len, end);
                if (reversedHeads.get(SurfaceTrie.reversed(w), 0, len) != null) return w;
            }
            return null;
        }
        return h;
    }
}
