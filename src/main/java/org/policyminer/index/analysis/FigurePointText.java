package org.policyminer.index.analysis;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.index.Figures;

/**
 * One figure as the text value a Solr document carries to the figure point field ({@link FigurePointField}): year,
 * value, upper value, kind and cities, tab-separated. Kinds and cities are names from PolicyMiner's lexicons and never
 * hold a tab. Doubles are written as Java writes them, so they read back bit for bit and the points equal the local
 * index's. Used by the client (solr.SolrDocuments) and by the field type inside Solr, so the two cannot drift.
 */
public final class FigurePointText {
    private FigurePointText() {}

    /** The Solr field of figures that are neither threshold nor scale, and the field of those that are. */
    public static final String FIELD = "figure_pt", CLASS_FIELD = "figure_pt_class";

    private static final char SEP = '\t';

    /** The field a figure's value goes to: thresholds and scales apart, as in the local index. */
    public static String fieldOf(Figures.Values v) {
        return org.policyminer.doc.FigureKind.classBound(v.kind()) ? CLASS_FIELD : FIELD;
    }

    public static String format(Figures.Values v) {
        StringBuilder b = new StringBuilder();
        b.append(v.year()).append(SEP).append(v.value()).append(SEP).append(v.valueMax()).append(SEP)
                .append(v.kind() == null ? "" : v.kind());
        for (String c : v.cities()) b.append(SEP).append(c);
        return b.toString();
    }

    /** The figure a value holds; one clear message when it is not one. */
    public static Figures.Values parse(String s) {
        String[] p = s.split(String.valueOf(SEP), -1);
        if (p.length < 4) throw new IllegalArgumentException("not a figure value (year, value, upper value, kind, cities): " + s);
        try {
            List<String> cities = new ArrayList<>(p.length - 4);
            for (int i = 4; i < p.length; i++) cities.add(p[i]);
            return new Figures.Values(Integer.parseInt(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    p[3].isEmpty() ? null : p[3], cities);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a figure value (year, value, upper value, kind, cities): " + s, e);
        }
    }
}
