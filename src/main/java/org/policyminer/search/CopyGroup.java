package org.policyminer.search;

import java.util.List;

/**
 * An article's near-duplicate group as the index holds it: its id and its members, the canonical one first (official
 * source, spam-free, earliest, simplified: see {@code index.CopyRank}), each with where and when it was published.
 */
public record CopyGroup(String id, List<Member> members) {
    public CopyGroup {
        members = List.copyOf(members);
    }

    /** One copy: its article id, URL, title, source outlet, publication date, script and kind of source. */
    public record Member(String id, String url, String title, String source, String published, String script, String sourceKind,
                         boolean canonical) {}
}
