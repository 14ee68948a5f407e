package org.policyminer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * MIIT's national advanced-manufacturing clusters ({@code models/national-clusters.tsv}), found two ways: a name or
 * alias written out ending where a mention ends (苏锡通高端纺织集群), and the mention's places with its industry
 * part, where word order and 产业 do not count (南通市、泰州市、扬州市高技术船舶和海工装备产业集群 is the list's
 * 南通市、泰州市、扬州市海工装备和高技术船舶集群; 深廣高端醫療器械集群 after conversion is 深广高端医疗器械集群).
 */
final class NationalClusters {
    record Entry(String name, List<String> places, String core, int list) {}

    /** A name or alias of an entry written out, and its length. */
    record Written(Entry entry, int length) {}

    private final Map<String, Entry> byKey = new HashMap<>();
    private final SurfaceTrie<Written> byReversedSurface = new SurfaceTrie<>();
    /** The entries of each set of places, for a mention that shortens the industry (泰连锡医药集群). */
    private final Map<String, List<Entry>> byPlaces = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** @param places reads the place part at the head of an alias (苏锡通 in 苏锡通高端纺织集群) */
    NationalClusters(List<String> lines, ClusterPlaces places) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 5) throw new IllegalArgumentException("national-clusters.tsv: need 5 columns: " + line);
            Entry e = new Entry(f[0], List.of(f[1].split(",")), f[2], Integer.parseInt(f[3]));
            entries.add(e);
            byKey.putIfAbsent(key(e.places(), e.core()), e);
            byPlaces.computeIfAbsent(String.join(",", new TreeSet<>(e.places())), k -> new ArrayList<>()).add(e);
            byReversedSurface.put(SurfaceTrie.reversed(e.name()), new Written(e, e.name().length()));
            if (f[4].equals("-")) continue;
            for (String alias : f[4].split(",")) {
                byReversedSurface.put(SurfaceTrie.reversed(alias), new Written(e, alias.length()));
                List<ClusterPlaces.Anchor> head = headPlaces(alias, places);
                if (head.isEmpty()) continue;
                int coreStart = head.get(head.size() - 1).end();
                String core = alias.substring(coreStart, alias.length() - "集群".length());
                List<String> names = new ArrayList<>();
                for (ClusterPlaces.Anchor a : head) for (Place p : a.places()) names.add(p.name());
                byKey.putIfAbsent(key(names, core), e);
            }
        }
    }

    static NationalClusters instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NationalClusters INSTANCE = new NationalClusters(ModelFiles.dataLines("national-clusters.tsv"), ClusterPlaces.instance());
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The entry whose name or an alias ends at {@code end} in {@code t}, or null. */
    Written endingAt(String t, int end) {
        return byReversedSurface.longestValueBefore(t, end);
    }

    /**
     * The entry for a mention's places and industry part, or null. An industry part that leaves out the head of the
     * list's (泰连锡医药 for 泰连锡生物医药, 株洲市轨道交通装备 for …先进轨道交通装备) names the same cluster when the
     * places have only one such entry; one that leaves out its end (青岛轨道交通 for 青岛市轨道交通装备) is another name.
     */
    Entry find(Collection<String> places, String core) {
        Entry e = findAsWritten(places, core);
        // 苏州市纳米新材料创新集群: a word inserted before 集群 that says what the cluster does, not which it is (conventions,
        // dev13 d13-0137, like 徐州工程机械先进制造业集群). 创新型 is not one: 科技部's 创新型产业集群 are another list.
        if (e == null && core.endsWith(INSERTED) && core.length() - INSERTED.length() >= 2) {
            e = findAsWritten(places, core.substring(0, core.length() - INSERTED.length()));
        }
        return e;
    }

    /** A word written between a national cluster's industry and 集群 in reports about it. */
    private static final String INSERTED = "创新";

    private Entry findAsWritten(Collection<String> places, String core) {
        Entry e = byKey.get(key(places, core));
        if (e != null || core.length() < 2) return e;
        Entry found = null;
        String c = normaliseCore(core);
        List<Entry> samePlaces = byPlaces.getOrDefault(String.join(",", new TreeSet<>(places)), List.of());
        for (Entry x : samePlaces) {
            if (!normaliseCore(x.core()).endsWith(c)) continue;
            if (found != null) return null;
            found = x;
        }
        if (found != null) return found;
        // 成德绵自凉航空航天装备集群, 成德绵自凉高端航空航天装备集群: the list's industry with only generic modifiers around it.
        for (Entry x : samePlaces) {
            if (!onlyModifiersAround(c, normaliseCore(x.core()))) continue;
            if (found != null) return null;
            found = x;
        }
        return found;
    }

    /**
     * 佛山智能家电、智能装备和泛家居三个集群, 襄阳、十堰、随州汽车集群: part of a national cluster's places with its whole
     * industry or one of its coordinated industries names that cluster when exactly one entry fits.
     */
    Entry findContaining(Collection<String> places, String core) {
        if (places.isEmpty() || core.length() < 2) return null;
        String c = normaliseCore(core);
        Entry found = null;
        for (Entry x : entries) {
            if (x.places().size() < 2 || !x.places().containsAll(places)) continue;
            String listed = normaliseCore(x.core());
            boolean same = listed.equals(c) || java.util.Arrays.asList(listed.split("\\|")).contains(c);
            if (!same) continue;
            if (found != null && found != x) return null;
            found = x;
        }
        return found;
    }

    /** Words that qualify an industry without changing which industry it is (高端, 装备 after a field, 先进). */
    private static final String[] MODIFIERS = {"高端", "先进", "现代", "装备", "制造"};

    /** Whether {@code written} is {@code listed} with nothing but {@link #MODIFIERS} before and after it. */
    static boolean onlyModifiersAround(String written, String listed) {
        int at = written.indexOf(listed);
        if (at < 0 || listed.length() < 2) return false;
        return onlyModifiers(written.substring(0, at)) && onlyModifiers(written.substring(at + listed.length()));
    }

    private static boolean onlyModifiers(String s) {
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String m : MODIFIERS) {
                if (s.startsWith(m, i)) {
                    i += m.length();
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static List<ClusterPlaces.Anchor> headPlaces(String name, ClusterPlaces places) {
        List<ClusterPlaces.Anchor> out = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            ClusterPlaces.Anchor a = places.at(name, i);
            if (a == null) break;
            out.add(a);
            i = a.end();
            if (i < name.length() && name.charAt(i) == '、') i++;
        }
        return out;
    }

    private static String key(Collection<String> places, String core) {
        return String.join(",", new TreeSet<>(places)) + "|" + normaliseCore(core);
    }

    /**
     * Brackets, spacing, 产业 and Taiwan's words for the mainland's ({@link TaiwanWords#inName}) do not distinguish
     * names, nor the order of coordinated parts (海工装备和高技术船舶 = 高技术船舶和海工装备).
     */
    static String normaliseCore(String core) {
        // 智慧装备 and 智能装备, 信息通讯 and 信息通信: one industry written through Taiwan's words or the mainland's
        String c = TaiwanWords.instance().inName(core).replace('(', '（').replace(')', '）').replace(" ", "").replace("产业", "");
        String[] parts = c.split("和|及|与|、");
        if (parts.length == 1) return c;
        Arrays.sort(parts);
        return String.join("|", parts);
    }

    static Set<String> placeNames(Collection<Place> places) {
        Set<String> out = new TreeSet<>();
        for (Place p : places) out.add(p.name());
        return out;
    }
}
