package org.policyminer.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.Article;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.AttachmentText;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.Removal;
import org.policyminer.doc.Script;
import org.policyminer.doc.Simplified;
import org.policyminer.doc.PageFacts;
import org.policyminer.document.DocumentReader;
import org.policyminer.index.PolicyIndex;

/**
 * A small index for the web tests, built from PolicyDocs made here with their entities set by hand, so facets,
 * figures and marked entities exist whatever the entity recogniser finds. Offsets are found in
 * title + "\n" + body, as the pipeline's are.
 */
final class TestCorpus {
    static final String SEED_URL = "https://www.example.cn/jjrb/2021-03-23/clusters.html";
    static final String SHENZHEN_URL = "https://www.example.cn/sz/medical-2022.html";
    static final String XSS_URL = "https://evil.example.com/xss.html";
    static final String OLD_RULE_URL = "https://www.example.cn/gov/2016-82.html";
    static final String NEW_RULE_URL = "https://www.example.cn/gov/2022-9.html";
    static final String LIST_URL = "https://www.example.cn/miit/2015-list.html";
    static final String LIST_XLSX = "https://www.example.cn/miit/files/2015-list.xlsx";
    static final String LIST_PDF = "https://www.example.cn/miit/files/2015-broken.pdf";
    /** A word only the list's spreadsheet holds. */
    static final String ONLY_IN_ATTACHMENT = "星河微电子";
    static final String IC = "上海市集成电路集群";
    static final String MEDICAL = "深广高端医疗器械集群";
    static final String XSS_TITLE = "<script>alert(1)</script>集成电路";
    static final String XSS_BODY = "<img src=x onerror=alert(1)> 集成电路产业 \"quoted\" & <b>bold</b>";
    /** Filler articles that mention 集成电路, so a search has more than one page of hits. */
    static final int FILLER = 14;

    private TestCorpus() {}

    static String seedId() {
        return PolicyDoc.idFor(SEED_URL);
    }

    static String xssId() {
        return PolicyDoc.idFor(XSS_URL);
    }

    static List<PolicyDoc> docs() {
        List<PolicyDoc> out = new ArrayList<>();
        out.add(seed());
        out.add(shenzhen());
        out.add(xss());
        out.add(oldRule());
        out.add(newRule());
        out.add(listWithAttachments());
        for (int i = 0; i < FILLER; i++) out.add(filler(i));
        return out;
    }

    static void build(Path dir) throws IOException {
        try (PolicyIndex idx = PolicyIndex.open(dir, true)) {
            write(idx);
        }
    }

    /** The corpus written into a store (the local index or a SolrCloud collection) and committed. */
    static void write(org.policyminer.index.DocumentStore store) throws IOException {
        for (PolicyDoc d : docs()) store.upsert(d);
        store.commit();
    }

    /** A traditional-script article (like the seed page) with a removed spam footer. */
    static PolicyDoc seed() {
        String title = "“十四五”先進製造業集群發展藍圖醞釀待出";
        String body = "上海集成電路集群規模持續擴大，到2025年產值突破4000億元。\n"
                + "南京市新型電力裝備集群2019年產值達到2800億元，無錫物聯網集群同步推進。";
        Builder b = new Builder(SEED_URL, title, body, "2021-03-23", "經濟日報",
                List.of(Removal.of(Removal.Reason.SPAM_LINKS, "主站蜘蛛池模板 蜘蛛池 <a href=x>"), Removal.of(Removal.Reason.SPAM_TITLE, "免费看片")));
        b.cluster("上海集成電路集群", IC, List.of("上海市"), true);
        b.city("上海", "上海市", "上海市", "310000");
        b.amount("4000億元", 4.0e11, 2025, "产值", "突破", "target", IC);
        b.city("南京市", "南京市", "江苏省", "320100");
        b.cluster("南京市新型電力裝備集群", "南京市新型电力装备集群", List.of("南京市"), true);
        b.amount("2800億元", 2.8e11, 2019, "产值", "达到", "actual", "南京市新型电力装备集群");
        b.city("無錫", "无锡市", "江苏省", "320200");
        return b.build();
    }

    static PolicyDoc shenzhen() {
        String title = "深圳推进高端医疗器械集群建设";
        String body = "深广高端医疗器械集群2022年营业收入超过2000亿元。\n深圳市计划投资50亿元建设创新中心，目标2027年产值达到3000亿元。";
        Builder b = new Builder(SHENZHEN_URL, title, body, "2022-06-01", "深圳特区报", List.of());
        b.cluster("深广高端医疗器械集群", MEDICAL, List.of("深圳市", "广州市"), true);
        b.amount("2000亿元", 2.0e11, 2022, "营业收入", "超过", "actual", MEDICAL);
        b.city("深圳市", "深圳市", "广东省", "440300");
        b.amount("50亿元", 5.0e9, null, "投资", null, "investment", "深圳市");
        b.amount("3000亿元", 3.0e11, 2027, "产值", "达到", "target", MEDICAL);
        return b.build();
    }

    /** A hostile page: markup and event handlers in title and body must come out as text. */
    static PolicyDoc xss() {
        Builder b = new Builder(XSS_URL, XSS_TITLE, XSS_BODY, "2020-01-01", "<i>evil</i>", List.of(Removal.of(Removal.Reason.SPAM_LINKS, "<script>alert(2)</script>")));
        return b.build();
    }

    /** An official document that {@link #newRule()} repeals. */
    static PolicyDoc oldRule() {
        return new Builder(OLD_RULE_URL, "国务院办公厅关于加强政务公开标准化工作的通知",
                "国办发〔2016〕82号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现就加强政务公开标准化工作通知如下。\n国务院办公厅\n2016年11月10日",
                "2016-11-15", "中国政府网", List.of()).build();
    }

    /** An official document that repeals {@link #oldRule()} by title and number. */
    static PolicyDoc newRule() {
        return new Builder(NEW_RULE_URL, "国务院办公厅关于进一步规范政务公开标准化工作的通知",
                "国办发〔2022〕9号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n本通知自印发之日起施行，《国务院办公厅关于加强政务公开标准化工作的通知》（国办发〔2016〕82号）同时废止。\n国务院办公厅\n2022年3月1日",
                "2022-03-05", "中国政府网", List.of()).build();
    }

    /** A notice whose names are only in its spreadsheet attachment; a second attachment could not be read. */
    static PolicyDoc listWithAttachments() {
        PolicyDoc d = new Builder(LIST_URL, "关于公布示范企业名单的通告", "经评审，现将示范企业名单予以公布，详见附件。", "2015-01-10", "工业和信息化部",
                List.of()).build();
        String text = "序号 企业名称 所在地\n1 " + ONLY_IN_ATTACHMENT + "有限公司 苏州市\n2 东方精密机械有限公司 无锡市";
        AttachmentText xlsx = new AttachmentText(LIST_XLSX, "示范企业名单.xlsx", "xlsx", text, text,
                List.of(List.of("序号", "企业名称", "所在地"), List.of("1", ONLY_IN_ATTACHMENT + "有限公司", "苏州市"),
                        List.of("2", "东方精密机械有限公司", "无锡市")), List.of(), List.of(), List.of(), null);
        AttachmentText pdf = AttachmentText.failed(new Attachment("附件2", "评审说明.pdf", LIST_PDF, "pdf"), "encrypted PDF");
        return d.withAttachments(List.of(xlsx, pdf));
    }

    static PolicyDoc filler(int i) {
        String title = "集成电路产业动态第" + (i + 1) + "期";
        String body = "苏州集成电路设计企业持续增长，第" + (i + 1) + "期简报。";
        Builder b = new Builder("https://www.example.cn/news/" + i + ".html", title, body, String.format("2019-%02d-15", 1 + i % 12), "新华网", List.of());
        b.city("苏州", "苏州市", "江苏省", "320500");
        return b.build();
    }

    /** Collects mentions with offsets found in the simplified analysed text. */
    static final class Builder {
        private final String url;
        private final Article article;
        private final Simplified simplified;
        private final String analysed;
        private final List<ClusterMention> clusters = new ArrayList<>();
        private final List<CityMention> cities = new ArrayList<>();
        private final List<AmountMention> amounts = new ArrayList<>();

        Builder(String url, String title, String body, String published, String source, List<Removal> removed) {
            ScriptConverter conv = new ScriptConverter();
            this.url = url;
            this.article = new Article(title, published, source, List.of(body.split("\n")), "UTF-8", removed);
            this.simplified = new Simplified(conv.detect(title + body) == Script.SIMPLIFIED ? Script.SIMPLIFIED : Script.TRADITIONAL,
                    conv.toSimplified(title), conv.toSimplified(body));
            this.analysed = simplified.title() + "\n" + simplified.text();
        }

        private int at(String original) {
            String needle = new ScriptConverter().toSimplified(original);
            int i = analysed.indexOf(needle);
            if (i < 0) throw new IllegalArgumentException("'" + needle + "' is not in: " + analysed);
            return i;
        }

        void cluster(String text, String name, List<String> cities, boolean national) {
            int s = at(text);
            clusters.add(new ClusterMention(analysed.substring(s, s + text.length()), name, s, s + text.length(), cities, national));
        }

        void city(String text, String name, String province, String code) {
            int s = at(text);
            cities.add(new CityMention(analysed.substring(s, s + text.length()), name, province, code, s, s + text.length()));
        }

        void amount(String text, double value, Integer year, String metric, String comparator, String kind, String subject) {
            int s = at(text);
            amounts.add(new AmountMention(analysed.substring(s, s + text.length()), s, s + text.length(), value, null, "CNY", null,
                    comparator, year, null, null, metric, kind, subject));
        }

        PolicyDoc build() {
            // the document record comes from the real reader, as the pipeline's document stage makes it
            return new PolicyDoc(url, url, null, article, simplified, new Entities(clusters, cities, amounts))
                    .withDocument(new DocumentReader().read(simplified.title(), simplified.text(), PageFacts.NONE));
        }
    }
}
