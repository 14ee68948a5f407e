package org.policyminer.search;

import java.time.LocalDate;

/**
 * Filters on the document record: {@code number} a prefix of the normalised 文号 (工信部联规〔2021〕 lists the series),
 * {@code issuer} and {@code type} exact, {@code writtenFrom}/{@code writtenTo} the 成文日期 range, {@code cites} a
 * number (or title) the document cites. Any set filter keeps official documents only.
 */
public record DocumentFilter(String number, String issuer, String type, LocalDate writtenFrom, LocalDate writtenTo, String cites) {
    public static final DocumentFilter NONE = new DocumentFilter(null, null, null, null, null, null);

    public DocumentFilter {
        if (writtenFrom != null && writtenTo != null && writtenFrom.isAfter(writtenTo)) {
            throw new InvalidQueryException("written from " + writtenFrom + " is after " + writtenTo);
        }
    }

    public boolean isSet() {
        return number != null || issuer != null || type != null || writtenFrom != null || writtenTo != null || cites != null;
    }

    public DocumentFilter withNumber(String v) {
        return new DocumentFilter(v, issuer, type, writtenFrom, writtenTo, cites);
    }

    public DocumentFilter withIssuer(String v) {
        return new DocumentFilter(number, v, type, writtenFrom, writtenTo, cites);
    }

    public DocumentFilter withType(String v) {
        return new DocumentFilter(number, issuer, v, writtenFrom, writtenTo, cites);
    }

    public DocumentFilter written(LocalDate from, LocalDate to) {
        return new DocumentFilter(number, issuer, type, from, to, cites);
    }

    public DocumentFilter withCites(String v) {
        return new DocumentFilter(number, issuer, type, writtenFrom, writtenTo, v);
    }

    /** This filter with {@code q}'s set values over its own. */
    DocumentFilter merge(DocumentFilter q) {
        if (q == null) return this;
        return new DocumentFilter(pick(q.number, number), pick(q.issuer, issuer), pick(q.type, type), pick(q.writtenFrom, writtenFrom),
                pick(q.writtenTo, writtenTo), pick(q.cites, cites));
    }

    DocumentFilter simplified(java.util.function.UnaryOperator<String> s) {
        return new DocumentFilter(conv(s, number), conv(s, issuer), conv(s, type), writtenFrom, writtenTo, conv(s, cites));
    }

    private static <T> T pick(T a, T b) {
        return a != null ? a : b;
    }

    private static String conv(java.util.function.UnaryOperator<String> s, String v) {
        return v == null ? null : s.apply(v.strip());
    }
}
