package org.policyminer.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policyminer.util.ModelFiles;

/**
 * MIIT's national advanced-manufacturing clusters ({@code models/national-clusters.tsv}), looked up by their cities
 * and industry core, so 深廣高端醫療器械集群, 深圳市、广州市高端医疗器械集群 and 深广高端医疗器械产业集群 are one entry.
 */
final class NationalClusters {
    record Entry(Set<String> cities, String core, String name) {}

    private final Map<String, Entry> byKey = new HashMap<>();

    NationalClusters(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalArgumentException("national-clusters.tsv: need 3 columns: " + line);
            Set<String> cities = new TreeSet<>(List.of(f[0].split(",")));
            Entry e = new Entry(Set.copyOf(cities), f[1], f[2]);
            byKey.put(key(cities, f[1]), e);
        }
    }

    static NationalClusters instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NationalClusters INSTANCE = new NationalClusters(ModelFiles.dataLines("national-clusters.tsv"));
    }

    Entry find(java.util.Collection<String> cities, String core) {
        return byKey.get(key(new TreeSet<>(cities), core));
    }

    private static String key(Set<String> sortedCities, String core) {
        return String.join(",", sortedCities) + "|" + normaliseCore(core);
    }

    /** Brackets and spacing do not distinguish names; 产业 before 集群 neither. */
    static String normaliseCore(String core) {
        String c = core.replace('(', '（').replace(')', '）').replace(" ", "");
        if (c.endsWith("产业")) c = c.substring(0, c.length() - 2);
        return c;
    }
}
