package org.policyminer.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;

/**
 * A corpus of any size made from the paragraphs and titles of real corpus pages: page i is built on demand,
 * deterministically from i (so 100 000 pages never sit in memory), as an MIIT-style HTML page with 4–10
 * paragraphs drawn from the pool, a title, a date and a source.
 */
public final class SyntheticCorpus {
    private final List<String> titles;
    private final List<String> paragraphs;
    private final long seed;

    public SyntheticCorpus(List<PolicyDoc> seeds, long seed) {
        this.titles = new ArrayList<>();
        this.paragraphs = new ArrayList<>();
        for (PolicyDoc d : seeds) {
            if (d.article() == null) continue;
            if (!d.article().title().isBlank()) titles.add(d.article().title());
            for (String p : d.article().paragraphs()) if (p.length() >= 20) paragraphs.add(p);
        }
        if (paragraphs.isEmpty()) throw new IllegalArgumentException("the seed corpus has no paragraphs to build pages from");
        if (titles.isEmpty()) titles.add("先进制造业集群发展");
        this.seed = seed;
    }

    public int paragraphPool() {
        return paragraphs.size();
    }

    /**
     * A page of about {@code bytes} bytes (UTF-8) in the shape of {@link #page}, with paragraphs drawn from the pool
     * until it is that long: for timing how ingest cost grows with a page's size. {@code oneParagraph} puts all the
     * text in one {@code <p>} (a page that is one long paragraph).
     */
    public Fetched bigPage(int i, long bytes, boolean oneParagraph) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, bytes / 2));
        String title = titles.get(r.nextInt(titles.size())) + "（长文" + (i + 1) + "）";
        sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title).append("</title></head><body>")
                .append("<h1 id=\"con_title\">").append(title).append("</h1><div id=\"con_con\" class=\"ccontent\">");
        if (oneParagraph) sb.append("<p>");
        long utf8 = 0;
        while (utf8 < bytes) {
            String p = paragraphs.get(r.nextInt(paragraphs.size()));
            sb.append(oneParagraph ? "" : "<p>").append(p).append(oneParagraph ? "" : "</p>\n");
            utf8 += 3L * p.length() + (oneParagraph ? 0 : 8);
        }
        if (oneParagraph) sb.append("</p>");
        sb.append("</div></body></html>");
        return new Fetched("https://bench.policyminer.local/big/art_" + i + ".html", sb.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public Fetched page(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String title = titles.get(r.nextInt(titles.size())) + "（" + (i + 1) + "）";
        LocalDate day = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2500));
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title).append("_工业和信息化部</title>")
                .append("<meta name=\"ArticleTitle\" content=\"").append(title.replace("\"", "")).append("\">")
                .append("<meta name=\"PubDate\" content=\"").append(day).append(" 10:00\"><meta name=\"ContentSource\" content=\"工业和信息化部\">")
                .append("</head><body><div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/xwfb/\">新闻发布</a> | <a href=\"/zwgk/\">政务公开</a></div>")
                .append("<h1 id=\"con_title\">").append(title).append("</h1><div class=\"cinfo\"><span id=\"con_time\">发布时间：")
                .append(day).append(" 10:00</span> 来源：工业和信息化部</div><div id=\"con_con\" class=\"ccontent\">");
        int n = 4 + r.nextInt(7);
        for (int k = 0; k < n; k++) sb.append("<p>").append(paragraphs.get(r.nextInt(paragraphs.size()))).append("</p>");
        sb.append("</div><div class=\"footer\">版权所有：中华人民共和国工业和信息化部 京ICP备04000001号</div></body></html>");
        return new Fetched("https://bench.policyminer.local/art/" + day.getYear() + "/art_" + i + ".html",
                sb.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
