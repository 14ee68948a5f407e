package org.policyminer.watch;

import org.policyminer.util.Validate;

/**
 * One row of a source's list: what the list says about an article before we fetch it.
 *
 * @param key     the stable identity of the article within its source (MIIT: the 32-hex id in the URL, since one
 *                article can be listed under several column paths; elsewhere the URL or feed guid)
 * @param url     absolute URL of the article page
 * @param title   title as listed (may be truncated by the site; the page's own title wins once fetched)
 * @param listed  listed date, YYYY-MM-DD, or null
 * @param column  the column (or feed) it was listed in, for provenance
 * @param referer the list page a browser would have come from (sent as Referer), or null
 */
public record ListedItem(String key, String url, String title, String listed, String column, String referer) {
    public ListedItem {
        Validate.notNull(key, "key");
        Validate.notNull(url, "url");
    }
}
