package org.policyminer.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import org.policyminer.util.ModelFiles;

/**
 * HanLP with the project's words (policy terms from {@code models/policy-terms.txt}). A per-instance
 * {@link DynamicCustomDictionary} keeps HanLP's global dictionary untouched (its global objects are not safe to
 * change concurrently). Loaded lazily, once; the segment is thread-safe and shared.
 */
public final class PolicyDictionary {
    private PolicyDictionary() {}

    private static final class Holder {
        static final Segment SEGMENT = build();

        private static Segment build() {
            DynamicCustomDictionary dict = new DynamicCustomDictionary();
            for (String term : ModelFiles.dataLines("policy-terms.txt")) dict.insert(term, "nz 1024");
            // No part-of-speech tagging: it doubles the cost, and punctuation is told by its characters anyway.
            return HanLP.newSegment().enableCustomDictionary(dict);
        }
    }

    public static Segment segment() {
        return Holder.SEGMENT;
    }
}
