package org.policyminer.cli;

import java.util.Map;
import org.policyminer.search.Filters;

/** The judged queries' filters as {@code eval search} reads them, for tests outside this package. */
public final class FilterOptionsAccess {
    private FilterOptionsAccess() {}

    public static Filters of(Map<String, String> f) {
        return EvalSearchCommand.filters(f);
    }
}
