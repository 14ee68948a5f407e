package org.policyminer.doc;

/**
 * A document the text refers to, by title and/or number (《标题》（文号）, 按照国发〔2018〕5号文件), with the relation
 * the sentence gives it. {@code start}/{@code end} are offsets of the reference into the article's text (the analysed
 * text: simplified title, newline, body; the same offsets in the original). Title and number in simplified script,
 * the number normalised (〔year〕, 号).
 */
public record Citation(String title, String number, Relation relation, int start, int end) {
    public Citation {
        Span.check(start, end);
        if (title == null && number == null) throw new IllegalArgumentException("a citation needs a title or a number");
        org.policyminer.util.Validate.notNull(relation, "relation");
    }

    /** What the citing document does to the cited one. */
    public enum Relation {
        REPEALS, IMPLEMENTS, BASIS, ISSUES, REPLIES, CITES;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
