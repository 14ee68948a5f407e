package org.policyminer.index.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.solr.common.SolrException;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.search.QParser;
import org.apache.solr.uninverting.UninvertingReader;
import org.policyminer.index.Figures;

/**
 * A Solr field type holding each figure of an article as the local index's five-dimensional point (year, value,
 * upper value, kind, city), on the article itself: {@link Figures#points} makes them, so the collection holds the
 * very points PolicyMiner's own index does. Each value is one figure ({@link FigurePointText}); the field is indexed
 * only, queried through {@code {!pmfigure}} ({@link FigureQParserPlugin}). Solr's schema has no point field of more
 * than one dimension, hence a type of our own.
 */
public final class FigurePointField extends FieldType {
    @Override
    public List<IndexableField> createFields(SchemaField field, Object value) {
        Figures.Values v;
        try {
            v = FigurePointText.parse(value.toString());
        } catch (IllegalArgumentException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "field " + field.getName() + ": " + e.getMessage());
        }
        return new ArrayList<>(Figures.points(field.getName(), v));
    }

    @Override
    public IndexableField createField(SchemaField field, Object value) {
        throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, "field " + field.getName() + ": a figure makes several points");
    }

    @Override
    public Query getFieldQuery(QParser parser, SchemaField field, String externalVal) {
        throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
                "field " + field.getName() + " is queried with {!pmfigure year=… min=… max=… kind=… city=…}, not by value");
    }

    @Override
    public Query getRangeQuery(QParser parser, SchemaField field, String part1, String part2, boolean minInclusive, boolean maxInclusive) {
        return getFieldQuery(parser, field, part1);
    }

    @Override
    public SortField getSortField(SchemaField field, boolean top) {
        throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "field " + field.getName() + " cannot be sorted on");
    }

    @Override
    public UninvertingReader.Type getUninversionType(SchemaField sf) {
        return null;
    }

    @Override
    public void write(TextResponseWriter writer, String name, IndexableField f) {
        // indexed only: nothing is stored to write
    }
}
