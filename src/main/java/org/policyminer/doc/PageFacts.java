package org.policyminer.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page says about the document it carries, outside the article text: the labelled values of its metadata table
 * or list (索引号, 发文机关, 成文日期, 发文字号, 发布日期 … as the page labels them, label without spaces or colon, value
 * as written, in the page's own script), a document number a meta tag holds (MIIT's {@code Description}), and every
 * link to a file (PDF, Word, Excel, WPS …) with its anchor text. Read by extraction from the page it parses anyway, so
 * the document stage never parses the page again.
 *
 * <p>{@code headLines} and {@code tailLines} are the lines of the article's own block that the body leaves out: those
 * above its first paragraph (a catalogue's rows taken for spam, the number line joined to the title) and below its
 * last (a line after the signature), in page order, in the page's script. They are never part of the body: only the
 * document reader reads them, for a number or a written date the body no longer holds.
 */
public record PageFacts(Map<String, String> labelled, List<Link> fileLinks, List<String> headLines, List<String> tailLines) {
    public static final PageFacts NONE = new PageFacts(Map.of(), List.of());

    public PageFacts {
        labelled = labelled == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labelled));
        fileLinks = fileLinks == null ? List.of() : List.copyOf(fileLinks);
        headLines = headLines == null ? List.of() : List.copyOf(headLines);
        tailLines = tailLines == null ? List.of() : List.copyOf(tailLines);
    }

    /** Facts of a page whose body left none of its block's lines out. */
    public PageFacts(Map<String, String> labelled, List<Link> fileLinks) {
        this(labelled, fileLinks, List.of(), List.of());
    }

    /** These facts with the lines of the article's block the body leaves out above and below it. */
    public PageFacts withEdges(List<String> head, List<String> tail) {
        return new PageFacts(labelled, fileLinks, head, tail);
    }

    /** A link to a file: the anchor text, the absolute URL, and the text just before the list it is in (附件：). */
    public record Link(String text, String url, String label) {
        public Link {
            org.policyminer.util.Validate.notNull(url, "url");
            text = text == null ? "" : text;
            label = label == null ? "" : label;
        }
    }

    /** These facts with one more labelled value (a label the page already has keeps its value). */
    public PageFacts with(String label, String value) {
        if (value == null || value.isBlank() || labelled.containsKey(label)) return this;
        Map<String, String> more = new LinkedHashMap<>(labelled);
        more.put(label, value);
        return new PageFacts(more, fileLinks, headLines, tailLines);
    }

    /** The value under the first of {@code labels} the page has, or null. */
    public String first(String... labels) {
        for (String l : labels) {
            String v = labelled.get(l);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
