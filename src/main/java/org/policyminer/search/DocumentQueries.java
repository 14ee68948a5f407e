package org.policyminer.search;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.policyminer.document.DocumentNumbers;
import org.policyminer.index.DocumentRecordFields;

/** The document-record part of an article query: its filters, and the boost that puts a looked-up number first. */
final class DocumentQueries {
    private DocumentQueries() {}

    /**
     * A query that is a document number finds the document with that number first: the documents citing it match its
     * words as well, often more of them. The boost outweighs any text score.
     */
    static final float NUMBER_BOOST = 1000f;

    static void addFilters(BooleanQuery.Builder b, DocumentFilter d) {
        if (d == null || !d.isSet()) return;
        b.add(new TermQuery(new Term(DocumentRecordFields.IS_DOCUMENT, "1")), Occur.FILTER);
        if (d.number() != null) b.add(new PrefixQuery(new Term(DocumentRecordFields.NUMBER, d.number())), Occur.FILTER);
        if (d.issuer() != null) b.add(new TermQuery(new Term(DocumentRecordFields.ISSUER, d.issuer())), Occur.FILTER);
        if (d.type() != null) b.add(new TermQuery(new Term(DocumentRecordFields.TYPE, d.type())), Occur.FILTER);
        if (d.writtenFrom() != null || d.writtenTo() != null) {
            long lo = d.writtenFrom() == null ? Long.MIN_VALUE : d.writtenFrom().toEpochDay();
            long hi = d.writtenTo() == null ? Long.MAX_VALUE : d.writtenTo().toEpochDay();
            b.add(LongPoint.newRangeQuery(DocumentRecordFields.WRITTEN_DAY, lo, hi), Occur.FILTER);
        }
        if (d.cites() != null) b.add(new TermQuery(new Term(DocumentRecordFields.CITES, d.cites())), Occur.FILTER);
    }

    /** A word that is a document number also matches the document with that number (its number may be only in its table). */
    static org.apache.lucene.search.Query orNumber(org.apache.lucene.search.Query text, String word) {
        String n = DocumentNumbers.normalise(word);
        if (n == null) return text;
        return new BooleanQuery.Builder().add(text, Occur.SHOULD)
                .add(new TermQuery(new Term(DocumentRecordFields.NUMBER, n)), Occur.SHOULD).build();
    }

    static void boostNumbers(BooleanQuery.Builder b, ParsedQuery q) {
        for (List<String> group : q.required()) {
            for (String word : group) {
                String n = DocumentNumbers.normalise(word);
                if (n == null) continue;
                b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(DocumentRecordFields.NUMBER, n))), NUMBER_BOOST), Occur.SHOULD);
            }
        }
    }
}
