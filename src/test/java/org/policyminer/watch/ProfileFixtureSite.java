package org.policyminer.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback copy of one provincial or national site for a profile's fixture test: list pages written in the shape
 * that site serves (src/test/resources/profile-sites/NAME/, routed by routes.json: "path" or "path?k=v&…", the most
 * specific route whose parameters the request carries wins), and an article page for every link those lists hold.
 * Tests swap a list page for a redesigned one to see the profile stop matching.
 */
final class ProfileFixtureSite implements AutoCloseable {
    private static final String[] SENTENCES = {
        "各有关单位要高度重视，加强组织领导，确保各项工作任务落到实处。",
        "申报单位应当在规定时间内通过管理平台提交材料，逾期不予受理。",
        "支持企业加大技术改造投入，推动制造业高端化、智能化、绿色化发展。",
        "对认定的示范项目给予不超过300万元的一次性奖励。",
        "各市主管部门负责本地区的组织推荐工作，并对申报材料的真实性进行审核。",
        "到2027年，培育一批具有核心竞争力的优质企业和产业集群。",
        "工作中如有问题，请及时与联系人沟通，联系电话见附件。",
        "加快推进工业互联网平台建设，促进数字技术与实体经济深度融合。",
    };

    private final String site;
    private final HttpServer server;
    private final Map<String, String> routes = new LinkedHashMap<>();
    private final Map<String, String> replaced = new ConcurrentHashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();

    private ProfileFixtureSite(String site) throws IOException {
        this.site = site;
        routes.putAll(new ObjectMapper().readValue(resource("routes.json"), new TypeReference<LinkedHashMap<String, String>>() {}));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static ProfileFixtureSite start(String site) throws IOException {
        return new ProfileFixtureSite(site);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on the route serves this page instead (a redesign, a column that moved). */
    void replace(String route, String body) {
        replaced.put(route, body);
    }

    String file(String name) {
        return resource(name);
    }

    private String resource(String name) {
        try (InputStream in = ProfileFixtureSite.class.getResourceAsStream("/profile-sites/" + site + "/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /profile-sites/" + site + "/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            log.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
                return;
            }
            String route = route(path, query);
            if (route != null) {
                String name = routes.get(route);
                String body = replaced.containsKey(route) ? replaced.get(route) : resource(name);
                String type = name.endsWith(".json") ? "application/json;charset=UTF-8"
                        : name.endsWith(".xml") ? "text/xml;charset=UTF-8" : "text/html; charset=utf-8";
                send(ex, 200, type, body);
                return;
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.matches(".+\\.s?html?") && routes.values().stream().anyMatch(f -> resource(f).contains(last))) {
                send(ex, 200, "text/html; charset=utf-8", article(path));
                return;
            }
            send(ex, 404, "text/html", "<html><body>404 页面不存在</body></html>");
        } finally {
            ex.close();
        }
    }

    /** The most specific route for this request: same path, every parameter of the route present in the query. */
    private String route(String path, String query) {
        List<String> params = query == null ? List.of() : Arrays.asList(query.split("&"));
        String best = null;
        int bestCount = -1;
        for (String r : routes.keySet()) {
            int q = r.indexOf('?');
            String rPath = q < 0 ? r : r.substring(0, q);
            if (!rPath.equals(path)) continue;
            List<String> need = q < 0 ? List.of() : Arrays.asList(r.substring(q + 1).split("&"));
            if (!params.containsAll(need)) continue;
            if (need.size() > bestCount) {
                best = r;
                bestCount = need.size();
            }
        }
        return best;
    }

    /** A government article page: its own title and paragraphs, different for every path. */
    private static String article(String path) {
        int h = Math.abs(path.hashCode());
        String id = path.replaceAll("\\D+", "");
        String title = "关于做好第" + id.substring(Math.max(0, id.length() - 6)) + "号工作事项的通知";
        StringBuilder p = new StringBuilder();
        p.append("<p>各市工业和信息化主管部门，有关单位：</p>\n");
        for (int i = 0; i < 4; i++) p.append("<p>").append(SENTENCES[(h + i * 3) % SENTENCES.length]).append("</p>\n");
        p.append("<p>").append(ownWords(path)).append("</p>\n");
        p.append("<p>本通知所涉事项编号为").append(id).append("，自印发之日起施行。</p>\n");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"ArticleTitle\" content=\"" + title + "\"><meta name=\"PubDate\" content=\"2026-05-18 10:00\"></head><body>"
                + "<div class=\"header\"><a href=\"/\">首页</a></div><div class=\"article\"><h1>" + title + "</h1>"
                + "<div class=\"info\">发布时间：2026-05-18 10:00　来源：办公室</div><div class=\"article_zoom\" id=\"zoom\">" + p
                + "</div></div><div class=\"footer\">版权所有 主办单位</div></body></html>";
    }

    private static final String POOL = "发展产业企业工作建设推进创新技术服务管理项目资金市场质量安全能力体系平台数据标准应用规划政策支持重点领域协同"
            + "数字智能绿色制造装备材料能源交通港口园区人才培训金融税收土地环境监测统计审核评估考核监督组织保障落实";

    /**
     * About 300 characters that only this page says: the pages of one fixture share their stock sentences, and without a
     * text of their own the index would rightly group them as near duplicates of one another.
     */
    private static String ownWords(String path) {
        java.util.Random r = new java.util.Random(path.hashCode());
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 300; i++) b.append(i % 24 == 0 ? '，' : POOL.charAt(r.nextInt(POOL.length())));
        return b.append('。').toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
