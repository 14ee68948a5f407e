package org.policyminer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.policyminer.index.AttachmentFields;
import org.policyminer.index.Fields;
import org.policyminer.index.Figures;
import org.policyminer.index.analysis.PolicyAnalyzers;

/**
 * Builds Lucene queries from a parsed query, in code rather than with the classic QueryParser (which turns
 * 集群 into 集 OR 群). A word or phrase must match as a contiguous string in the bigram view (recall on words the
 * dictionary lacks); the word view adds score when it matches as whole words (precision). Title matches count
 * more than body matches.
 */
public final class LuceneQueries {
    static final float TITLE_BOOST = 3f;
    static final float WORDS_BOOST = 1.5f;
    static final float ATTACHMENT_BOOST = 0.5f;

    private final Analyzer bigrams = PolicyAnalyzers.bigrams();
    private final Analyzer words = PolicyAnalyzers.words();

    /** Article query: text clauses plus article filters plus the figure filter (one figure must pass it whole). */
    public Query articleQuery(ParsedQuery q, Filters f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // Every document is an article; the clause gives a query of filters or exclusions only something to match.
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
        for (List<String> group : q.required()) {
            if (group.size() == 1) {
                b.add(DocumentQueries.orNumber(text(group.get(0)), group.get(0)), Occur.MUST);
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                for (String alt : group) or.add(DocumentQueries.orNumber(text(alt), alt), Occur.SHOULD);
                b.add(or.build(), Occur.MUST);
            }
        }
        for (String ex : q.excluded()) b.add(contiguous(ex), Occur.MUST_NOT);
        addArticleFilters(b, f);
        if (f.hasFigureFilter()) b.add(figureFilter(f).query(), Occur.FILTER);
        DocumentQueries.addFilters(b, f.document());
        DocumentQueries.boostNumbers(b, q);
        return b.build();
    }

    /** What one figure must pass: the figure filters, and the city too when there are any (else it is the article's). */
    public static Figures.Filter figureFilter(Filters f) {
        return new Figures.Filter(f.year(), f.minAmount(), f.maxAmount(), f.kind(), f.hasFigureFilter() ? f.city() : null);
    }

    private void addArticleFilters(BooleanQuery.Builder b, Filters f) {
        if (f.city() != null && !f.hasFigureFilter()) b.add(new TermQuery(new Term(Fields.CITY, f.city())), Occur.FILTER);
        if (f.province() != null) b.add(new TermQuery(new Term(Fields.PROVINCE, f.province())), Occur.FILTER);
        if (f.cluster() != null) b.add(new TermQuery(new Term(Fields.CLUSTER, f.cluster())), Occur.FILTER);
        if (f.source() != null) b.add(new TermQuery(new Term(Fields.SOURCE, f.source())), Occur.FILTER);
        if (f.from() != null || f.to() != null) {
            long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            // either date: an official document is "of" the day it was written (成文日期) as much as the day it was
            // published (发布日期); an article without a written date has only its published day (written: narrows)
            b.add(new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(Fields.PUBLISHED_DAY, lo, hi), Occur.SHOULD)
                    .add(LongPoint.newRangeQuery(org.policyminer.index.DocumentRecordFields.WRITTEN_DAY, lo, hi), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
    }

    /**
     * One word or phrase: it must occur contiguously (the bigram view, as a filter: phrase scoring over every
     * match is what makes a query slow); whole-word matches in the body's word view give the first-pass score,
     * where term queries can skip non-competitive documents. Title matches are added to the top hits afterwards
     * ({@link #titleRescore}). A string the word view cannot express scores by its bigram phrase instead.
     */
    public Query text(String s) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(contiguous(s), Occur.FILTER);
        Query wb = words(Fields.BODY_WORDS, s);
        Query bb = phrase(bigrams, Fields.BODY, s);
        if (wb != null) b.add(wb, Occur.SHOULD);
        else if (bb != null) b.add(bb, Occur.SHOULD);
        // an article found through its attachment scores by the attachment's words, below the body's
        Query wa = words(AttachmentFields.WORDS, s);
        if (wa != null) b.add(new BoostQuery(wa, ATTACHMENT_BOOST), Occur.SHOULD);
        return b.build();
    }

    /**
     * The string's words in the word view, each scored on its own: the bigram filter already holds them together,
     * so a phrase here would check positions on every match a second time for nothing but the score.
     */
    Query words(String field, String s) {
        Query q = phrase(words, field, s);
        if (!(q instanceof PhraseQuery p)) return q;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        java.util.Set<Term> seen = new java.util.HashSet<>();
        for (Term t : p.getTerms()) if (seen.add(t)) b.add(new TermQuery(t), Occur.SHOULD);
        return b.build();
    }

    /** Second-pass score for the top hits: the query's words in the title, as written or as whole words. */
    public Query titleRescore(ParsedQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (List<String> g : q.required()) {
            for (String s : g) {
                Query bt = phrase(bigrams, Fields.TITLE, s);
                Query wt = phrase(words, Fields.TITLE_WORDS, s);
                if (bt != null) {
                    b.add(bt, Occur.SHOULD);
                    n++;
                }
                if (wt != null) {
                    b.add(new BoostQuery(wt, WORDS_BOOST), Occur.SHOULD);
                    n++;
                }
            }
        }
        return n == 0 ? null : b.build();
    }

    /** The bigram phrase in title or body: the string occurs as written (bar spacing and punctuation). */
    public Query contiguous(String s) {
        Query t = phrase(bigrams, Fields.TITLE, s);
        Query body = phrase(bigrams, Fields.BODY, s);
        if (t == null && body == null) return new MatchNoDocsQuery("no searchable characters in '" + s + "'");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (t != null) b.add(new BoostQuery(t, TITLE_BOOST), Occur.SHOULD);
        if (body != null) b.add(body, Occur.SHOULD);
        // the attachments' text, indexed under the article (AttachmentFields): an empty field on most articles
        Query att = phrase(bigrams, AttachmentFields.TEXT, s);
        if (att != null) b.add(att, Occur.SHOULD);
        return b.build();
    }

    /** The body-only form used to pick highlight terms. */
    public Query highlightTerms(ParsedQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<String> g : q.required()) for (String s : g) {
            Query p = phrase(bigrams, Fields.BODY, s);
            if (p != null) b.add(p, Occur.SHOULD);
        }
        return b.build();
    }

    static Query phrase(Analyzer a, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) return null;
        if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
        PhraseQuery.Builder pb = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) pb.add(new Term(field, terms.get(i)), positions.get(i));
        return pb.build();
    }
}
