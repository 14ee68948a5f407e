package org.policyminer.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.util.Sentences;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;

/**
 * Finds clusters, cities and monetary figures in text of either script; offsets index the text as given.
 * The text is converted to simplified script first (same length, so offsets carry over); names and subjects are
 * canonical simplified. No HanLP: the gazetteer, the cluster grammar and the amount grammar work on characters, which
 * is faster than segmentation and immune to its mistakes on these patterns (年产值, 广深佛/nr).
 *
 * <pre>{@code
 * Entities e = new EntityRecognizer().recognize("南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。", null);
 * e.amounts().get(0).value();   // 4.0E11, year 2025, metric 产值, comparator 突破, kind target
 * }</pre>
 * Thread-safe: holds only immutable lexicons.
 */
public final class EntityRecognizer {
    private final ScriptConverter converter;
    private final CityGazetteer gazetteer;
    private final CityRecognizer cities;
    private final ClusterRecognizer clusters;
    private final AmountParser amounts;
    private final AmountAttributes attributes;
    private final NationalClusters national;
    private final CompanyFinder companies = new CompanyFinder();

    public EntityRecognizer() {
        this(new ScriptConverter());
    }

    public EntityRecognizer(ScriptConverter converter) {
        this.converter = converter;
        this.gazetteer = CityGazetteer.instance();
        this.cities = new CityRecognizer(gazetteer);
        this.clusters = new ClusterRecognizer(gazetteer);
        this.amounts = new AmountParser();
        this.attributes = AmountAttributes.instance();
        this.national = NationalClusters.instance();
    }

    /** @param published the publication date, to resolve 今年/明年; may be null */
    public Entities recognize(String text, LocalDate published) {
        if (text == null || text.isEmpty()) return Entities.EMPTY;
        String t = converter.toSimplified(text);
        if (t.length() != text.length()) t = text;       // cannot happen (the converter keeps length); stay safe
        return recognizeSimplified(text, t, published);
    }

    /** For callers that hold both forms already (the pipeline): {@code simplified} must be as long as {@code original}. */
    public Entities recognizeSimplified(String original, String t, LocalDate published) {
        List<PlaceHit> placeHits = cities.find(t);
        DocumentLimits.check("place names", placeHits.size(), DocumentLimits.MAX_MENTIONS);
        PlacesBefore placesBefore = new PlacesBefore(placeHits);
        List<CityMention> cityMentions = new ArrayList<>();
        for (PlaceHit h : placeHits) {
            for (Place p : h.places()) {
                Place prov = gazetteer.provinceOf(p);
                cityMentions.add(new CityMention(original.substring(h.start(), h.end()), p.name(), prov.name(), p.code(), h.start(), h.end()));
            }
        }
        List<ClusterMention> clusterMentions = new ArrayList<>();
        for (ClusterRecognizer.Found f : clusters.find(t)) clusterMentions.add(toMention(original, t, f, placesBefore));
        DocumentLimits.check("city and cluster mentions", cityMentions.size() + clusterMentions.size(), DocumentLimits.MAX_MENTIONS);

        List<CompanyFinder.Company> companyHits = companies.find(t);
        Subjects subjects = new Subjects(t, clusterMentions, companyHits, placeHits, placesBefore);
        List<AmountMention> amountMentions = new ArrayList<>();
        Sentences sentences = new Sentences(t);
        List<AmountParser.Found> found = amounts.scan(t, (s, a, b) -> bareMoneyContext(s, sentences.startOf(a), a, b));
        DocumentLimits.check("monetary figures", found.size(), DocumentLimits.MAX_FIGURES);
        int lastSentence = -1;
        int floor = 0;
        String previousMetric = null;
        for (AmountParser.Found f : found) {
            int ss = sentences.startOf(f.start());
            int se = sentences.endOf(f.start());
            if (ss != lastSentence) {
                floor = ss;
                lastSentence = ss;
                previousMetric = null;
            }
            AmountAttributes.Attributes a = attributes.read(t, ss, floor, f.numberStart(), f.end(), se, f.scale(), published, previousMetric);
            previousMetric = a.metric();
            String subject = subjects.of(ss, f.start());
            String currency = f.currency() != null ? f.currency() : (f.scale() ? null : "CNY");
            amountMentions.add(new AmountMention(original.substring(f.start(), f.end()), f.start(), f.end(), f.value(), f.valueMax(),
                    currency, f.qualifier(), a.comparator(), a.year(), a.periodFrom(), a.periodTo(), a.metric(), a.kind(), subject));
            floor = f.end();
        }
        return new Entities(clusterMentions, cityMentions, amountMentions);
    }

    private ClusterMention toMention(String original, String t, ClusterRecognizer.Found f, PlacesBefore placesBefore) {
        List<Place> places = new ArrayList<>(f.places());
        String region;
        if (places.isEmpty()) {
            // 新型电力（智能电网）装备集群 in a sentence about 南京: the nearest city (or city group) named before it.
            PlaceHit ctx = placesBefore.context(f.start());
            if (ctx != null) places.addAll(ctx.places());
            region = ctx == null ? "" : ctx.group() ? t.substring(ctx.start(), ctx.end()) : ctx.places().get(0).name();
        } else {
            region = regionName(f);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Place p : places) names.add(p.name());
        NationalClusters.Entry e = national.find(names, f.core());
        String name = e != null ? e.name() : region + f.core() + f.suffix();
        return new ClusterMention(original.substring(f.start(), f.end()), name, f.start(), f.end(), List.copyOf(names), e != null);
    }

    /** Region as written, with each single place in its full name (南京 → 南京市) and groups kept (深广). */
    private String regionName(ClusterRecognizer.Found f) {
        StringBuilder sb = new StringBuilder();
        for (String r : f.regionTexts()) {
            if (sb.length() > 0) sb.append('、');
            CityGazetteer.Surface s = gazetteer.surface(r, 0, r.length());
            sb.append(s != null && !s.group() && s.places().size() == 1 ? s.places().get(0).name() : r);
        }
        return sb.toString();
    }

    /** What a figure is about: the cluster, company or place named closest before it in its sentence. */
    private static final class Subjects {
        private final String t;
        private final List<ClusterMention> clusters;
        private final List<CompanyFinder.Company> companies;
        private final List<PlaceHit> places;
        private final LastEnding clusterEnds;
        private final LastEnding companyEnds;
        private final LastEnding placeEnds;
        private final PlacesBefore placesBefore;
        private final LocalWords localWords;

        Subjects(String t, List<ClusterMention> clusters, List<CompanyFinder.Company> companies, List<PlaceHit> places, PlacesBefore placesBefore) {
            this.t = t;
            this.clusters = clusters;
            this.companies = companies;
            this.places = places;
            this.clusterEnds = new LastEnding(clusters, ClusterMention::start, ClusterMention::end);
            this.companyEnds = new LastEnding(companies, CompanyFinder.Company::start, CompanyFinder.Company::end);
            this.placeEnds = new LastEnding(places, PlaceHit::start, PlaceHit::end);
            this.placesBefore = placesBefore;
            this.localWords = new LocalWords(t);
        }

        /** The subject of a figure at {@code amountStart} in the sentence starting at {@code sentenceStart}, or null. */
        String of(int sentenceStart, int amountStart) {
            // A cluster beats a company, a company beats a place: 比亚迪…在合肥投资200亿元 is 比亚迪's money.
            int c = clusterEnds.find(sentenceStart, amountStart);
            if (c >= 0) return clusters.get(c).name();
            int co = companyEnds.find(sentenceStart, amountStart);
            if (co >= 0) return companies.get(co).name();
            String best = null;
            int bestEnd = -1;
            int p = placeEnds.find(sentenceStart, amountStart);
            if (p >= 0) {
                PlaceHit h = places.get(p);
                best = h.group() ? t.substring(h.start(), h.end()) : h.places().get(0).name();
                bestEnd = h.end();
            }
            // 全市 points at the context city, 全省 at the province.
            for (int w = 0; w < LocalWords.WORDS.length; w++) {
                int i = localWords.lastAtOrBefore(w, amountStart - LocalWords.WORDS[w].length());
                if (i >= sentenceStart && i + LocalWords.WORDS[w].length() > bestEnd) {
                    Place ctx = placesBefore.local(i, LocalWords.WORDS[w].endsWith("省"));
                    if (ctx != null) {
                        best = ctx.name();
                        bestEnd = i + LocalWords.WORDS[w].length();
                    }
                }
            }
            return best;
        }
    }

    private static final String[] BARE_METRIC_WORDS = {"产值", "规模", "营收", "收入", "销售额", "增加值", "投资", "投入", "基金",
            "资金", "利润", "税收", "出口额", "交易额", "生产总值", "GDP", "融资", "补贴", "成交额"};
    private static final String MEASURE_AFTER = "吨千瓦度人户家个台辆件套亩米张部只头株次册份条支颗片箱桶方平公字名位座项所例架艘";

    /** 产值突破3000亿 has no 元 but is money: a figure with 万/亿 after a money metric in the same clause, no measure word. */
    private static boolean bareMoneyContext(String t, int sentenceStart, int start, int end) {
        if (end < t.length() && MEASURE_AFTER.indexOf(t.charAt(end)) >= 0) return false;
        int from = Math.max(sentenceStart, start - 16);
        for (int i = start - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == '；' || c == ',') { from = i + 1; break; }
        }
        // a metric word starting in [from, start); indexOf would read on to the end of the page when it is absent
        for (int i = from; i < start; i++) {
            for (String w : BARE_METRIC_WORDS) if (t.startsWith(w, i)) return true;
        }
        return false;
    }
}
