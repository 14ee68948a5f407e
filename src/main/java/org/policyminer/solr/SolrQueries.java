package org.policyminer.solr;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;
import org.policyminer.search.DocumentFilter;
import org.policyminer.search.Filters;

/**
 * The local index's filters as Solr filter queries. The figure filter holds year, amount range, kind (none named: no
 * threshold or scale) and city for one and the same figure, as the local index's five-dimensional point
 * ({@link org.policyminer.index.Figures.Filter}): by default through {@code {!pmfigure}}, that very point query over
 * the article's figure points; or as a block join over the figures' child documents ({@code {!parent}}).
 */
public final class SolrQueries {
    private SolrQueries() {}

    static final String ARTICLES = SolrDocuments.DOC_TYPE + ":" + SolrDocuments.ARTICLE;

    /**
     * How the figure filter asks "one and the same figure" of the collection; both hold the same articles
     * (FigurePointsOnSolrIT), their speeds are compared by {@code bench --solr} (docs/solr.md).
     */
    public enum FigureFilter {
        /** {@code {!parent}} over the figures' child documents: stock Solr only. */
        BLOCK_JOIN,
        /** {@code {!pmfigure}}: the local index's point query over the article's own figure points (the analysis jar). */
        POINTS;

        /** Points: faster than block join at p50 on 3 of 4 figure queries, as fast on the 4th (bench --solr, docs/solr.md). */
        public static final FigureFilter DEFAULT = POINTS;
    }

    /** Filter queries for the article filters, and the figure filter when there is one, the default way. */
    public static List<String> filterQueries(Filters f) {
        return filterQueries(f, FigureFilter.DEFAULT);
    }

    /** Filter queries for the article filters, and the figure filter when there is one, asked {@code how}. */
    public static List<String> filterQueries(Filters f, FigureFilter how) {
        List<String> out = new ArrayList<>();
        if (f.city() != null && !f.hasFigureFilter()) out.add(term(Fields.CITY, f.city()));
        if (f.province() != null) out.add(term(Fields.PROVINCE, f.province()));
        if (f.cluster() != null) out.add(term(Fields.CLUSTER, f.cluster()));
        if (f.source() != null) out.add(term(Fields.SOURCE, f.source()));
        if (f.from() != null || f.to() != null) {
            // either date, as in the local index (LuceneQueries): an official document is of the day it was written
            // as much as of the day it was published
            String range = ":[" + (f.from() == null ? "*" : f.from().toEpochDay()) + " TO " + (f.to() == null ? "*" : f.to().toEpochDay()) + "]";
            out.add(Fields.PUBLISHED_DAY + range + " OR " + DocumentRecordFields.WRITTEN_DAY + range);
        }
        if (f.hasFigureFilter()) out.add(how == FigureFilter.POINTS ? figurePointFilter(f) : figureFilter(f));
        documentFilters(out, f.document());
        return out;
    }

    /** The document-record filters, as the local index's (DocumentQueries): documents only, number a prefix. */
    private static void documentFilters(List<String> out, DocumentFilter d) {
        if (d == null || !d.isSet()) return;
        out.add(term(DocumentRecordFields.IS_DOCUMENT, "1"));
        // the prefix parser takes the rest of the string as it is: no escaping to get wrong
        if (d.number() != null) out.add("{!prefix f=" + DocumentRecordFields.NUMBER + "}" + d.number());
        if (d.issuer() != null) out.add(term(DocumentRecordFields.ISSUER, d.issuer()));
        if (d.type() != null) out.add(term(DocumentRecordFields.TYPE, d.type()));
        if (d.writtenFrom() != null || d.writtenTo() != null) {
            out.add(DocumentRecordFields.WRITTEN_DAY + ":[" + (d.writtenFrom() == null ? "*" : d.writtenFrom().toEpochDay()) + " TO "
                    + (d.writtenTo() == null ? "*" : d.writtenTo().toEpochDay()) + "]");
        }
        if (d.cites() != null) out.add(term(DocumentRecordFields.CITES, d.cites()));
    }

    /** Articles with a figure that passes the figure filters (and the city, when any figure filter is set). */
    public static String figureFilter(Filters f) {
        return "{!parent which=" + ARTICLES + "}" + figureConditions(f);
    }

    /**
     * Articles with a figure that passes the figure filters, through {@code {!pmfigure}}: the local index's point
     * query ({@link org.policyminer.index.Figures.Filter#query}) built inside Solr by the analysis jar's parser.
     */
    public static String figurePointFilter(Filters f) {
        StringBuilder q = new StringBuilder("{!pmfigure");
        if (f.year() != null) q.append(" year=").append(f.year().intValue());
        if (f.minAmount() != null) q.append(" min=").append(f.minAmount().doubleValue());
        if (f.maxAmount() != null) q.append(" max=").append(f.maxAmount().doubleValue());
        if (f.kind() != null) q.append(" kind=").append(localParam(f.kind()));
        if (f.city() != null && f.hasFigureFilter()) q.append(" city=").append(localParam(f.city()));
        return q.append('}').toString();
    }

    /** A local parameter's value, quoted: Solr reads backslash escapes inside the quotes. */
    static String localParam(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Figures (child documents) that pass the figure filters; no kind named: no threshold or scale. */
    static String figureConditions(Filters f) {
        StringBuilder child = new StringBuilder("+" + SolrDocuments.DOC_TYPE + ":" + SolrDocuments.FIGURE);
        if (f.year() != null) child.append(" +").append(SolrDocuments.FIGURE_YEAR).append(':').append(f.year().intValue());
        // at most maxAmount: the figure's value does not pass it; at least minAmount: its upper value reaches it
        if (f.maxAmount() != null) child.append(" +").append(SolrDocuments.FIGURE_VALUE).append(":[* TO ").append(f.maxAmount()).append(']');
        if (f.minAmount() != null) child.append(" +").append(SolrDocuments.FIGURE_VALUE_MAX).append(":[").append(f.minAmount()).append(" TO *]");
        if (f.kind() != null) child.append(" +").append(term(SolrDocuments.FIGURE_KIND, f.kind()));
        else child.append(" +").append(SolrDocuments.FIGURE_CLASS).append(":false");
        if (f.city() != null && f.hasFigureFilter()) child.append(" +").append(term(SolrDocuments.FIGURE_CITY, f.city()));
        return child.toString();
    }

    /** {@code field:"value"}, the value quoted: a string field takes it whole. */
    static String term(String field, String value) {
        return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
