package org.policyminer.doc;

import java.util.List;

/**
 * What was read from one linked attachment ({@link Attachment}): its text in the file's own script and simplified, the
 * rows of its tables (a spreadsheet's rows, a PDF 名单's lines of cells; simplified), the city and cluster names found
 * in it, or the one-line reason it could not be read ({@code error}: robots.txt, too large, encrypted, corrupt …).
 * An attachment with an error has no text; the link itself stays in the document record.
 */
public record AttachmentText(String url, String name, String type, String text, String simplified, List<List<String>> rows,
                             List<String> cities, List<String> provinces, List<String> clusters, String error) {
    public AttachmentText {
        org.policyminer.util.Validate.notNull(url, "url");
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        cities = cities == null ? List.of() : List.copyOf(cities);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
    }

    /** An attachment that could not be read, with the reason. */
    public static AttachmentText failed(Attachment a, String error) {
        return new AttachmentText(a.url(), a.name(), a.type(), null, null, List.of(), List.of(), List.of(), List.of(), error);
    }

    public boolean readable() {
        return error == null && simplified != null;
    }
}
