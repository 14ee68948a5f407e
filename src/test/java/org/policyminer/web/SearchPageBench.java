package org.policyminer.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.PolicyIndex;
import org.policyminer.search.PolicySearcher;

/**
 * Manual benchmark, never part of the build: how long the search page takes to render from the API at
 * {@code -Dbench.docs} (default 100 000) synthetic articles. Prints timings, asserts nothing.
 *
 * <pre>mvn -B -o test -Dtest=SearchPageBench -Dpolicyminer.bench=true [-Dbench.docs=100000] [-Dbench.index=target/bench-index]</pre>
 *
 * The index is kept between runs (building 100 000 documents takes a few minutes).
 */
@EnabledIfSystemProperty(named = "policyminer.bench", matches = "true")
class SearchPageBench {
    static final String[] CITIES = {"上海", "南京", "苏州", "无锡", "深圳", "广州", "杭州", "合肥", "成都", "武汉", "西安", "青岛"};
    static final String[] CITY_NAMES = {"上海市", "南京市", "苏州市", "无锡市", "深圳市", "广州市", "杭州市", "合肥市", "成都市", "武汉市", "西安市", "青岛市"};
    static final String[] PROVINCES = {"上海市", "江苏省", "江苏省", "江苏省", "广东省", "广东省", "浙江省", "安徽省", "四川省", "湖北省", "陕西省", "山东省"};
    static final String[] INDUSTRIES = {"集成电路", "生物医药", "新能源汽车", "智能装备", "新材料", "物联网", "软件和信息服务", "高端医疗器械"};
    static final String[] SOURCES = {"经济日报", "新华网", "人民日报", "工业和信息化部", "中国电子报"};

    @Test
    void searchPageRenderTime() throws Exception {
        int docs = Integer.getInteger("bench.docs", 100_000);
        Path dir = Path.of(System.getProperty("bench.index", "target/bench-index-" + docs));
        if (!Files.isDirectory(dir)) build(dir, docs);
        Browser.assumeInstalled();
        try (PolicySearcher s = PolicySearcher.open(dir);
             WebServer server = WebServer.start(s, WebConfig.defaults().withPort(0));
             Browser browser = Browser.start()) {
            System.out.printf("index %s: %d articles%n", dir, s.count());
            HttpClient http = HttpClient.newHttpClient();
            List<String> queries = List.of("集成电路", "集成電路 city:苏州市", "新能源汽车 year:2025", "智能装备 -物联网", "");
            for (String q : queries) {
                org.policyminer.search.SearchRequest req = org.policyminer.search.SearchRequest.of(q).sortedBy(q.isEmpty() ? org.policyminer.search.SortOrder.DATE : org.policyminer.search.SortOrder.RELEVANCE);
                for (int i = 0; i < 5; i++) s.search(req);
                double[] t = new double[30];
                for (int i = 0; i < t.length; i++) {
                    long t0 = System.nanoTime();
                    s.search(req);
                    t[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(t);
                System.out.printf("SEARCHER %-19s p50 %6.1f ms  p90 %6.1f ms  max %6.1f ms  (PolicySearcher.search, no HTTP)%n", "'" + q + "'", t[15], t[27], t[29]);
            }
            for (String q : queries) {
                URI api = server.uri().resolve("api/search?limit=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                for (int i = 0; i < 5; i++) http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.discarding());
                double[] t = new double[30];
                for (int i = 0; i < t.length; i++) {
                    long t0 = System.nanoTime();
                    http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString());
                    t[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(t);
                System.out.printf("API   %-22s p50 %6.1f ms  p90 %6.1f ms  max %6.1f ms%n", "'" + q + "'", t[15], t[27], t[29]);
            }
            for (String q : queries) {
                String page = server.uri() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                if (Boolean.getBoolean("bench.apiOnly")) continue;
                browser.open(page); // warm-up: JIT, caches, the browser's asset cache
                List<Double> ms = new ArrayList<>();
                List<Double> fromApi = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    browser.open(page);
                    org.openqa.selenium.WebElement body = browser.driver.findElement(org.openqa.selenium.By.tagName("body"));
                    ms.add(Double.parseDouble(body.getAttribute("data-render-ms")));
                    fromApi.add(Double.parseDouble(body.getAttribute("data-api-render-ms")));
                }
                ms.sort(Double::compare);
                fromApi.sort(Double::compare);
                System.out.printf("PAGE  %-22s API call → drawn: p50 %6.1f ms  p90 %6.1f ms | navigation start → drawn: p50 %6.1f ms  p90 %6.1f ms%n",
                        "'" + q + "'", fromApi.get(5), fromApi.get(8), ms.get(5), ms.get(8));
            }
        }
    }

    static void build(Path dir, int n) throws Exception {
        Random rnd = new Random(42);
        long t0 = System.nanoTime();
        try (PolicyIndex idx = PolicyIndex.open(dir, true)) {
            for (int i = 0; i < n; i++) {
                int c = rnd.nextInt(CITIES.length);
                String industry = INDUSTRIES[rnd.nextInt(INDUSTRIES.length)];
                int year = 2021 + rnd.nextInt(10);
                int amount = 100 + rnd.nextInt(9000);
                String title = CITIES[c] + industry + "产业发展情况通报（第" + i + "期）";
                String body = CITIES[c] + industry + "集群加快发展，到" + year + "年产值突破" + amount + "亿元。\n"
                        + "全市" + INDUSTRIES[rnd.nextInt(INDUSTRIES.length)] + "企业数量持续增长，重点项目建设有序推进，营商环境不断优化。\n"
                        + "下一步将围绕产业链供应链稳定，强化创新平台建设，推动" + INDUSTRIES[rnd.nextInt(INDUSTRIES.length)] + "与实体经济深度融合。";
                String published = String.format("20%02d-%02d-%02d", 15 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                TestCorpus.Builder b = new TestCorpus.Builder("https://bench.example.cn/" + i + ".html", title, body, published,
                        SOURCES[rnd.nextInt(SOURCES.length)], List.of());
                String cluster = CITY_NAMES[c] + industry + "集群";
                b.cluster(CITIES[c] + industry + "集群", cluster, List.of(CITY_NAMES[c]), rnd.nextInt(4) == 0);
                b.city(CITIES[c], CITY_NAMES[c], PROVINCES[c], "000000");
                b.amount(amount + "亿元", amount * 1e8, year, "产值", "突破", "target", cluster);
                PolicyDoc d = b.build();
                idx.upsert(d);
                if (i % 20_000 == 19_999) {
                    idx.commit();
                    System.out.printf("  %d documents, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
            idx.commit();
        }
        System.out.printf("built %d documents in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
}
