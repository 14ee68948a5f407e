package org.policyminer.web;

import org.policyminer.doc.FigureKind;

import java.time.LocalDate;
import java.util.Set;
import org.policyminer.search.AmountValue;
import org.policyminer.search.Filters;
import org.policyminer.search.QueryLanguage;

/**
 * The filters of search and targets as query parameters, named like the CLI options and the {@code --jsonl} batch
 * fields: city, province, cluster, source, from, to, year, minAmount, maxAmount, kind. Parsing reuses the
 * search package's own parsers, so a bad value gets the same message as on the command line.
 */
final class FilterParams {
    static final Set<String> NAMES = Set.of("city", "province", "cluster", "source", "from", "to", "year", "minAmount", "maxAmount", "kind",
            "number", "issuer", "type", "written", "cites");

    private FilterParams() {}

    static Filters from(QueryParams p) {
        String kind = p.get("kind");
        if (kind != null) {
            try {
                FigureKind.of(kind);
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest(e.getMessage());
            }
        }
        LocalDate from = p.get("from") == null ? null : QueryLanguage.parseDate(p.get("from"), "from");
        LocalDate to = p.get("to") == null ? null : QueryLanguage.parseDate(p.get("to"), "to");
        Integer year = p.get("year") == null ? null : QueryLanguage.parseYear(p.get("year"));
        Double min = p.get("minAmount") == null ? null : AmountValue.parse(p.get("minAmount"));
        Double max = p.get("maxAmount") == null ? null : AmountValue.parse(p.get("maxAmount"));
        return new Filters(p.get("city"), p.get("province"), p.get("cluster"), p.get("source"), from, to, year, min, max, kind,
                QueryLanguage.documentFilter(p.get("number"), p.get("issuer"), p.get("type"), p.get("written"), p.get("cites")));
    }

    /** {@code names} plus the filter names: the parameters a filtered resource accepts. */
    static Set<String> plus(String... names) {
        Set<String> s = new java.util.HashSet<>(NAMES);
        s.addAll(Set.of(names));
        return Set.copyOf(s);
    }
}
