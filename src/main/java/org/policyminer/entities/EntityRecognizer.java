package org.policyminer.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.util.Sentences;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.Entities;
import org.policyminer.doc.FigureKind;

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
    private final CompanyFinder companies = new CompanyFinder();
    private final ClusterPlaces districts = ClusterPlaces.instance();

    public EntityRecognizer() {
        this(new ScriptConverter());
    }

    public EntityRecognizer(ScriptConverter converter) {
        this.converter = converter;
        this.gazetteer = CityGazetteer.instance();
        this.cities = new CityRecognizer(gazetteer);
        this.clusters = new ClusterRecognizer();
        this.amounts = new AmountParser();
        this.attributes = AmountAttributes.instance();
    }

    /** @param published the publication date, to resolve 今年/明年; may be null */
    public Entities recognize(String text, LocalDate published) {
        return recognize(text, published, false);
    }

    /**
     * @param publishedEstimated the date was estimated, not shown on the page (a gold line's {@code publishedGuess}):
     *                           relative terms still resolve against it, 目前 / 截至目前 no longer (conventions)
     */
    public Entities recognize(String text, LocalDate published, boolean publishedEstimated) {
        return recognize(text, published, publishedEstimated, null);
    }

    /**
     * @param pageCurrency the currency of the page the text is one line of ({@link #pageCurrency}): a bare 元 in a text
     *                     that names no place itself is in it; null for none
     */
    public Entities recognize(String text, LocalDate published, boolean publishedEstimated, String pageCurrency) {
        if (text == null || text.isEmpty()) return Entities.EMPTY;
        String t = converter.toSimplified(text);
        if (t.length() != text.length()) t = text;       // cannot happen (the converter keeps length); stay safe
        return recognizeSimplified(text, t, published, publishedEstimated, pageCurrency);
    }

    /** {@link #pageCurrency} of each page in {@code lines} (page → its lines), with its host from {@code hosts}; pages of no one place are left out. */
    public java.util.Map<String, String> pageCurrencies(java.util.Map<String, List<String>> lines, java.util.Map<String, String> hosts) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (var e : lines.entrySet()) {
            String c = pageCurrency(e.getValue(), hosts.get(e.getKey()));
            if (c != null) out.put(e.getKey(), c);
        }
        return out;
    }

    /**
     * The currency a bare 元 is in on a page read line by line (a batch of lines, a gold set): the place the page's lines
     * name together (Taiwan, Hong Kong, Macau; none when they also name a mainland city or two such places), else the
     * place its host's country domain names (.tw, .hk, .mo). Null when neither says: 元 stays the yuan.
     */
    public String pageCurrency(List<String> lines, String host) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) if (l != null) b.append(l).append('\n');
        String text = b.toString();
        String t = converter.toSimplified(text);
        if (t.length() != text.length()) t = text;
        t = fullWidthDigitsFolded(TaiwanWords.instance().toMainland(t));
        String declared = PlaceCurrency.declaredFor(t, 0, t.length());
        if (declared != null) return declared;           // (人民币，下同) on one line holds for the page's other lines
        int[] cityStarts = listedCityStarts(t);
        String place = placeOf(t, 0, t.length(), cityStarts);
        if (place == null) return null;                  // a mainland city or two places: the page is no one place's
        if (!PlaceCurrency.instance().placeIn(t, 0, t.length(), false).isEmpty()) return place;
        String byHost = PlaceCurrency.ofHost(host);       // over words Hong Kong and Macau share (特区政府 on a .mo page)
        if (byHost != null) return byHost;
        return place.isEmpty() ? null : place;
    }

    private int[] listedCityStarts(String t) {
        List<PlaceHit> placeHits = cities.findPlacing(t);
        List<Integer> starts = new ArrayList<>();
        for (PlaceHit h : placeHits) for (Place p : h.places()) if (listedAsCity(p)) { starts.add(h.start()); break; }
        return starts.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** For callers that hold both forms already (the pipeline): {@code simplified} must be as long as {@code original}. */
    public Entities recognizeSimplified(String original, String t, LocalDate published) {
        return recognizeSimplified(original, t, published, false, null);
    }

    /** The same, for a page whose host names its place ({@link PlaceCurrency#ofUrl}): a bare 元 the text places nowhere is in it. */
    public Entities recognizeSimplified(String original, String t, LocalDate published, String pageCurrency) {
        return recognizeSimplified(original, t, published, false, pageCurrency);
    }

    private Entities recognizeSimplified(String original, String t, LocalDate published, boolean publishedEstimated, String pageCurrency) {
        t = TaiwanWords.instance().toMainland(t);        // 丛集, 专案, 软体 …: read as the mainland words they stand for
        ReadingGlosses.Stripped glosses = ReadingGlosses.strip(t);
        if (glosses == null) return recognizeClean(original, t, published, publishedEstimated, pageCurrency);
        return glosses.remap(recognizeClean(glosses.apply(original), glosses.text(), published, publishedEstimated, pageCurrency), original);
    }

    private Entities recognizeClean(String original, String t, LocalDate published, boolean publishedEstimated, String pageCurrency) {
        t = fullWidthDigitsFolded(t);
        List<PlaceHit> placeHits = cities.find(t);
        DocumentLimits.check("place names", placeHits.size(), DocumentLimits.MAX_MENTIONS);
        List<CityMention> cityMentions = new ArrayList<>();
        for (int k = 0; k < placeHits.size(); k++) {
            PlaceHit h = placeHits.get(k);
            if (prefixOfNext(t, h, k + 1 < placeHits.size() ? placeHits.get(k + 1) : null)) continue;
            if (bracketedInName(t, h, k > 0 ? placeHits.get(k - 1) : null)) continue;
            for (Place p : h.places()) {
                if (!listedAsCity(p)) continue;
                Place prov = gazetteer.provinceOf(p);
                cityMentions.add(new CityMention(original.substring(h.start(), h.end()), p.name(), prov.name(), p.code(), h.start(), h.end()));
            }
        }
        List<ClusterMention> clusterMentions = new ArrayList<>();
        for (ClusterRecognizer.Found f : clusters.find(t)) {
            clusterMentions.add(new ClusterMention(original.substring(f.start(), f.end()), f.name(), f.start(), f.end(), f.cities(), f.national()));
        }

        List<CompanyFinder.Company> companyHits = companies.find(t);
        List<ClusterMention> clustersByStart = new ArrayList<>(clusterMentions);
        clustersByStart.sort(java.util.Comparator.comparingInt(ClusterMention::start));
        List<CompanyFinder.Company> companiesByStart = new ArrayList<>(companyHits);
        companiesByStart.sort(java.util.Comparator.comparingInt(CompanyFinder.Company::start));
        List<AmountMention> amountMentions = new ArrayList<>();
        // starts of the bounds and labels dated only by the year under way (R18): a goal's year stated later still wins
        java.util.Set<Integer> datedByYearUnderWay = new java.util.HashSet<>();
        Sentences sentences = new Sentences(t);
        List<AmountParser.Found> found = amounts.scan(t, (s, a, b) -> bareMoneyContext(s, sentences.startOf(a), a, b));
        DocumentLimits.check("monetary figures", found.size(), DocumentLimits.MAX_FIGURES);
        String placeOfText = null;                       // the whole text's place currency, read at the first bare 元
        boolean placeOfTextRead = false;
        int firstNote = -1;                              // where the text's first (X，下同) stands, read at the first bare 元
        boolean firstNoteRead = false;
        String placeOfSentence = null;
        int placeSentence = -1;
        int[] cityStarts = cityMentions.stream().mapToInt(CityMention::start).sorted().toArray();
        int lastSentence = -1;
        int floor = 0;
        String previousMetric = null;
        AmountParser.Found previousFound = null;
        int hongKongSentence = -1;
        boolean hongKong = false;
        for (AmountParser.Found f : found) {
            if (notMoney(t, f, sentences.startOf(f.start()))) continue;
            // $3,370,000,000.00(澳门币叁拾叁亿柒仟万圆整): a bracketed restatement of the figure just read, in words, as
            // Macau and Taiwan laws and contracts write sums; one figure, not two (dev6 conventions).
            if (previousFound != null && restatement(t, previousFound, f)) continue;
            previousFound = f;
            int ss = sentences.startOf(f.start());
            int se = sentences.endOf(f.start());
            if (ss != lastSentence) {
                floor = ss;
                lastSentence = ss;
                // A clause after ； continues the 。-sentence's list (IC设计业产值为6403亿元；IC制造业为1.5万亿元): its metric carries.
                if (!(ss > 0 && (t.charAt(ss - 1) == '；' || t.charAt(ss - 1) == ';'))) previousMetric = null;
            }
            int timeFrom = timeFrom(t, sentences, ss);
            // A 级 label names its own metric or none (annotation notes: "metric null unless the label names one"): it
            // takes none from the figure before it (…亿元以上项目55个；其中，100亿元级项目5个).
            // Coordinated with the figure before it in one clause (营业收入百亿级集群45个以上、千亿级集群1个) it shares that metric.
            String carried = f.scale() && clauseBreak(t, floor, f.numberStart()) ? null : previousMetric;
            if (hongKongSentence != ss) {                // one reading per sentence: is it Hong Kong's (its page, its words)?
                hongKong = "HKD".equals(pageCurrency) || "HKD".equals(PlaceCurrency.instance().placeIn(t, ss, se));
                hongKongSentence = ss;
            }
            AmountAttributes.Attributes a = attributes.read(t, ss, timeFrom, floor, f.numberStart(), f.end(), se, f.scale(), f.qualifier(),
                    published, publishedEstimated, carried, hongKong || "HKD".equals(f.currency()));
            previousMetric = a.carriedMetric();
            String subject = subject(t, ss, f.start(), clustersByStart, companiesByStart, placeHits);
            // "Class thresholds and scale labels are not figures of the subject" (annotation notes).
            if (classKind(a.kind())) subject = null;
            String currency = f.currency() != null ? f.currency() : (f.scale() ? null : "CNY");
            String written = t.substring(f.start(), f.end());
            boolean bare = currency != null && PlaceCurrency.bare(written, currency);
            // 澳元 is the Australian dollar, but Macau's press and its mirrors write it short for 澳门元: on a line or page
            // that is Macau's it is the pataca.
            boolean shortPataca = "AUD".equals(currency) && written.contains("澳元");
            if (bare || shortPataca) {
                if (!placeOfTextRead) {
                    placeOfText = placeOf(t, 0, t.length(), cityStarts);
                    placeOfTextRead = true;
                }
                String declared = PlaceCurrency.declared(t, ss, se, f.start(), f.end());
                if (placeSentence != ss) {               // one reading per sentence, however many figures it holds
                    placeOfSentence = placeOf(t, ss, se, cityStarts);
                    placeSentence = ss;
                }
                String place = declared != null ? declared : placeOfSentence;
                if (place != null && place.isEmpty()) {   // a note of an earlier sentence holds on
                    if (!firstNoteRead) {
                        firstNote = PlaceCurrency.firstDeclaration(t, 0, t.length());
                        firstNoteRead = true;
                    }
                    if (firstNote >= 0 && firstNote < ss) place = PlaceCurrency.declaredFor(t, 0, ss);
                }
                if (place != null && place.isEmpty()) place = placeOfText;
                // A line that names no place is in its page's place: a Macau release's later lines, a Taiwan paper's.
                if (place != null && place.isEmpty() && pageCurrency != null) place = pageCurrency;
                // 立法会, 特区政府 … (words Hong Kong and Macau share) read as Hong Kong only for want of anything better: a
                // page that is Macau's (its other lines, its host) decides for them.
                if ("MOP".equals(pageCurrency) && "HKD".equals(place) && declared == null
                        && PlaceCurrency.instance().placeIn(t, 0, t.length(), false).isEmpty()) place = pageCurrency;
                if (bare && place != null && !place.isEmpty()) currency = place;
                else if (shortPataca && "MOP".equals(place)) currency = "MOP";
            }
            if (classKind(a.kind()) && !a.targetYear() && a.period() == null && a.yearUnderWay()) datedByYearUnderWay.add(f.start());
            amountMentions.add(new AmountMention(original.substring(f.start(), f.end()), f.start(), f.end(), f.value(), f.valueMax(),
                    currency, f.qualifier(), Comparators.canonical(a.comparator(), f.qualifier()),
                    // A class bound or a 级 label holds for no reported year (2015年…形成了八大千亿级产业): only a goal's year
                    // (到2025年…28个千亿级产业链), a part of a year (1—11月…亿元以上项目96个) or the year under way (今年，…
                    // 10亿元以上重大工业项目: ruling R18) dates it.
                    classKind(a.kind()) && !a.targetYear() && !a.yearUnderWay() && a.period() == null ? null : a.year(),
                    a.periodFrom(), a.periodTo(), a.period(),
                    a.metric(), a.kind(), subject));
            floor = f.end();
        }
        labelsTakeALaterGoalsYear(t, sentences, amountMentions, datedByYearUnderWay);
        return new Entities(clusterMentions, cityMentions, Coordination.apply(t, sentences, amountMentions));
    }

    /**
     * The currency of the place [from, to) names (Taiwan, Hong Kong, Macau): "" when it names none, null when it names a
     * mainland city or province (a start in the sorted {@code cityStarts} within [from, to)) or two such places.
     */
    private static String placeOf(String t, int from, int to, int[] cityStarts) {
        int k = java.util.Arrays.binarySearch(cityStarts, from);
        if (k < 0) k = -k - 1;
        if (k < cityStarts.length && cityStarts[k] < to) return null;
        return PlaceCurrency.instance().placeIn(t, from, to);
    }

    /** Up to this many characters (a currency word) between the bracket and a restated figure: （澳门币叁拾…. */
    private static final int RESTATEMENT_PREFIX = 4;

    /** {@code f} stands in brackets right after {@code before} and has its value. */
    private static boolean restatement(String t, AmountParser.Found before, AmountParser.Found f) {
        if (before.value() <= 0 || Math.abs(f.value() - before.value()) > before.value() * 1e-9) return false;
        int k = before.end();
        while (k < f.start() && t.charAt(k) == ' ') k++;
        if (k >= f.start() || (t.charAt(k) != '(' && t.charAt(k) != '（')) return false;
        int gap = f.start() - k - 1;
        if (gap > RESTATEMENT_PREFIX) return false;
        for (int j = k + 1; j < f.start(); j++) if (Character.isDigit(t.charAt(j)) || "，,。；;)）".indexOf(t.charAt(j)) >= 0) return false;
        return true;
    }

    /**
     * ２０２３年, ５０００億元: full-width digits as half-width ones, one for one (offsets hold), so that years and
     * months are read like the figures (which the amount grammar already reads in either width).
     */
    private static String fullWidthDigitsFolded(String t) {
        char[] c = null;
        for (int i = 0; i < t.length(); i++) {
            char x = t.charAt(i);
            if (x >= '０' && x <= '９') {
                if (c == null) c = t.toCharArray();
                c[i] = (char) ('0' + (x - '０'));
            }
        }
        return c == null ? t : new String(c);
    }

    /**
     * Figures the grammar reads as money that are not: 三元前驱体 (a chemistry term: a lone small numeral, 元, then a
     * word), 产量达2.83亿块 (块 counting pieces after an output word, not yuan).
     */
    private static boolean notMoney(String t, AmountParser.Found f, int sentenceStart) {
        int end = f.end();
        if (f.value() < 10 && end - f.start() == 2 && t.charAt(end - 1) == '元' && end < t.length()
                && Character.isIdeographic(t.charAt(end)) && "钱整的人每".indexOf(t.charAt(end)) < 0) return true;
        if (t.charAt(end - 1) == '块') {
            int from = Math.max(sentenceStart, f.start() - 12);
            for (String w : new String[] {"产量", "销量", "出货量", "产能", "数量"}) {
                if (AmountAttributes.indexIn(t, w, from, f.start() + w.length() - 1) >= 0) return true;
            }
        }
        return false;
    }

    /**
     * A place in brackets inside a name: 天顺风能(苏州)股份有限公司, 天能电池集团(安徽)等, 合工大(宁国)汽车产业研究院,
     * 新能源智能制造基地(湖北)项目. The annotation notes list no place inside a company or organisation name; a place
     * right after another place (江苏(无锡)) is that place's city, not a name's.
     */
    private static boolean bracketedInName(String t, PlaceHit h, PlaceHit previous) {
        int s = h.start();
        int e = h.end();
        if (s < 2 || e >= t.length() - 1) return false;
        if ("(（".indexOf(t.charAt(s - 1)) < 0 || ")）".indexOf(t.charAt(e)) < 0) return false;
        if (previous != null && previous.end() >= s - 1) return false;
        char before = t.charAt(s - 2);
        char after = t.charAt(e + 1);
        if (!Character.isIdeographic(before) || !(Character.isIdeographic(after) || Character.isLetterOrDigit(after))) return false;
        // 中国(上海)自由贸易试验区, …(苏州)工业园区: a zone named after its city is a mention of it (conventions).
        for (String zone : BRACKETED_ZONES) if (t.startsWith(zone, e + 1)) return false;
        return true;
    }

    private static final String[] BRACKETED_ZONES = {"自由贸易", "自贸", "试验区", "片区", "新区", "园区", "工业园", "开发区", "高新区",
            "综合保税区", "保税区", "经济区", "示范区", "产业园"};

    /** A clause mark (，：；) between {@code from} and {@code to}. */
    private static boolean clauseBreak(String t, int from, int to) {
        for (int i = from; i < to; i++) if ("，,：:；;".indexOf(t.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * 打造…千亿级产业链，到2025年，建成…万亿级…集群 / 打造工程机械千亿产业集群，力争到2015年…突破3000亿元 / 五大千亿级产业集群，
     * 2025年GDP预计突破2000亿元: a 级 label with no time of its own takes the year of the goal its sentence states after it
     * (ruling R6: the year of a goal stated for it; dev r4-0068, dev4 d4-0175, dev10 d10-0202). A label of what exists now
     * (现有万亿级, 已形成) is no goal's (dev8 d8-0054).
     */
    private static void labelsTakeALaterGoalsYear(String t, Sentences sentences, List<AmountMention> amounts,
                                                  java.util.Set<Integer> datedByYearUnderWay) {
        for (int i = 0; i < amounts.size(); i++) {
            AmountMention m = amounts.get(i);
            // 今年以来，…打造工程机械千亿产业集群，力争到2015年…: the goal's year beats the year under way (dev10 d10-0202)
            boolean undated = m.year() == null || datedByYearUnderWay.contains(m.start());
            if (!FigureKind.SCALE.label().equals(m.kind()) || !undated || m.period() != null || m.periodFrom() != null) continue;
            int ss = sentences.startOf(m.start());
            if (presentState(t, ss, m.start()) || insideTitle(t, ss, m.start())) continue;
            for (int j = i + 1; j < amounts.size(); j++) {
                AmountMention goal = amounts.get(j);
                if (sentences.startOf(goal.start()) != ss) break;
                if (goal.year() == null || goal.period() != null) continue;
                boolean goalsYear = FigureKind.TARGET.label().equals(goal.kind())
                        || (FigureKind.SCALE.label().equals(goal.kind()) && !presentState(t, ss, goal.start()));
                // the goal's year is written between the label and the goal's figure: the goal is stated after the label
                if (!goalsYear || AmountAttributes.indexIn(t, goal.year() + "年", m.end(), goal.start()) < 0) continue;
                amounts.set(i, new AmountMention(m.text(), m.start(), m.end(), m.value(), m.valueMax(), m.currency(), m.qualifier(),
                        m.comparator(), goal.year(), null, null, null, m.metric(), m.kind(), m.subject()));
                break;
            }
        }
    }

    /** 《…打造万亿级产业行动计划》: {@code at} inside a document's title (a 《 before it in the sentence not yet closed). */
    private static boolean insideTitle(String t, int sentenceStart, int at) {
        int open = AmountAttributes.lastIndexIn(t, "《", sentenceStart, at);
        return open >= 0 && AmountAttributes.indexIn(t, "》", open, at) < 0;
    }

    /** 现有 / 已有 / 已 in the clause before {@code at}: what exists now, not a goal. */
    private static boolean presentState(String t, int sentenceStart, int at) {
        for (int k = at - 1; k >= sentenceStart && at - k <= 30; k--) {
            char c = t.charAt(k);
            if (c == '，' || c == ',' || c == '；' || c == ';') return false;
            if (c == '已' || (c == '现' && k + 1 < t.length() && t.charAt(k + 1) == '有')) return true;
        }
        return false;
    }

    private static boolean classKind(String kind) {
        return FigureKind.classBound(kind);
    }

    /**
     * Where a figure's time may be read from: its sentence, taken up to 。 (clauses after ；keep the year said before
     * them: 2013年，…；全市…实现营业收入6892.2亿元), or the sentence before when this one continues it (其中…, 分地市看…,
     * 具体来看…: 2020年前三季度…5965.20亿元。分地市看，深圳(3706.31亿元)…).
     */
    private static int timeFrom(String t, Sentences sentences, int ss) {
        int from = ss;
        while (from > 0 && (t.charAt(from - 1) == '；' || t.charAt(from - 1) == ';')) from = sentences.startOf(from - 1);
        if (from > 0 && t.charAt(from - 1) != '\n' && continues(t, from)) from = sentences.startOf(from - 1);
        return from;
    }

    private static boolean continues(String t, int s) {
        if (t.startsWith("其中", s) || t.startsWith("具体来看", s) || t.startsWith("具体而言", s)) return true;
        if (t.startsWith("分", s)) {
            for (int k = s + 2; k <= s + 5 && k < t.length(); k++) if (t.charAt(k) == '看') return true;
        }
        return false;
    }

    /**
     * What the annotation notes list as cities: prefecture-level cities, municipalities and provinces; not county-level
     * cities (乐清市), autonomous prefectures, leagues and 地区 (an autonomous prefecture is not a city), nor Hong Kong, Macau
     * and Taiwan, which the real-text annotators never list.
     */
    private static boolean listedAsCity(Place p) {
        if (p.level().equals("county-city")) return false;
        String n = p.name();
        if (n.endsWith("自治州") || n.endsWith("地区") || n.endsWith("盟")) return false;
        return !(p.code().startsWith("71") || p.code().startsWith("81") || p.code().startsWith("82"));
    }

    /** 湖南省长沙市, 广东省广深佛莞, 江苏(无锡): a province written right before one of its cities is that city's prefix. */
    private boolean prefixOfNext(String t, PlaceHit h, PlaceHit next) {
        if (next == null || h.group() || !h.places().get(0).level().equals("province")) return false;
        int gap = next.start() - h.end();
        if (!(gap == 0 || (gap == 1 && (t.charAt(h.end()) == '（' || t.charAt(h.end()) == '(')))) return false;
        Place province = h.places().get(0);
        for (Place p : next.places()) {
            if (p.level().equals("province") || p.level().equals("county-city")) return false;
            if (!gazetteer.provinceOf(p).code().equals(province.code())) return false;
        }
        return true;
    }

    private static final String[] ZONES = {"高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区", "新区", "自贸区"};

    /** Where a zone name that follows a city ends (江北新区 after 南京, 高新区 after 郑州), or -1. */
    private static int zoneAfter(String t, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 5); k++) {
            if (!Character.isIdeographic(t.charAt(k))) return -1;
            for (String z : ZONES) if (k + z.length() <= limit && t.startsWith(z, k)) return k + z.length();
        }
        return -1;
    }

    /** The cluster, company or place named closest before the figure in its sentence; 全市 points at the context city. */
    /** The first index of a list sorted by start whose element starts at or after {@code from}. */
    private static <T> int firstFrom(List<T> sorted, java.util.function.ToIntFunction<T> start, int from) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < from) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private String subject(String t, int sentenceStart, int amountStart, List<ClusterMention> cls, List<CompanyFinder.Company> cos,
                           List<PlaceHit> places) {
        String best = null;
        int bestEnd = -1;
        // The lists are in text order: each loop reads only the mentions that start in the figure's sentence before it,
        // found by binary search, so a page's figures cost what their sentences hold, not what the whole page holds.
        for (int k = firstFrom(cls, ClusterMention::start, sentenceStart); k < cls.size() && cls.get(k).start() < amountStart; k++) {
            ClusterMention c = cls.get(k);
            if (c.end() <= amountStart && c.end() > bestEnd) {
                best = c.name();
                bestEnd = c.end();
            }
        }
        // A cluster beats a company, a company beats a place: 比亚迪…在合肥投资200亿元 is 比亚迪's money.
        if (best != null) return best;
        for (int k = firstFrom(cos, CompanyFinder.Company::start, sentenceStart); k < cos.size() && cos.get(k).start() < amountStart; k++) {
            CompanyFinder.Company c = cos.get(k);
            if (c.end() <= amountStart && c.end() > bestEnd) {
                best = c.name();
                bestEnd = c.end();
            }
        }
        if (best != null) return best;
        int firstPlace = firstFrom(places, PlaceHit::start, sentenceStart);
        for (int k = firstPlace; k < places.size() && places.get(k).start() < amountStart; k++) {
            PlaceHit h = places.get(k);
            // 盐城市工信局相关负责人表示…, 宜宾市商务局传来消息…: the city's government speaks for it (R20) but is the source
            // of the news, not what the figure is of (dev2 d2-0057, dev3 d3-0013, dev12 d12-0014 write no subject)
            if (CityRecognizer.cityGovernment(t, h.end())) continue;
            if (h.end() <= amountStart && h.end() > bestEnd) {
                best = h.group() ? t.substring(h.start(), h.end()) : h.places().get(0).name();
                bestEnd = h.end();
                // 南京江北新区新签约…3600亿元: a zone named after the city owns the figure.
                int zoneEnd = zoneAfter(t, h.end(), amountStart);
                if (zoneEnd > 0) {
                    best = t.substring(h.start(), zoneEnd);
                    bestEnd = zoneEnd;
                }
            }
        }
        // 青浦区…, 长乐区…: a district named after the city owns the figure (districts are no city mentions).
        for (ClusterPlaces.Anchor d : districts.in(t, Math.max(Math.max(sentenceStart, bestEnd), amountStart - 40), amountStart)) {
            // Only a district written in full (…区, …县, …旗): a county's bare stem (会同, 安溪) is a place only inside a cluster name.
            if (d.kind() == ClusterPlaces.Kind.DISTRICT && d.end() > bestEnd && "区县旗".indexOf(t.charAt(d.end() - 1)) >= 0) {
                best = t.substring(d.start(), d.end());
                bestEnd = d.end();
            }
        }
        for (String w : new String[] {"全市", "我市", "本市", "该市", "全省", "我省", "本省", "该省"}) {
            int i = AmountAttributes.lastIndexIn(t, w, Math.max(sentenceStart, amountStart - AmountAttributes.LOOK_BACK), amountStart);
            if (i >= sentenceStart && i + w.length() > bestEnd) {
                boolean province = w.endsWith("省");
                Place ctx = null;
                for (int k = firstPlace; k < places.size(); k++) {    // a figure's place is what its own sentence says
                    PlaceHit h = places.get(k);
                    if (h.end() > i) break;
                    Place p = h.places().get(0);
                    if (!h.group() && (province ? p.level().equals("province") || p.level().equals("municipality") : p.isCity())) ctx = p;
                }
                if (ctx != null) {
                    best = ctx.name();
                    bestEnd = i + w.length();
                }
            }
        }
        return best;
    }

    private static final String[] BARE_METRIC_WORDS = {"产值", "规模", "营收", "收入", "销售额", "增加值", "投资", "投入", "基金",
            "资金", "利润", "税收", "出口额", "交易额", "生产总值", "GDP", "融资", "补贴", "成交额", "市值", "营业额",
            // public accounts (Hong Kong / Macau / Taiwan pages drop 元 there too: 超支约132.9亿, 增拨逾210亿, 总经费20亿)
            "支出", "开支", "超支", "经费", "拨款", "增拨", "预算", "盈余", "结余", "赤字", "债务"};
    /**
     * Words that make a figure ending in 万 / 亿 money, and only such a figure: a government's reserves (财政储备…至6,161.2亿,
     * 基本储备及超额储备分别为…: Hong Kong and Macau accounts; not a bare 储备, which also holds grain or talent) and a budget
     * line listed or cut (Taiwan's 编列, 减列: 数发部减列2亿). Not 金额 alone: a bare 估计金额…42亿 or 签约金额超千亿 is found
     * then, but its time and kind read from a figure with 元 (a class bound for 超千亿) would be wrong.
     */
    private static final String[] BARE_MONEY_NOUNS = {"财政储备", "基本储备", "超额储备", "储备金", "编列", "减列"};
    /** A money word right after a figure without 元 makes it money too: 500亿投资, 千亿市值, 迈向万亿目标. */
    private static final String[] BARE_METRIC_AFTER = {"投资", "产值", "营收", "市值", "销售", "基金", "资金", "目标", "规模", "城市"};
    private static final String MEASURE_AFTER = "吨千瓦度人户家个台辆件套亩米张部只头株次册份条支颗片箱桶方平公字名位座项所例架艘";

    /** 产值突破3000亿 has no 元 but is money: a figure with 万/亿 after a money metric in the same clause, no measure word. */
    private static boolean bareMoneyContext(String t, int sentenceStart, int start, int end) {
        if (end < t.length() && MEASURE_AFTER.indexOf(t.charAt(end)) >= 0) return false;
        // 突破2兆, 可达19.46兆: 兆 as 10^12 counts money only (兆瓦, 兆赫, 兆字节 are units, not numbers).
        if (t.charAt(end - 1) == '兆' && (end >= t.length() || "瓦赫字位焦帕欧伏比吨".indexOf(t.charAt(end)) < 0)) return true;
        // 1200亿年产值: a per-year money word after the figure.
        int after = end < t.length() && t.charAt(end) == '年' ? end + 1 : end;
        for (String w : BARE_METRIC_AFTER) if (t.startsWith(w, after)) return true;
        // 营收500亿以上集群2个、300亿—500亿6个: an item of a 、-list reads the list's metric, back to the clause start.
        int from = Math.max(sentenceStart, start - (start > 0 && t.charAt(start - 1) == '、' ? 40 : 16));
        for (int i = start - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == '；' || c == ',') { from = i + 1; break; }
        }
        for (String w : BARE_METRIC_WORDS) {
            if (AmountAttributes.indexIn(t, w, from, start + w.length() - 1) >= 0) return true;
        }
        if ("万亿".indexOf(t.charAt(end - 1)) >= 0) {
            for (String w : BARE_MONEY_NOUNS) {
                if (AmountAttributes.indexIn(t, w, from, start + w.length() - 1) >= 0) return true;
            }
        }
        return false;
    }
}
