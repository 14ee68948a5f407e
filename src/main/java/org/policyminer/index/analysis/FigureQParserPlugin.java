package org.policyminer.index.analysis;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.policyminer.index.Figures;

/**
 * {@code {!pmfigure year=2025 min=1e11 max=… kind=… city=…}}: articles with one figure that passes every part given,
 * as the local index's point query ({@link Figures.Filter#query(String, String)}) over the points of
 * {@link FigurePointField}. No kind named: no threshold or scale, as there. {@code f} and {@code classF} name other
 * fields than {@value FigurePointText#FIELD} and {@value FigurePointText#CLASS_FIELD}.
 */
public final class FigureQParserPlugin extends QParserPlugin {
    public static final String NAME = "pmfigure";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                SolrParams p = localParams == null ? params : localParams;
                try {
                    String year = p.get("year");
                    String min = p.get("min");
                    String max = p.get("max");
                    Figures.Filter f = new Figures.Filter(year == null ? null : Integer.valueOf(year),
                            min == null ? null : Double.valueOf(min), max == null ? null : Double.valueOf(max),
                            p.get("kind"), p.get("city"));
                    return f.query(p.get("f", FigurePointText.FIELD), p.get("classF", FigurePointText.CLASS_FIELD));
                } catch (NumberFormatException e) {
                    throw new SyntaxError("pmfigure: year, min and max are numbers: " + e.getMessage());
                }
            }
        };
    }
}
