package org.policyminer.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.policyminer.fetch.FetchException;

/**
 * MIIT columns. For each column: fetch the shell, read its loader, then ask the unit API for pages 1, 2, … until
 * a page is empty, a page holds an item seen before, or {@code maxPages} is reached (a politeness bound for the
 * first run against a column with thousands of rows).
 */
public final class MiitSource implements WatchSource {
    public static final String DEFAULT_BASE = "https://www.miit.gov.cn";
    /** The policy columns: 通知, 公告, 意见, 政策解读, 司局动态, 时政要闻. */
    public static final List<String> DEFAULT_COLUMNS = List.of(
            "/zwgk/zcwj/wjfb/tz/", "/zwgk/zcwj/wjfb/gg/", "/zwgk/zcwj/wjfb/yj/",
            "/zwgk/zcjd/", "/xwfb/gxdt/sjdt/", "/xwfb/szyw/");

    private final SiteClient client;
    private final UnitApi api;
    private final String base;
    private final List<String> columns;
    private final int maxPages;

    public MiitSource(SiteClient client, String base, List<String> columns, int maxPages) {
        this.client = client;
        this.api = new UnitApi(client);
        this.base = base == null ? DEFAULT_BASE : base;
        this.columns = columns == null || columns.isEmpty() ? DEFAULT_COLUMNS : List.copyOf(columns);
        this.maxPages = Math.max(1, maxPages);
    }

    @Override
    public String name() {
        return "miit";
    }

    /** {@code /zwgk/zcjd/} → {@code <base>/zwgk/zcjd/index.html}; a path naming a file is kept. */
    String columnUrl(String column) {
        String path = column.startsWith("/") || column.startsWith("http") ? column : "/" + column;
        if (path.endsWith("/")) path += "index.html";
        return URI.create(base).resolve(path).toString();
    }

    @Override
    public Listing list(Predicate<ListedItem> known) throws InterruptedException {
        return list(known, java.util.Map.of());
    }

    @Override
    public Listing list(Predicate<ListedItem> known, java.util.Map<String, Integer> atLeast) throws InterruptedException {
        List<ListedItem> items = new ArrayList<>();
        List<Listing.Problem> problems = new ArrayList<>();
        List<Listing.Column> read = new ArrayList<>();
        for (String column : columns) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            String columnUrl = columnUrl(column);
            ColumnShell shell;
            try {
                // The shell page is the Referer a browser sends, and fetching it first is what a browser does.
                byte[] html = client.get(columnUrl, null).page().body();
                shell = ColumnShell.require(new String(html, StandardCharsets.UTF_8), columnUrl);
            } catch (FetchException e) {
                problems.add(Listing.Problem.of(columnUrl, e.getMessage(), e));
                continue;
            }
            int resume = atLeast.getOrDefault(columnUrl, 0);
            List<String> keys = new ArrayList<>();
            int pages = 0;
            boolean complete = true;
            for (int page = 1; page <= maxPages; page++) {
                pages = page;
                List<ListedItem> rows;
                try {
                    rows = api.page(base, columnUrl, shell, page);
                } catch (FetchException e) {
                    problems.add(Listing.Problem.of(UnitApi.pageUrl(base, shell, page), e.getMessage(), e));
                    complete = false;
                    break;
                }
                if (rows.isEmpty()) break;
                items.addAll(rows);
                for (ListedItem r : rows) keys.add(r.key());
                // a seen item means older pages were listed before, unless an unfinished poll listed further
                if (page >= resume && rows.stream().anyMatch(known)) break;
            }
            read.add(new Listing.Column(columnUrl, Math.max(pages, resume), keys, complete));
        }
        return new Listing(items, problems, read);
    }
}
