package org.policyminer.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.policyminer.search.Filters;
import org.policyminer.search.InvalidQueryException;
import org.policyminer.search.ParsedQuery;
import org.policyminer.search.QueryLanguage;
import org.policyminer.util.Validate;

/**
 * A saved search: a query in the search language plus article filters. Figure filters typed in the query
 * ({@code year:2025 amount>=1000亿}) hold for one figure of the article, as in {@code search}: an article's figures
 * are points on the article itself, so a single article can be matched against them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedSearch(String id, String query, String city, String province, String cluster, String source,
                          String from, String to) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public SavedSearch {
        Validate.notNull(id, "id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("alert id '" + id + "' must be 1-64 letters, digits, '.', '_' or '-'");
        query = query == null ? "" : query.strip();
    }

    /** Parses the query and filters; a saved search must have one or the other. */
    public Compiled compile(UnaryOperator<String> simplify) {
        QueryLanguage lang = new QueryLanguage(simplify);
        ParsedQuery pq = lang.parse(query);
        Filters f = new Filters(city, province, cluster, source, date(from, "from"), date(to, "to"), null, null, null, null)
                .simplified(simplify).merge(pq.filters());
        if (pq.isEmpty() && f.equals(Filters.NONE)) throw new InvalidQueryException("alert '" + id + "' needs a query or a filter");
        return new Compiled(this, pq, f);
    }

    private static LocalDate date(String s, String name) {
        return s == null || s.isBlank() ? null : QueryLanguage.parseDate(s, name);
    }

    /** A saved search ready to match. */
    public record Compiled(SavedSearch search, ParsedQuery query, Filters filters) {}
}
