package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

/**
 * Issue 20 part 5, twenty-third pass: what the twenty-second pass's held-out file (now dev23) leaked, and the one dev22
 * line still leaking. Tested on siblings of the lines, not the lines, each kept by main's jar; beside them, lines that
 * must stay.
 */
class InlineAdvertTwentyThirdPassTest {
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /** An essay of our own, hard-wrapped as old magazine mirrors serve it: every line under 60 characters. */
    private static final String ESSAY = "回顾这十年的产业政策，可以看出地方政府在推动制造业转型方面做了大量工作。"
            + "许多城市设立了专项资金，用于支持企业开展技术改造和设备更新，也有不少地方建立了公共服务平台。"
            + "但是，我们也应当看到，政策的效果在不同地区之间差别很大，有的地方成效明显，有的地方收效甚微。"
            + "造成这种差别的原因很多，其中最重要的一条，是政策能否与本地的产业基础和人才条件结合起来。"
            + "一些地方照搬外地的经验，不顾自身条件上马大项目，结果投资很大而产出有限，留下了不少教训。"
            + "另一些地方则从本地已有的企业出发，帮助它们解决融资难、用工难和技术难的问题，逐步形成了集群。"
            + "在我看来，后一种做法虽然见效较慢，却更加扎实，也更能经受市场变化的考验，值得认真总结推广。"
            + "当然，任何经验都有其适用的范围，总结经验的目的不是复制，而是弄清楚它为什么在那里能够成功。"
            + "这就需要研究者深入企业和园区，听取企业家和基层干部的意见，而不是只看统计报表上的数字。"
            + "我希望有更多的朋友关心这个问题，把各地的做法和得失记录下来，为今后的政策制定提供参考。"
            + "产业的成长往往需要一二十年的时间，期间政策的连续性和稳定性，对企业的长期投资至关重要。"
            + "如果政策频繁变化，企业就难以形成稳定的预期，也就不敢在研发和人才上进行长期的投入。"
            + "再说人才。过去许多地方把招商引资放在第一位，却很少考虑企业来了以后到哪里去找工程师和技术工人。"
            + "近几年情况有了变化，不少城市开始与本地高校和职业院校合作，按照企业的需要设置专业和课程。"
            + "这种做法的好处是学生毕业后可以直接进入企业工作，企业也减少了培训的成本，双方都能得到实惠。"
            + "不过，职业教育的投入仍然不足，实训设备陈旧、教师缺少企业经历的问题，在很多地方依然存在。"
            + "还有融资。中小企业贷款难、贷款贵的问题说了很多年，各地也想了不少办法，比如设立担保基金。"
            + "从我们调查的情况看，担保基金确实帮助了一部分企业，但门槛偏高，真正急需资金的小企业往往够不着。"
            + "一些地方尝试用企业的专利、订单和应收账款作抵押，效果比较好，值得在更大的范围内试行。"
            + "最后是营商环境。企业家们谈得最多的，不是优惠政策的多少，而是办事是否方便、规则是否透明。"
            + "一位做精密零件的老板告诉我们，他最怕的不是竞争，而是政策说变就变，检查一来再来。"
            + "这些话朴素而实在，道出了政府与市场关系中最要紧的一点：守信用、讲规则，比给多少钱更重要。"
            + "总之，产业政策既要有长远的眼光，也要有务实的态度，既要尊重市场规律，也要发挥政府的作用。"
            + "这篇短文只是提出问题，远谈不上解决问题，希望能够引起读者的兴趣，也欢迎大家批评指正。"
            + "补记：文章写成以后，我把初稿寄给几位在园区工作的朋友，请他们提意见，他们提了不少中肯的看法。"
            + "一位朋友说，园区之间的竞争越来越激烈，有时候为了争一个项目，几个区县竞相压低地价，得不偿失。"
            + "另一位朋友认为，统计口径不统一，也让各地的成绩难以比较，容易出现虚报和重复计算的情况。"
            + "还有一位朋友提醒我，不要忽视服务业和制造业的融合，设计、检测、物流这些环节同样需要政策支持。"
            + "这些意见我都很赞同，限于篇幅，这里不能一一展开，只好留待以后另写文章再作讨论了。"
            + "最后要感谢接受我们访谈的企业家和干部，没有他们的坦诚相告，这篇文章是写不出来的。"
            + "文中的观点只代表作者个人，不代表任何机构；文中如有错误，也应当由作者本人负责。"
            + "本文初稿完成于去年冬天，今年春天又根据新的材料作了一些修改，特此说明。"
            + "附带说一句，文中引用的数字大多来自各地公开的统计公报和政府工作报告，少数来自我们的实地调查。"
            + "由于各地公布数据的时间和口径不同，文中的比较只能是大致的，读者引用时请注意核对原始出处。"
            + "调查期间，我们走访了十一个城市的二十多个园区，座谈了一百多家企业，收集了大量第一手的材料。"
            + "这些材料还没有全部整理出来，今后我们打算分专题陆续发表，也希望得到各方面的帮助和指教。"
            + "在调查中我们还发现，不少企业对政策的了解十分有限，很多扶持措施企业根本不知道，更谈不上申请。"
            + "这说明政策的宣传和解读工作还有很大的改进余地，政府部门应当主动上门，把政策讲清楚、讲明白。";

    /**
     * Main's jar, dev22 on zh-cwced page caee0a34 (seed 1): on a hard-wrapped page every article line is under the core's
     * 60 characters, so two long injected English adverts were the whole core: the topic was built from them alone, they
     * were "on topic" and on an English page, and 92 of the article's own lines were strangers to it and removed. The long
     * paragraphs are the core only when they hold a fifth of the page's text ({@link ArticleExtractor}'s core).
     */
    @Test
    void twoLongAdvertsAreNoHardWrappedPagesCore() throws Exception {
        List<String> wrapped = new ArrayList<>();
        for (int i = 0; i < ESSAY.length(); i += 36) wrapped.add(ESSAY.substring(i, Math.min(ESSAY.length(), i + 36)));
        String casino = "Sit down at a live baccarat table with real dealers streamed from our Macau studio, open day and night, "
                + "stakes from $2 a hand. Claim your seat tonight at Jade Dragon Live.";
        String report = "The city government said the new port handled 2.1 million containers this year top online casino in Macau "
                + "play now at royal88win . com and plans to expand the terminal by 2029.";
        String html = "<html><head><meta charset=\"utf-8\"><title>产业政策十年回顾</title></head><body><div class=\"text\"><p>"
                + String.join("<br>\n", wrapped) + "<br>\n" + report + "</p>\n<p>" + casino + "</p></div></body></html>";
        Article a = new ArticleExtractor().extract(new Fetched("http://mirror.example/essay.html", html.getBytes(StandardCharsets.UTF_8), Map.of()));
        String text = a.text();
        assertFalse(text.contains("Jade Dragon"), text);
        assertFalse(text.contains("royal88win"), text);
        int kept = 0;
        for (String line : wrapped) if (text.contains(line)) kept++;
        assertTrue(kept >= wrapped.size() - 1, kept + " of " + wrapped.size() + " lines kept:\n" + text);
    }

    /**
     * Main's jar: a reader's English comment telling of money made from home, with a site to go to, was kept: its words
     * are a comment's (the English model, its file left out, read it at 4.95, under the strong cut) and no call the shape
     * reads. The testimony's shape ({@link EnglishTestimony}: the writer or one of theirs, made or earned, an amount, a
     * day, week or month) is its claim; the address it gives and its script on a Chinese page do the rest.
     */
    @Test
    void anEnglishMoneyTestimonyWithAnAddressIsAnAdvert() {
        for (String line : List.of(
                "Love this post! Honestly I earned $3,200 in two weeks doing simple data entry from my couch, no experience required. Visit easycashdesk dot online to start.",
                "Nice read. My sister made $6,000 last month selling handmade soap online and says anyone can do it, see her story at handmadeprofits dot net.",
                "Thanks for sharing. I've been making about 250 dollars a day answering surveys on my phone, link in bio @cash_daily_jo")) {
            assertTrue(EnglishTestimony.points(line) > 0, line);
            assertTrue(caught(line, NOTICE), line);
        }
        // a quote in a report gives no address; a firm's year is no testimony; a site with no testimony
        for (String line : List.of(
                "\"I earned $500 a month in the factory back then,\" Mr Wang told reporters in Dongguan.",
                "We made $2 million in revenue last year, the company's founder said; see www.example-industries.com for the report.",
                "For details of the programme, see the ministry's website at www.miit.gov.cn.",
                "Contact the organising committee at info@expo2026.org for registration details.")) {
            assertFalse(caught(line, NOTICE), line);
        }
        assertEquals(0, EnglishTestimony.points("We made $2 million in revenue last year, the company's founder said."));
    }

    /**
     * Main's jar: a four- to six-character keyword line of a trade in either script (a private detective's 私家侦探调查) was
     * kept: the Han model read it at its strong cut (1.5), but it has too few bigrams for the topic's bands and offers no
     * papers ({@link BareOffers#chinese}), so nothing else added. At the strong cut its words are the trade, wherever
     * the trade ({@link BareOffers#byWords}). Headings of that length stay.
     */
    @Test
    void aShortKeywordLineOfATradeIsABareOffer() {
        for (String line : List.of("私家侦探调查", "婚外情調查取證", "私家偵探調查")) {
            assertTrue(caught(line, NOTICE), line);
        }
        // headings and labels stay; a related-reading label (推荐阅读, 6.00: adverts open with it) is under the line's cut
        for (String line : List.of("新闻发布会", "联系我们", "专精特新企业名单", "会议纪要", "中小企业", "附件下载", "推荐阅读", "推薦閱讀")) {
            assertFalse(caught(line, NOTICE), line);
        }
        assertFalse(BareOffers.byWords("私家侦探调查", BareOffers.BY_WORDS_CUT - 0.1));
        assertFalse(BareOffers.byWords("私家侦探调查，", BareOffers.BY_WORDS_CUT), "a sentence's mark: not a keyword line");
    }

    /**
     * Main's jar: a two-word English offer ("Buy Viagra") was kept: the English model reads runs of three words, and an
     * English bare offer asked a selling point (cheap, instant). A buying verb opening the line before a grey trade's
     * product is the offer ({@link BareOffers#english}); the pharmacy trade's products are grey trades now.
     */
    @Test
    void aBuyingVerbAndAGreyTradesProductIsAnOffer() {
        for (String line : List.of("Order Tramadol", "Buy Cialis Online", "Purchase Xanax")) {
            assertTrue(caught(line, NOTICE), line);
        }
        for (String line : List.of("Buy tickets", "Buy the book", "Order online", "Online betting remains illegal")) {
            assertFalse(caught(line, NOTICE), line);
        }
    }

    private static boolean caught(String line, List<String> page) {
        SpamDetector d = SpamDetector.standard();
        List<String> all = new ArrayList<>(page);
        all.add(line);
        Topic t = Topic.of(all);
        if (d.spamScore(line, t, true) >= SpamDetector.SPAM) return true;
        return d.withoutSpamAsides(line, () -> t, true) != null;
    }
}
