package org.policyminer.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit changed, for {@code updated} events: paragraphs added (their text) and removed (the opening of each, as
 * the state remembers it), and the title or date before, when they changed.
 */
@JsonPropertyOrder({"paragraphsAdded", "paragraphsRemoved", "titleBefore", "publishedBefore"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WatchChanges(List<String> paragraphsAdded, List<String> paragraphsRemoved, String titleBefore, String publishedBefore) {
    /** Characters of a paragraph kept in the state, after its fingerprint, to show what was removed. */
    static final int OPENING = 40;

    public WatchChanges {
        paragraphsAdded = paragraphsAdded == null ? List.of() : List.copyOf(paragraphsAdded);
        paragraphsRemoved = paragraphsRemoved == null ? List.of() : List.copyOf(paragraphsRemoved);
    }

    /** "fingerprint opening…" of a paragraph: what the state keeps of each (a month of articles stays small). */
    static String remembered(String paragraph) {
        String p = paragraph.strip();
        String fp = Integer.toHexString(p.hashCode()) + Integer.toHexString(p.length());
        return fp + " " + (p.length() > OPENING ? p.substring(0, OPENING) + "…" : p);
    }

    static List<String> remembered(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) if (!p.isBlank()) out.add(remembered(p));
        return out;
    }

    /** The changes from what the state remembers to the new page; {@code before} may be null (an older state file). */
    static WatchChanges between(List<String> before, String titleBefore, String publishedBefore,
                                List<String> after, String title, String published) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (before != null) {
            Set<String> old = new HashSet<>(before);
            Set<String> now = new HashSet<>();
            for (String p : after) {
                if (p.isBlank()) continue;
                String r = remembered(p);
                now.add(r);
                if (!old.contains(r)) added.add(p.strip());
            }
            for (String r : before) if (!now.contains(r)) removed.add(r.substring(r.indexOf(' ') + 1));
        }
        return new WatchChanges(added, removed, Objects.equals(titleBefore, title) ? null : titleBefore,
                Objects.equals(publishedBefore, published) ? null : publishedBefore);
    }
}
