package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.TargetRow;
import org.policyminer.testing.Docs;

/**
 * Class bounds and 级 labels (kinds threshold and scale) stay out of targets and figure filters unless the kind is asked
 * for: a 2025 + 南京市 + ≥5000亿 search must not match a page through 万亿级 or 营收超千亿元的集群达6个.
 */
class ClassFiguresIT {
    @TempDir Path dir;

    @BeforeEach
    void build() throws Exception {
        String title = "南京";
        String body = "南京市营收超5000亿元的企业达6个。南京市瞄准万亿级。南京市2025年产值达1000亿元。";
        int b = title.length() + 1;
        List<CityMention> cities = List.of(Docs.city("南京市", "江苏省", "320100", b));
        List<AmountMention> amounts = List.of(
                Docs.amount("5000亿元", b + body.indexOf("5000"), 5e11, 2025, "threshold", "南京市"),
                Docs.amount("万亿级", b + body.indexOf("万亿级"), 1e12, 2025, "scale", "南京市"),
                Docs.amount("1000亿元", b + body.indexOf("1000"), 1e11, 2025, "target", "南京市"));
        try (PolicyIndex idx = PolicyIndex.open(dir, false)) {
            idx.upsert(Docs.doc("https://example.gov.cn/nj.html", title, "2024-01-01", "来源", body, Docs.entities(List.of(), cities, amounts)));
            idx.commit();
        }
    }

    private static Filters filters(String city, Integer year, Double min, String kind) {
        return new Filters(city, null, null, null, null, null, year, min, null, kind);
    }

    @Test
    void targetsLeaveClassFiguresOutUnlessAsked() throws Exception {
        try (PolicySearcher s = PolicySearcher.open(dir)) {
            List<TargetRow> all = s.targets(SearchRequest.of("").withFilters(filters(null, null, null, null)));
            assertEquals(List.of("1000亿元"), all.stream().map(r -> r.amount().text()).toList());
            List<TargetRow> thresholds = s.targets(SearchRequest.of("").withFilters(filters(null, null, null, "threshold")));
            assertEquals(List.of("5000亿元"), thresholds.stream().map(r -> r.amount().text()).toList());
            List<TargetRow> scales = s.targets(SearchRequest.of("").withFilters(filters(null, null, null, "scale")));
            assertEquals(List.of("万亿级"), scales.stream().map(r -> r.amount().text()).toList());
        }
    }

    @Test
    void figureFiltersDoNotMatchThroughClassFigures() throws Exception {
        try (PolicySearcher s = PolicySearcher.open(dir)) {
            assertEquals(0, s.search(SearchRequest.of("").withFilters(filters("南京市", 2025, 5e11, null))).total());
            assertEquals(1, s.search(SearchRequest.of("").withFilters(filters("南京市", 2025, 1e11, null))).total());
            assertEquals(1, s.search(SearchRequest.of("").withFilters(filters("南京市", 2025, 5e11, "scale"))).total());
        }
    }
}
