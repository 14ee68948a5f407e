package org.policyminer.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.util.Sentences;

/**
 * The cities each figure of an article belongs to: those of its subject cluster or city, else those named in its
 * sentence. Built once per article, with the mentions indexed by name and by offset: comparing every figure with
 * every city and cluster mention of the page made ingest time grow with the square of a page's size (a 4 MB page
 * took 55 s, an 8 MB page 294 s).
 */
final class FigureCities {
    private final Entities e;
    private final Sentences sentences;
    /** The cities of the clusters of each name, in mention order. */
    private final Map<String, Set<String>> clusterCities = new HashMap<>();
    /** The first mention of each city name, for the order a scan of the mentions adds them in. */
    private final Map<String, Integer> firstCity = new HashMap<>();
    private int longestCityName;
    private final ByStart cityStarts;
    private final ByStart clusterStarts;

    FigureCities(Entities e, Sentences sentences) {
        this.e = e;
        this.sentences = sentences;
        for (ClusterMention c : e.clusters()) clusterCities.computeIfAbsent(c.name(), k -> new LinkedHashSet<>()).addAll(c.cities());
        for (int i = 0; i < e.cities().size(); i++) {
            String name = e.cities().get(i).name();
            firstCity.putIfAbsent(name, i);
            longestCityName = Math.max(longestCityName, name.length());
        }
        cityStarts = new ByStart(e.cities().stream().mapToInt(CityMention::start).toArray());
        clusterStarts = new ByStart(e.clusters().stream().mapToInt(ClusterMention::start).toArray());
    }

    /** The cities of {@code a}, one of this article's figures, in the order a figure's row lists them. */
    Set<String> of(AmountMention a) {
        Set<String> out = new LinkedHashSet<>();
        String subject = a.subject();
        if (subject != null) {
            Set<String> ofCluster = clusterCities.get(subject);
            if (ofCluster != null) out.addAll(ofCluster);
            // cities whose name begins the subject (南京市 for 南京市新型电力装备集群), in mention order
            List<int[]> named = new ArrayList<>();
            for (int len = 1; len <= Math.min(longestCityName, subject.length()); len++) {
                Integer first = firstCity.get(subject.substring(0, len));
                if (first != null) named.add(new int[] {first, len});
            }
            named.sort((x, y) -> Integer.compare(x[0], y[0]));
            for (int[] n : named) out.add(subject.substring(0, n[1]));
        }
        if (out.isEmpty()) {
            int from = sentences.startOf(a.start());
            int to = sentences.endWithMark(a.start());
            for (int i : cityStarts.within(from, to)) {
                CityMention c = e.cities().get(i);
                if (c.end() <= to) out.add(c.name());
            }
            for (int i : clusterStarts.within(from, to)) {
                ClusterMention c = e.clusters().get(i);
                if (c.end() <= to) out.addAll(c.cities());
            }
        }
        return out;
    }

    /** Mention numbers by start offset: those starting in a range, in mention order. */
    private static final class ByStart {
        private final long[] keys;

        ByStart(int[] starts) {
            keys = new long[starts.length];
            for (int i = 0; i < starts.length; i++) keys[i] = (long) starts[i] << 32 | i;
            Arrays.sort(keys);
        }

        int[] within(int from, int to) {
            int lo = lowerBound((long) from << 32);
            int hi = lowerBound((long) to << 32);
            int[] out = new int[hi - lo];
            for (int k = lo; k < hi; k++) out[k - lo] = (int) keys[k];
            Arrays.sort(out);
            return out;
        }

        private int lowerBound(long key) {
            int lo = 0;
            int hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }
}
