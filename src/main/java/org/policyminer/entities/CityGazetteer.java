package org.policyminer.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * The places the recogniser knows: every province, prefecture-level division and county-level city
 * ({@code models/cities.tsv}), the city groups written as abbreviations ({@code models/city-groups.tsv}: 广深佛莞,
 * 长株潭) and words that contain a place name without naming it ({@code models/city-exclusions.tsv}).
 * Loaded once, immutable.
 */
public final class CityGazetteer {
    /** What a surface form names: one place, or a group of places. */
    record Surface(String text, List<Place> places, boolean group, boolean shortForm) {}

    private final Map<String, Place> byCode = new HashMap<>();
    private final Map<String, Place> byName = new HashMap<>();
    private final SurfaceTrie<Surface> surfaces = new SurfaceTrie<>();
    private final SurfaceTrie<String> exclusions = new SurfaceTrie<>();

    CityGazetteer(List<String> cityLines, List<String> groupLines, List<String> exclusionLines) {
        List<Place> places = new ArrayList<>();
        for (String line : cityLines) {
            String[] f = line.split("\t");
            if (f.length != 5) throw new IllegalArgumentException("cities.tsv: need 5 columns: " + line);
            Place p = new Place(f[0], f[1], f[2], f[3].equals("-") ? null : f[3], f[4].equals("-") ? null : f[4]);
            places.add(p);
            byCode.put(p.code(), p);
            byName.putIfAbsent(p.name(), p);
        }
        // Full names first so that a full name always wins over another place's short form.
        for (Place p : places) surfaces.put(p.name(), new Surface(p.name(), List.of(p), false, false));
        for (String line : groupLines) {
            String[] f = line.split("\t");
            List<Place> members = new ArrayList<>();
            for (String m : f[1].split(",")) {
                Place p = byName.get(m);
                if (p == null) throw new IllegalArgumentException("city-groups.tsv: unknown member '" + m + "' in " + line);
                members.add(p);
            }
            surfaces.put(f[0], new Surface(f[0], List.copyOf(members), true, true));
        }
        for (Place p : places) {
            if (p.shortName() != null) surfaces.put(p.shortName(), new Surface(p.shortName(), List.of(p), false, true));
        }
        for (String w : exclusionLines) exclusions.put(w.strip(), w.strip());
    }

    public static CityGazetteer instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CityGazetteer INSTANCE = new CityGazetteer(ModelFiles.dataLines("cities.tsv"),
                ModelFiles.dataLines("city-groups.tsv"), ModelFiles.dataLines("city-exclusions.tsv"));
    }

    public Place byCode(String code) {
        return byCode.get(code);
    }

    public Place byName(String name) {
        return byName.get(name);
    }

    /** The province a place belongs to (itself for a province or municipality). */
    public Place provinceOf(Place p) {
        Place cur = p;
        for (int guard = 0; guard < 4 && cur != null && !cur.isProvinceLevel(); guard++) cur = byCode.get(cur.parentCode());
        return cur == null ? p : cur;
    }

    public java.util.Collection<Place> all() {
        return java.util.Collections.unmodifiableCollection(byCode.values());
    }

    int longestSurfaceAt(CharSequence t, int i) {
        return surfaces.longestAt(t, i);
    }

    Surface surface(CharSequence t, int start, int end) {
        return surfaces.get(t, start, end);
    }

    int longestExclusionAt(CharSequence t, int i) {
        return exclusions.longestAt(t, i);
    }
}
