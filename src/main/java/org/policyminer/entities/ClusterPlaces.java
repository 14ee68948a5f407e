package org.policyminer.entities;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * What can stand as the place part of a cluster name: the gazetteer's places and city groups, districts and counties
 * ({@code models/districts.tsv}: 金山区) and named regions ({@code models/cluster-regions.tsv}: 环杭州湾, 长三角). The last
 * two are looked up only here, right before an industry: on their own they are no city mentions. Immutable.
 */
final class ClusterPlaces {
    enum Kind { PROVINCE, CITY, COUNTY_CITY, DISTRICT, GROUP, REGION }

    /** A place part found at [start, end): the places it names, and what it is. */
    record Anchor(int start, int end, List<Place> places, Kind kind) {
        boolean province() {
            return kind == Kind.PROVINCE;
        }
    }

    private record Entry(List<Place> places, Kind kind, boolean stem) {
        Entry(List<Place> places, Kind kind) {
            this(places, kind, false);
        }
    }

    private final CityGazetteer gazetteer;
    private final SurfaceTrie<Entry> extra = new SurfaceTrie<>();

    ClusterPlaces(CityGazetteer gazetteer, List<String> districtLines, List<String> regionLines) {
        this.gazetteer = gazetteer;
        for (String line : regionLines) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalArgumentException("cluster-regions.tsv: need 2 columns: " + line);
            extra.put(f[0], new Entry(members(f[1], line), Kind.REGION));
        }
        for (String line : districtLines) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalArgumentException("districts.tsv: need 3 columns: " + line);
            extra.put(f[1], new Entry(List.of(new Place(f[0], f[1], "district", f[2], null)), Kind.DISTRICT));
        }
        // 安溪茶叶产业集群, 德化陶瓷产业集群: a county's name without 县, where it is no city's and no common word.
        for (String line : districtLines) {
            String[] f = line.split("\t");
            if (f[1].length() != 3 || !f[1].endsWith("县")) continue;
            String stem = f[1].substring(0, 2);
            if (COMMON_WORDS.contains(stem) || gazetteer.longestSurfaceAt(stem, 0) > 0 || extra.longestAt(stem, 0) == 2) continue;
            extra.put(stem, new Entry(List.of(new Place(f[0], f[1], "district", f[2], null)), Kind.DISTRICT));
        }
        // 沙河玻璃, 松滋女装 (county-level cities), 沙市婴童装 (沙市区): the same stems for county-level cities and districts,
        // with the same guards and none that is a generic part of a town's name (城关, 市中, 新城, 东城).
        for (Place p : gazetteer.all()) {
            if (p.level().equals("county-city") && p.name().length() == 3 && p.name().endsWith("市")) addStem(p, Kind.COUNTY_CITY);
        }
        // 沈北手机 (沈北新区): a new area's two-character name without 新区, under the same guards.
        for (String line : districtLines) {
            String[] f = line.split("\t");
            boolean stemmed = f[1].length() == 3 && f[1].endsWith("区") || f[1].length() == 4 && f[1].endsWith("新区");
            if (stemmed) addStem(new Place(f[0], f[1], "district", f[2], null), Kind.DISTRICT);
        }
    }

    private static final java.util.regex.Pattern GENERIC_STEM = java.util.regex.Pattern.compile("[城市郊矿].|.[城郊区关中]|[东西南北中新老][城市]");

    private void addStem(Place p, Kind kind) {
        String stem = p.name().substring(0, 2);
        if (COMMON_WORDS.contains(stem) || GENERIC_STEM.matcher(stem).matches()) return;
        if (gazetteer.longestSurfaceAt(stem, 0) > 0 || extra.longestAt(stem, 0) == 2) return;
        extra.put(stem, new Entry(List.of(p), kind, true));
    }

    /** County stems that are also everyday words: never read as a place part without their 县. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("新兴", "和平", "平安", "永和", "长安", "安定", "太和",
            "新华", "大同", "清水", "长乐", "东方", "光明", "和顺", "永安", "新民", "安全", "和静", "文安", "正安", "富民", "大方",
            "开放", "华安", "合作", "通道", "同心", "安平", "平和", "建设", "德保", "泰和", "永新", "新化", "高新", "保康", "西丰",
            "长兴", "兴业", "会同", "隆化", "安化", "宁强", "新建", "城口", "和龙", "沙洋", "宜丰", "兴国", "信丰", "泰顺", "共和", "盐边");

    static ClusterPlaces instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ClusterPlaces INSTANCE = new ClusterPlaces(CityGazetteer.instance(), ModelFiles.dataLines("districts.tsv"),
                ModelFiles.dataLines("cluster-regions.tsv"));
    }

    private List<Place> members(String names, String line) {
        List<Place> out = new ArrayList<>();
        for (String m : names.split(",")) {
            Place p = gazetteer.byName(m);
            if (p == null) throw new IllegalArgumentException("unknown place '" + m + "' in " + line);
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** The longest place part starting at {@code i}, or null. A word that only contains a place (杭州湾) is none. */
    Anchor at(String t, int i) {
        int ex = gazetteer.longestExclusionAt(t, i);
        int len = gazetteer.longestSurfaceAt(t, i);
        int elen = extra.longestAt(t, i);
        if (elen > 0 && elen >= len) {
            Entry e = extra.get(t, i, i + elen);
            if (!e.stem() || stemMayStartAt(t, i, e.places().get(0))) return new Anchor(i, i + elen, e.places(), e.kind());
        }
        if (len == 0 || ex >= len) return null;
        CityGazetteer.Surface s = gazetteer.surface(t, i, i + len);
        Kind kind;
        if (s.group()) {
            kind = Kind.GROUP;
        } else {
            Place p = s.places().get(0);
            kind = switch (p.level()) {
                case "province" -> Kind.PROVINCE;
                case "county-city" -> Kind.COUNTY_CITY;
                default -> Kind.CITY;
            };
        }
        return new Anchor(i, i + len, s.places(), kind);
    }

    /**
     * A bare county-level city or district stem opens a name (沙河玻璃, 、沙市婴童装) or follows its own prefecture
     * (荆州沙市…); after another place it is part of a longer name (武汉东湖高新区 is no 东湖区 of Nanchang).
     */
    private static final String[] LIST_VERBS = {"有", "包括", "包含", "分别为", "分别是",
            // 加快沈北手机、鞍山激光…等产业集群建设: verbs whose object is the list of names
            "加快", "抓好", "推进", "推动", "打造", "培育", "壮大", "做强", "支持"};

    private boolean stemMayStartAt(String t, int i, Place p) {
        if (i == 0 || !Character.isIdeographic(t.charAt(i - 1))) return true;
        // 我省有南康现代家具、…, 加快沈北手机、…: after the verb that opens a list the stem opens its name
        for (String v : LIST_VERBS) if (t.startsWith(v, i - v.length())) return true;
        Place parent = gazetteer.byCode(p.parentCode());
        if (parent == null) return false;
        String before = t.substring(0, i);
        return before.endsWith(parent.name()) || parent.shortName() != null && before.endsWith(parent.shortName());
    }

    /** Place parts in [from, to), left to right, longest first, not overlapping. */
    List<Anchor> in(String t, int from, int to) {
        List<Anchor> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Anchor a = at(t, i);
            if (a == null || a.end() > to) {
                i++;
                continue;
            }
            out.add(a);
            i = a.end();
        }
        return out;
    }

    /** The city a place of a cluster belongs to: itself for a city or a province, the prefecture for a district. */
    Place cityOf(Place p) {
        if (p.level().equals("district") || p.level().equals("county-city")) {
            Place parent = gazetteer.byCode(p.parentCode());
            if (parent == null && p.parentCode() != null) parent = gazetteer.byCode(p.parentCode().substring(0, 2) + "0000");
            return parent == null ? p : parent;
        }
        return p;
    }
}
