package org.policyminer.eval;

import java.util.List;
import org.policyminer.doc.Fetched;

/**
 * One evaluation page and its gold. Any gold part may be null when the dataset has none. {@code with}/
 * {@code without} are trafilatura-style segments that must / must not appear in the body; {@code spam} phrases
 * must appear in neither title nor body. Gold text is compared in simplified script.
 */
public record ExtractCase(String id, Fetched page, String goldText, String goldTitle, String goldDate,
                          List<String> with, List<String> without, List<String> spam) {
    public ExtractCase {
        with = with == null ? List.of() : List.copyOf(with);
        without = without == null ? List.of() : List.copyOf(without);
        spam = spam == null ? List.of() : List.copyOf(spam);
    }
}
