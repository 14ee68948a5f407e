package org.policyminer.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of {@code watch} output. {@code id} is stable for a given (source, article, content): a consumer that
 * sees the same id twice (only possible when the process died between printing a line and recording that it did)
 * can drop the repeat.
 *
 * @param event     new, copy (a new page that is a near duplicate of an indexed article), updated or error
 * @param published YYYY-MM-DD (or ISO-8601) from the page, else the listed date
 * @param alerts    ids of the saved searches the article matched
 * @param error     the cause, for error events only
 * @param copyOf    for copy events: the id of the indexed article the page copies ({@code /api/articles/{id}})
 * @param changes   for updated events: paragraphs added and removed, title and date before
 */
@JsonPropertyOrder({"event", "source", "url", "title", "published", "alerts", "id", "error", "copyOf", "changes"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchEvent(String event, String source, String url, String title, String published, List<String> alerts,
                         String id, String error, String copyOf, WatchChanges changes) {
    public static final String NEW = "new";
    public static final String COPY = "copy";
    public static final String UPDATED = "updated";
    public static final String ERROR = "error";

    public WatchEvent {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public WatchEvent(String event, String source, String url, String title, String published, List<String> alerts,
                      String id, String error) {
        this(event, source, url, title, published, alerts, id, error, null, null);
    }

    public static WatchEvent error(String source, String url, String cause) {
        return new WatchEvent(ERROR, source, url, null, null, List.of(), null, cause);
    }
}
