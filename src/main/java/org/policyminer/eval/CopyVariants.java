package org.policyminer.eval;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

/**
 * The copies of one page that the web is full of, each made from the page's own HTML the way a reprint or a hacked
 * mirror changes it (the spam comes from {@link ExtractSpamInjector}'s vocabulary, which the spam lexicon does not
 * list): the page as it is; a keyword-stuffed title with the real one behind it and another site suffix; a spider-pool
 * link footer plus a hidden link block inside the body; visible spam paragraphs between body paragraphs; the whole page
 * in traditional script (OpenCC s2t); the page re-encoded as GBK declared only by a meta tag; and, optionally, the
 * article re-published in another site's template (its own navigation, info line and footer). Seeded, deterministic.
 */
public final class CopyVariants {
    /** One copy: its kind, the URL it is published under, and its bytes. */
    public record Variant(String kind, String url, byte[] bytes) {}

    public static final List<String> KINDS = List.of("clean", "title-spam", "link-farm", "inline-spam", "traditional", "gbk");
    public static final String TEMPLATE = "template";

    private CopyVariants() {}

    /** The variants of a page whose clean extraction is {@code clean}; {@code template} adds the re-templated copy. */
    public static List<Variant> of(ExtractCase c, Article clean, Random r, boolean template) {
        String html = ExtractSpamInjector.decode(c, clean);
        String gold = c.goldText() != null ? c.goldText() : clean.text();
        String name = c.id().replaceAll("[^A-Za-z0-9_.-]", "_");
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("clean", c.page().url(), c.page().body()));
        Set<String> used = new LinkedHashSet<>();

        Document titleSpam = parse(html, c);
        titleSpam.title(ExtractSpamInjector.keywordList(r, 4, " ", used) + "_" + clean.title() + "_" + "新闻资讯网");
        out.add(utf8("title-spam", name, titleSpam));

        Document farm = parse(html, c);
        Element footer = farm.body().appendElement("div");
        footer.appendText(ExtractSpamInjector.POOL_LABELS.get(r.nextInt(ExtractSpamInjector.POOL_LABELS.size())) + ": ");
        for (int i = 0; i < 12; i++) footer.appendElement("a").attr("href", "http://spam" + i + ".example/").text(ExtractSpamInjector.pick(r, used)).after(" | ");
        List<Element> anchors = ExtractSpamInjector.bodyAnchors(farm, gold);
        Element hidden = new Element("div").attr("style", "display:none");
        for (int i = 0; i < 8; i++) hidden.appendElement("a").attr("href", "http://hide" + i + ".example/").text(ExtractSpamInjector.pick(r, used));
        if (anchors.isEmpty()) farm.body().prependChild(hidden);
        else anchors.get(r.nextInt(anchors.size())).after(hidden);
        out.add(utf8("link-farm", name, farm));

        Document inline = parse(html, c);
        List<Element> at = ExtractSpamInjector.bodyAnchors(inline, gold);
        for (int i = 0; i < 2 && !at.isEmpty(); i++) {
            Element e = at.get(r.nextInt(at.size()));
            e.after(new Element(e.normalName().equals("p") ? "p" : "div").text(ExtractSpamInjector.visibleSpam(r, used)));
        }
        out.add(utf8("inline-spam", name, inline));

        Document traditional = parse(html, c);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) t.text(ZhConverterUtil.toTraditional(t.getWholeText()));
        }, traditional);
        traditional.title(ZhConverterUtil.toTraditional(traditional.title()));
        out.add(utf8("traditional", name, traditional));

        Document gbk = parse(html, c);
        gbk.select("meta[charset], meta[http-equiv=content-type]").remove();
        gbk.head().prepend("<meta charset=\"gbk\">");
        gbk.outputSettings().charset("GBK").escapeMode(Entities.EscapeMode.base);
        out.add(new Variant("gbk", url("gbk", name), ExtractSpamInjector.encode(gbk.outerHtml(), Charset.forName("GBK"))));

        if (template) out.add(new Variant(TEMPLATE, url(TEMPLATE, name), retemplated(clean).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static Document parse(String html, ExtractCase c) {
        return Jsoup.parse(html, c.page().url());
    }

    private static Variant utf8(String kind, String name, Document d) {
        return new Variant(kind, url(kind, name), ExtractSpamInjector.utf8Bytes(d));
    }

    /** Each kind of copy on a host of its own, as mirrors and portals are. */
    private static String url(String kind, String name) {
        return "http://" + kind + ".mirror.example/a/" + name + ".html";
    }

    /** The article as another portal republishes it: its own navigation, title suffix, info line and footer. */
    private static String retemplated(Article a) {
        Document d = Jsoup.parse("<html><head><meta charset=\"utf-8\"></head><body></body></html>");
        d.title(a.title() + "｜产经资讯网");
        Element nav = d.body().appendElement("div").addClass("nav");
        for (String s : List.of("首页", "要闻", "产经", "财经", "科技", "地方", "专题")) nav.appendElement("a").attr("href", "/" + s).text(s);
        Element main = d.body().appendElement("div").addClass("main");
        main.appendElement("h1").text(a.title());
        main.appendElement("div").addClass("info").text("来源：" + (a.source() == null ? "综合" : a.source())
                + "　发布时间：" + (a.published() == null ? "" : a.published()) + "　编辑：小林");
        Element content = main.appendElement("div").addClass("content");
        for (String p : a.paragraphs()) content.appendElement("p").text(p);
        Element footer = d.body().appendElement("div").addClass("footer");
        footer.appendElement("p").text("关于我们 | 联系我们 | 广告服务 | 网站地图");
        footer.appendElement("p").text("版权所有 产经资讯网 未经授权禁止转载 ICP备案号：京ICP备00000000号");
        return d.outerHtml();
    }
}
