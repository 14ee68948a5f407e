package org.policyminer.eval;

import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.policyminer.doc.Article;
import org.policyminer.extract.ArticleExtractor;

/**
 * Builds a spam-injected copy of a dataset, the way hacked mirrors look: a keyword-stuffed porn/gambling
 * {@code <title>}, a "spider pool" link footer, link blocks hidden inside the body (inline style, the
 * {@code hidden} attribute, or a class the page's own {@code <style>} hides), visible spam paragraphs between
 * body paragraphs, and, on some pages, the whole page in traditional script and/or re-encoded as GBK declared
 * only by a {@code <meta charset>}. Seeded and deterministic.
 *
 * <p>Its spam vocabulary is its own and deliberately shares no phrase with {@code models/spam-lexicon.txt}: the
 * extractor has to catch it by structure and topic, as it must catch spam nobody has listed yet.
 *
 * <p>Output is the project corpus layout: {@code <name>.html} + {@code <name>.gold.json} with {@code title},
 * {@code published}, {@code paragraphs} (simplified) and the injected {@code spam} phrases.
 */
public final class ExtractSpamInjector {
    /** Phrases by kind; none contains an entry of the project lexicon (checked by a test). */
    static final List<String> VOCABULARY = List.of(
            // porn
            "深夜私密直播", "美女主播福利姬", "嫩模私房写真", "午夜剧场免费看", "激情裸舞直播间", "两性私密影院", "宅男必备神站",
            // gambling
            "澳门金沙官网", "新濠天地网址", "真人荷官在线发牌", "线上棋牌赢现金", "太阳城集团官网", "永利皇宫网投", "电玩城捕鱼提现",
            // lottery
            "重庆时时计划群", "极速赛车开奖网", "双色球内部预测", "分分彩稳赚技巧", "极速分分乐平台",
            // invoices, loans
            "各类增值税票代理", "全国开具各行业票据", "身份证借款当天下款", "不看征信秒下款", "学生分期无门槛",
            // SEO, fake papers
            "霸屏推广首页排名", "泛目录程序出租", "证件制作刻章办理", "学历证书加急办理");
    static final List<String> POOL_LABELS = List.of("主站蜘蛛池模板", "热门搜索", "友情推荐", "本站推荐");
    private static final String GBK_META = "<meta charset=\"gbk\">";

    private final long seed;
    /** Whole advert lines to inject inline in place of the built-in visible spam; empty = the built-in vocabulary. */
    private final List<String> inlineLines;

    public ExtractSpamInjector(long seed) {
        this(seed, List.of());
    }

    /**
     * {@code inlineLines}: adverts written as whole lines ("【某某最新版】真人荷官…点击注册"), put inside the article
     * two per page, one as a paragraph of its own and one as a {@code <br>} line at the end of a body paragraph.
     */
    public ExtractSpamInjector(long seed, List<String> inlineLines) {
        this.seed = seed;
        this.inlineLines = List.copyOf(inlineLines);
    }

    /** Reads an advert-lines file: one line each, {@code #} comments and blank lines skipped. */
    public static List<String> readLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        if (out.isEmpty()) throw new IOException(file + ": no advert lines");
        return out;
    }

    /** Writes the injected copy of {@code cases} into {@code dir}; gold comes from the case, else from a clean extraction. */
    public void writeCorpus(List<ExtractCase> cases, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = Json.MAPPER;
        ArticleExtractor extractor = new ArticleExtractor();
        Random random = new Random(seed);
        int n = 0;
        for (ExtractCase c : cases) {
            Injected inj;
            try {
                inj = inject(c, extractor, new Random(random.nextLong()), n);
            } catch (Exception e) {
                continue; // a page the clean extractor already refuses stays out of the spam set
            }
            String name = String.format("%03d_%s", n++, c.id().replaceAll("[^A-Za-z0-9_.-]", "_"));
            Files.write(dir.resolve(name + ".html"), inj.bytes());
            ObjectNode g = json.createObjectNode();
            g.put("url", c.page().url());
            if (inj.title() != null) g.put("title", inj.title());
            if (c.goldDate() != null) g.put("published", c.goldDate());
            ArrayNode paras = g.putArray("paragraphs");
            for (String line : inj.gold().split("\n")) if (!line.isBlank()) paras.add(line);
            ArrayNode spam = g.putArray("spam");
            inj.spam().forEach(spam::add);
            g.put("traditional", inj.traditional());
            g.put("encoding", inj.gbk() ? "GBK" : "UTF-8");
            json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name + ".gold.json").toFile(), g);
        }
    }

    record Injected(byte[] bytes, String gold, String title, Set<String> spam, boolean traditional, boolean gbk) {}

    Injected inject(ExtractCase c, ArticleExtractor extractor, Random r, int index) throws Exception {
        Article clean = extractor.extract(c.page());
        String gold = c.goldText() != null ? c.goldText() : clean.text();
        String title = c.goldTitle() != null ? c.goldTitle() : null;
        Document doc = Jsoup.parse(decode(c, clean), c.page().url());
        Set<String> used = new LinkedHashSet<>();

        // 1. spam title: a keyword list in place of the real one
        doc.title(keywordList(r, 5, " - ", used));

        // 2. spider-pool footer of links
        Element footer = doc.body().appendElement("div");
        footer.appendText(POOL_LABELS.get(r.nextInt(POOL_LABELS.size())) + ": ");
        for (int i = 0; i < 12; i++) {
            String kw = pick(r, used);
            footer.appendElement("a").attr("href", "http://spam" + i + ".example/").text(kw);
            footer.appendText(" | ");
        }

        // 3 + 4. hidden link blocks and visible spam paragraphs next to body paragraphs
        List<Element> anchors = bodyAnchors(doc, gold);
        if (!anchors.isEmpty()) {
            Element hiddenAt = anchors.get(r.nextInt(anchors.size()));
            Element hidden = new Element("div");
            switch (r.nextInt(3)) {
                case 0 -> hidden.attr("style", "display:none");
                case 1 -> hidden.attr("hidden", "");
                default -> {
                    String cls = "k" + Integer.toString(r.nextInt(1 << 20), 36);
                    hidden.addClass(cls);
                    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode("." + cls + "{display:none}"));
                }
            }
            for (int i = 0; i < 6; i++) hidden.appendElement("a").attr("href", "http://hide" + i + ".example/").text(pick(r, used));
            hiddenAt.after(hidden);
            if (!inlineLines.isEmpty()) {
                Element own = anchors.get(r.nextInt(anchors.size()));
                own.after(new Element(own.normalName().equals("p") ? "p" : "div").text(inlineLine(r, used)));
                Element host = anchors.get(r.nextInt(anchors.size()));
                host.appendElement("br");
                host.appendText(inlineLine(r, used));
            }
            int visible = inlineLines.isEmpty() ? 1 + r.nextInt(2) : 0;
            for (int i = 0; i < visible; i++) {
                Element at = anchors.get(r.nextInt(anchors.size()));
                at.after(new Element(at.normalName().equals("p") ? "p" : "div").text(visibleSpam(r, used)));
            }
        }

        // 5. traditional script on every other page, 6. GBK with only a meta label on every third
        boolean traditional = index % 2 == 1;
        if (traditional) {
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && !t.isBlank()) t.text(ZhConverterUtil.toTraditional(t.getWholeText()));
            }, doc);
            doc.title(ZhConverterUtil.toTraditional(doc.title()));
        }
        boolean gbk = index % 3 != 0;
        byte[] bytes;
        if (gbk) {
            doc.select("meta[charset], meta[http-equiv=content-type]").remove();
            doc.head().prepend(GBK_META);
            doc.outputSettings().charset("GBK").escapeMode(Entities.EscapeMode.base);
            bytes = encode(doc.outerHtml(), Charset.forName("GBK"));
        } else {
            bytes = utf8Bytes(doc);
        }
        return new Injected(bytes, gold, title, used, traditional, gbk);
    }

    /** The page as UTF-8 bytes, its own charset labels replaced by one that says so. */
    static byte[] utf8Bytes(Document doc) {
        doc.select("meta[charset], meta[http-equiv=content-type]").remove();
        doc.head().prepend("<meta charset=\"utf-8\">");
        doc.outputSettings().charset("UTF-8");
        return doc.outerHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The page decoded as the extractor decoded it, so the copy starts from the same text. */
    static String decode(ExtractCase c, Article clean) {
        Charset cs = clean.charset() == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(clean.charset());
        return new String(c.page().body(), cs);
    }

    /** Characters GBK lacks become numeric references, as a CMS writing GBK would emit them. */
    static byte[] encode(String html, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder b = new StringBuilder(html.length());
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (enc.canEncode(ch)) b.append(ch);
            else b.append("&#").append(cp).append(';');
            i += Character.charCount(cp);
        }
        return b.toString().getBytes(cs);
    }

    /** Elements holding gold lines: where spam is put, inside the article. */
    static List<Element> bodyAnchors(Document doc, String gold) {
        List<String> lines = new ArrayList<>();
        for (String l : gold.split("\n")) {
            String t = l.strip();
            if (t.length() >= 15) lines.add(t.substring(0, Math.min(12, t.length())));
            if (lines.size() >= 40) break;
        }
        List<Element> out = new ArrayList<>();
        for (Element e : doc.body().select("p, div, td, li")) {
            String own = e.ownText().strip();
            if (own.length() < 10 || !e.children().select("p, div, td, li").isEmpty()) continue;
            for (String l : lines) {
                if (own.contains(l)) {
                    out.add(e);
                    break;
                }
            }
            if (out.size() >= 40) break;
        }
        return out;
    }

    private String inlineLine(Random r, Set<String> used) {
        String s = inlineLines.get(r.nextInt(inlineLines.size()));
        used.add(s);
        return s;
    }

    static String pick(Random r, Set<String> used) {
        String s = VOCABULARY.get(r.nextInt(VOCABULARY.size()));
        used.add(s);
        return s;
    }

    static String keywordList(Random r, int n, String sep, Set<String> used) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(pick(r, used));
        return String.join(sep, parts);
    }

    /** A visible spam paragraph: a keyword list, or an advert with a contact number. */
    static String visibleSpam(Random r, Set<String> used) {
        return switch (r.nextInt(3)) {
            case 0 -> keywordList(r, 6, r.nextBoolean() ? "|" : "_", used);
            case 1 -> pick(r, used) + "，" + pick(r, used) + "，详情咨询QQ" + (10000000 + r.nextInt(89999999)) + "！";
            default -> "【" + pick(r, used) + "】" + pick(r, used) + " " + pick(r, used) + " 微信:vip" + r.nextInt(9999);
        };
    }
}
