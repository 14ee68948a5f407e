package org.policyminer.doc;

/** A file the document links as an attachment: label (附件1), name (the anchor text), absolute URL and type (pdf, docx …). */
public record Attachment(String label, String name, String url, String type) {
    public Attachment {
        org.policyminer.util.Validate.notNull(url, "url");
    }
}
