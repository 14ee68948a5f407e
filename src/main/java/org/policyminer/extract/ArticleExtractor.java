package org.policyminer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.Removal;
import org.policyminer.doc.Removal.Reason;
import org.policyminer.util.Validate;

/**
 * Bytes in, article out, no I/O: decodes the page ({@link CharsetSniffer}), drops what no reader sees
 * ({@link HiddenElements}, scripts, styles) and the page chrome, finds the article container by character-based
 * block scores ({@link BlockScorer}), keeps its lines minus boilerplate and spam ({@link Boilerplate},
 * {@link SpamDetector}), then reads title, date and source ({@link TitleFinder}, {@link DateFinder},
 * {@link SourceFinder}). Everything removed for a reason is reported in {@link Article#removed()}.
 *
 * <pre>{@code
 * Article a = new ArticleExtractor().extract(new Fetched(url, bytes, headers));
 * }</pre>
 *
 * Thread-safe: holds only immutable collaborators.
 */
public final class ArticleExtractor {
    /** Pages above this are cut here (and the cut reported): bounded memory and time whatever arrives. */
    public static final int MAX_BYTES = org.policyminer.doc.DocumentLimits.MAX_PAGE_BYTES;
    /** A line inside the container with more link text than this is a link list, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private final CharsetSniffer sniffer = new CharsetSniffer();
    private final SpamDetector spam;
    private final TitleFinder titles;

    public ArticleExtractor() {
        this(SpamDetector.standard());
    }

    public ArticleExtractor(SpamDetector spam) {
        this.spam = Validate.notNull(spam, "spam");
        this.titles = new TitleFinder(spam);
    }

    public Article extract(Fetched page) throws ExtractException {
        Validate.notNull(page, "page");
        byte[] bytes = page.body();
        String url = page.url();
        if (bytes.length == 0) throw new ExtractException(url, "empty page");
        String binary = BinarySniffer.describe(bytes);
        if (binary != null) throw new ExtractException(url, "not an HTML page: " + binary);
        List<Removal> removed = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            removed.add(new Removal(Reason.TRUNCATED, "page cut at " + MAX_BYTES + " of " + bytes.length + " bytes"));
            bytes = Arrays.copyOf(bytes, MAX_BYTES);
        }
        CharsetSniffer.Decoded decoded = sniffer.decode(bytes, page.header("Content-Type"), url);
        Document doc = Jsoup.parse(decoded.text(), url);
        String pageTitle = doc.title();
        // one walk for the three tags read before cleaning, instead of a document search for each
        List<Element> metaTags = new ArrayList<>();
        List<Element> scripts = new ArrayList<>();
        List<Element> styles = new ArrayList<>();
        List<Element> conTimes = new ArrayList<>(1);
        List<Element> anchors = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) return;
            if (e.attributesSize() > 0 && e.id().equals(DateFinder.CON_TIME)) conTimes.add(e);
            switch (e.normalName()) {
                case "meta" -> metaTags.add(e);
                case "script" -> scripts.add(e);
                case "style" -> styles.add(e);
                case "a" -> anchors.add(e);
                default -> { }
            }
        }, doc);
        Metas metas = Metas.of(metaTags);
        String jsonLd = jsonLd(scripts);
        Element body = doc.body();
        HiddenElements hidden = HiddenElements.of(styles);
        // what no reader sees is dropped in the same walk that reads the page's lines
        int[] rawChars = {0};
        List<ParagraphCollector.Para> all = ParagraphCollector.collect(body, List.of(), rawChars,
                node -> PageCleaner.isInvisible(node, body, hidden, removed));
        String flat = joinTexts(all);
        // before the chrome is dropped: metadata tables and attachment lists are chrome to the article
        PageFacts facts = FactsCollector.collect(flat, metas, anchors);
        PageCleaner.dropChrome(body, spam, removed, rawChars[0]);
        List<String> headings = TitleFinder.headings(doc);
        BlockScorer.Result scored = BlockScorer.score(body);
        String provisional = ParagraphCollector.joinCjk(titles.find(headings, pageTitle, metas, Topic.empty(), new ArrayList<>()));
        List<ParagraphCollector.Para> lines = new ArrayList<>();
        if (scored.run() == null) {
            Element root = PostSplitter.narrow(scored.root(), scored, provisional);
            lines.addAll(ParagraphCollector.collect(root, scored.linkBlocks()));
        } else {
            for (Element part : PostSplitter.narrowRun(scored.run(), scored, provisional)) lines.addAll(ParagraphCollector.collect(part, scored.linkBlocks()));
        }

        List<String> kept = new ArrayList<>();
        String sourceLine = null;
        for (ParagraphCollector.Para p : lines) {
            if (Boilerplate.isBoilerplate(p.text())) {
                removed.add(Removal.of(Reason.BOILERPLATE, p.text()));
                // the text's own 来源 line (来源:宜兴市人民政府网站) names where a short head's government is; the last one in
                // the container is the document's, after a portal's own line above the text
                String named = Boilerplate.sourceName(p.text());
                if (named != null) sourceLine = named;
            } else if (p.linkDensity() > MAX_LINK_DENSITY) {
                // a link list inside the container (related news, tags); reported only when it is spam
                if (spam.spamScore(p.text(), Topic.empty()) >= SpamDetector.SPAM) removed.add(Removal.of(Reason.SPAM_LINKS, p.text()));
            } else {
                kept.add(p.text());
            }
        }
        // Two rounds: spam paragraphs share words with each other, so once the obvious ones are out, the topic of
        // what is left shows the rest as strangers to the article.
        // The topic comes from the long paragraphs (the article's core) when there are enough of them: injected
        // spam lines are short and must not vouch for each other.
        List<String> paragraphs = new ArrayList<>(kept);
        Topic clean = null; // the topic of all final paragraphs, when the last round already built it
        // paragraphs whose check never asked for the topic: their score came from the text alone, so the next round
        // (another topic) gives the same answer and they are not checked again (exact, and most of a page's lines)
        java.util.Set<String> settled = new java.util.HashSet<>();
        List<String> lastCore = null; // the last round's core when it was the long paragraphs (not all of them)
        Topic lastTopic = null;
        for (int round = 0; round < 2; round++) {
            List<String> core = core(paragraphs);
            if (lastCore != null && core != paragraphs && core.equals(lastCore)) {
                // The last round removed only short paragraphs, so this round's core, topic and each paragraph's inCore
                // are the last round's: every paragraph it would check again (those that asked for the topic) gets the
                // same answer, none is removed, and the topic is built as it was. Nothing is checked twice.
                boolean asks = false;
                for (String p : paragraphs) asks |= !settled.contains(p);
                clean = cleanTopic(paragraphs, core, asks ? lastTopic : null);
                break;
            }
            Topic[] built = {null}; // built on first use: most lines are told from spam without a topic
            // each distinct paragraph once: an advert pasted twice on a page must not vouch for itself
            java.util.function.Supplier<Topic> topicOnce = () -> built[0] != null ? built[0] : (built[0] = Topic.of(new java.util.LinkedHashSet<>(core)));
            List<String> next = new ArrayList<>(paragraphs.size());
            boolean[] asked = {false};
            boolean cutAny = false; // a paragraph whose aside was cut out: the round changed the text, not the count
            java.util.function.Supplier<Topic> tracked = () -> {
                asked[0] = true;
                return topicOnce.get();
            };
            for (String p : paragraphs) {
                if (settled.contains(p)) {
                    next.add(p);
                    continue;
                }
                boolean inCore = core == paragraphs || p.length() >= CORE_MIN_CHARS;
                asked[0] = false;
                SpamDetector.Cut cut;
                // one line for both checks: the asides' search reads the words the paragraph's own check read
                SpamDetector.Line line = new SpamDetector.Line(p);
                if (spam.isSpamText(line, tracked, inCore)) {
                    removed.add(Removal.of(Reason.SPAM_TEXT, p));
                } else if ((cut = spam.withoutSpamAsides(line, tracked, inCore)) != null) {
                    // an advert inserted in brackets or between marks, read as a line of its own: cut out, or the
                    // paragraph goes when what is left is no article's paragraph
                    for (String r : cut.removed()) removed.add(Removal.of(Reason.SPAM_TEXT, r));
                    if (!cut.rest().isEmpty()) next.add(cut.rest());
                    cutAny = true;
                } else {
                    next.add(p);
                    if (!asked[0]) settled.add(p);
                }
            }
            Topic topic = built[0];
            if (next.size() == paragraphs.size() && !cutAny) {
                clean = cleanTopic(paragraphs, core, topic);
                break;
            }
            // a cut aside leaves a paragraph whose new text no check has read: the next round must read it
            lastCore = core == paragraphs || cutAny ? null : core;
            lastTopic = topic;
            paragraphs = next;
        }
        if (clean == null) clean = Topic.of(paragraphs);
        facts = facts.with("来源", sourceLine);
        reportLinkBlocks(scored, clean, removed);

        String title = titles.find(headings, pageTitle, metas, clean, removed);
        dropTitleLines(paragraphs, ParagraphCollector.joinCjk(title));
        if (title.isEmpty() && !paragraphs.isEmpty() && looksLikeHeading(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        facts = withEdges(facts, lines, paragraphs);
        int bodyStart = paragraphs.isEmpty() ? -1 : flat.indexOf(prefix(paragraphs.get(0)));
        // a policy library's 发布日期 is the article's publication date (its 成文日期, often nearer the title, is not)
        Optional<String> published = DateFinder.find(attached(conTimes, doc), metas, jsonLd, flat, ParagraphCollector.joinCjk(title), bodyStart, url);
        published = publishedInTable(facts, published);
        int titleAt = title.isEmpty() ? -1 : flat.indexOf(ParagraphCollector.joinCjk(title));
        int from = titleAt >= 0 ? titleAt : Math.max(0, bodyStart - 1000);
        int to = bodyStart >= 0 ? bodyStart + 300 : Math.min(flat.length(), from + 2000);
        Optional<String> source = SourceFinder.find(metas, doc, flat, from, to);
        return new Article(title, published.orElse(null), source.orElse(null), paragraphs, decoded.charset().name(), removed, facts);
    }

    /**
     * After a round that removed nothing: the topic of all its paragraphs, from the round's topic (null when no check
     * asked for it) built over {@code core}: that core plus the short paragraphs left out of it.
     */
    private static Topic cleanTopic(List<String> paragraphs, List<String> core, Topic topic) {
        if (topic == null) return Topic.of(paragraphs);
        if (core == paragraphs) return topic;
        List<String> rest = new ArrayList<>();
        for (String p : paragraphs) if (p.length() < CORE_MIN_CHARS) rest.add(p);
        return topic.plus(rest);
    }

    /** The table's 发布日期 over the date found on the page, unless that is the same day (it may carry the time). */
    private static Optional<String> publishedInTable(PageFacts facts, Optional<String> found) {
        java.time.LocalDate d = org.policyminer.util.CnDates.parse(facts.first("发布日期"));
        if (d == null || (found.isPresent() && found.get().startsWith(d.toString()))) return found;
        return Optional.of(d.toString());
    }

    /** The first of {@code elements} still in {@code doc} (cleaning removes subtrees), as getElementById finds it. */
    private static Element attached(List<Element> elements, Document doc) {
        for (Element e : elements) {
            Element top = e;
            while (top.parent() != null) top = top.parent();
            if (top == doc) return e;
        }
        return null;
    }

    private void reportLinkBlocks(BlockScorer.Result scored, Topic topic, List<Removal> removed) {
        for (Element block : scored.linkBlocks()) {
            List<String> anchors = new ArrayList<>();
            for (Element a : block.getElementsByTag("a")) {
                String t = a.text().strip();
                if (!t.isEmpty()) anchors.add(t);
                if (anchors.size() >= 200) break;
            }
            String label = Chars.LINK_LIST_SEPARATORS.matcher(block.ownText()).replaceAll(" ").strip();
            if (spam.isSpamLinkBlock(anchors, label, topic)) removed.add(Removal.of(Reason.SPAM_LINKS, label + " " + String.join(" ", anchors)));
        }
    }

    private static final int CORE_MIN_CHARS = 60;

    /**
     * The article's core: its long paragraphs, when they hold 300 characters and at least a fifth of the text. On a
     * hard-wrapped page (a magazine mirror's lines of 37 characters, each a paragraph) the long paragraphs are what was
     * put into it: two injected English adverts of 150 and 200 characters (5 % of the page) were the whole core, vouched
     * for each other (an English page's own lines) and made the article's 291 lines strangers to its topic (zh-cwced
     * caee0a34, 92 removed). Not half: a forum thread's long posts are 43 % of it, and its short replies, put into the
     * topic, vouched for an advert's common words (日本, 今日, 最新) and kept it. On zh-cwced's gold, five pages have no
     * long line and one 7 % of its text in them; the next 26 %.
     */
    private static List<String> core(List<String> paragraphs) {
        List<String> core = new ArrayList<>();
        int chars = 0;
        int all = 0;
        for (String p : paragraphs) {
            all += p.length();
            if (p.length() >= CORE_MIN_CHARS) {
                core.add(p);
                chars += p.length();
            }
        }
        return chars >= 300 && chars * 5 >= all ? core : paragraphs;
    }

    /** The most lines kept on either side of the body: a catalogue's rows, a number line, a line after the signature. */
    static final int MAX_EDGE_LINES = 15;
    /** An edge line longer than this is no row nor number line (a removed advert, a link farm). */
    static final int MAX_EDGE_LINE = 200;

    /**
     * The facts with the lines of the container that the body leaves out above its first paragraph and below its last
     * (removed as boilerplate, spam or a link list, or with the title they are joined to). The document reader reads its
     * number and written date there when the body holds none (a catalogue's [ 发文字号 ] row taken for spam, the line
     * 盘政发〔2010〕22号 盘锦市人民政府关于…的决定 dropped as the title); the body itself is not changed.
     */
    static PageFacts withEdges(PageFacts facts, List<ParagraphCollector.Para> lines, List<String> paragraphs) {
        if (paragraphs.isEmpty()) return facts;
        // the body's paragraphs matched to the lines from the end, each to the latest line before the next one's: a title
        // written twice (the heading, then the same words over the text) leaves the body's first line the second one
        boolean[] inBody = new boolean[lines.size()];
        List<Integer> matched = new ArrayList<>();
        int at = lines.size();
        for (int k = paragraphs.size() - 1; k >= 0; k--) {
            String p = paragraphs.get(k);
            int i = at - 1;
            while (i >= 0 && !lines.get(i).text().equals(p)) i--;
            if (i < 0) continue; // a paragraph whose aside was cut out matches no line as it was
            inBody[i] = true;
            matched.add(0, i);
            at = i;
        }
        if (matched.isEmpty()) return facts;
        // the head reaches into the body's first paragraphs: a crumb or a row the body kept (当前位置, 组配分类…) may stand
        // above the catalogue's rows that it dropped
        int headEnd = matched.get(Math.min(HEAD_BODY_PARAGRAPHS, matched.size()) - 1);
        List<String> head = new ArrayList<>();
        for (int i = 0; i < headEnd; i++) if (!inBody[i]) head.add(lines.get(i).text());
        List<String> tail = new ArrayList<>();
        for (int i = matched.get(matched.size() - 1) + 1; i < lines.size(); i++) tail.add(lines.get(i).text());
        head = edgeLines(head.subList(Math.max(0, head.size() - MAX_EDGE_LINES), head.size()));
        tail = edgeLines(tail.subList(0, Math.min(MAX_EDGE_LINES, tail.size())));
        return head.isEmpty() && tail.isEmpty() ? facts : facts.withEdges(head, tail);
    }

    /** The body's first paragraphs among which a dropped line still counts as the head's. */
    static final int HEAD_BODY_PARAGRAPHS = 5;

    private static List<String> edgeLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty() && t.length() <= MAX_EDGE_LINE) out.add(t);
        }
        return out;
    }

    /** The title repeated at the top of the container is not body text. */
    private static void dropTitleLines(List<String> paragraphs, String title) {
        if (title.isEmpty()) return;
        String simplifiedTitle = null;
        for (int i = 0; i < Math.min(5, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (isTitleLine(p, title)) {
                paragraphs.remove(i);
                return;
            }
        }
        // the title read from a meta in one script and the heading in the body in the other (a traditional mirror that
        // converted the page but not its og:title): compared in simplified script, only on lines short enough to be it
        for (int i = 0; i < Math.min(5, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (p.length() > title.length() + 12 || p.length() < 0.5 * title.length() || !alignsWith(p, title)) continue;
            if (simplifiedTitle == null) simplifiedTitle = ZhConverterUtil.toSimple(title);
            if (isTitleLine(ZhConverterUtil.toSimple(p), simplifiedTitle)) {
                paragraphs.remove(i);
                return;
            }
        }
    }

    /**
     * A cheap screen before the conversion (some 20 µs a line): the line and the title, aligned at their starts or at
     * their ends, have the same character at a third of the places or more. A title and its heading in the other script
     * do (寧波磁性材料集羣 / 宁波磁性材料集群: 波磁性材料 the same), an article's sentence does not.
     */
    private static boolean alignsWith(String p, String title) {
        int n = Math.min(p.length(), title.length());
        int start = 0;
        int end = 0;
        for (int i = 0; i < n; i++) {
            if (p.charAt(i) == title.charAt(i)) start++;
            if (p.charAt(p.length() - 1 - i) == title.charAt(title.length() - 1 - i)) end++;
        }
        return Math.max(start, end) * 3 >= n;
    }

    private static boolean isTitleLine(String p, String title) {
        return p.equals(title) || (title.contains(p) && p.length() >= 0.5 * title.length())
                || (p.contains(title) && p.length() <= title.length() + 12 && title.length() >= 6);
    }

    /** A short first line without sentence punctuation: a heading the page did not mark up. */
    private static boolean looksLikeHeading(String line) {
        if (line.length() < 4 || line.length() > 50) return false;
        for (int i = 0; i < line.length(); i++) if (Chars.isSentenceEnd(line.charAt(i)) || line.charAt(i) == '，') return false;
        return true;
    }

    private static String prefix(String p) {
        return p.length() <= 16 ? p : p.substring(0, 16);
    }

    private static String joinTexts(List<ParagraphCollector.Para> paras) {
        StringBuilder b = new StringBuilder();
        for (ParagraphCollector.Para p : paras) b.append(p.text()).append('\n');
        return b.toString();
    }

    private static String jsonLd(List<Element> scripts) {
        StringBuilder b = new StringBuilder();
        for (Element s : scripts) {
            if (!s.attr("type").trim().equalsIgnoreCase("application/ld+json")) continue;
            b.append(s.data()).append('\n');
            if (b.length() > 100_000) break;
        }
        return b.toString();
    }
}
