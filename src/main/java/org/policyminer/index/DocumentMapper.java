package org.policyminer.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.analysis.SegmentedText;
import org.policyminer.util.IsoDay;
import org.policyminer.util.Sentences;
import org.policyminer.util.Json;

/** Turns a processed {@link PolicyDoc} into its Lucene document, its monetary figures included. */
public final class DocumentMapper {
    /**
     * Body text: positions but no offsets in the postings: every phrase query reads these postings, and offsets
     * would slow each of them down; the highlighter re-analyses the ten stored bodies it shows instead (bigram
     * analysis runs at over ten million characters a second). The text is stored beside it ({@link StoredText}).
     */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    /**
     * The body's word view only scores (each query word on its own; phrases are matched in the bigram view), so it
     * keeps frequencies but no positions: a third of its postings that nothing reads.
     */
    private static final FieldType BODY_WORDS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        BODY_TYPE.freeze();
        BODY_WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        BODY_WORDS_TYPE.freeze();
    }

    private final FacetsConfig facets;
    private final org.policyminer.convert.ScriptConverter converter = new org.policyminer.convert.ScriptConverter();

    public DocumentMapper(FacetsConfig facets) {
        this.facets = facets;
    }

    /** The dimensions an article is counted under. */
    public static final List<String> FACET_DIMS = List.of(Fields.CITY, Fields.PROVINCE, Fields.CLUSTER, Fields.SOURCE, Fields.YEAR,
            DocumentRecordFields.ISSUER, DocumentRecordFields.TYPE);

    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : List.of(Fields.CITY, Fields.PROVINCE, Fields.CLUSTER, Fields.YEAR, DocumentRecordFields.ISSUER)) c.setMultiValued(dim, true);
        // No drill-down terms: filters match the dimension's own field (city:南京市), and the facet counts read the doc
        // values; the two terms Lucene would index per facet value (dim, dim/value) are a second copy nothing reads,
        // about 38 terms an article.
        for (String dim : FACET_DIMS) c.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        return c;
    }

    public Document document(PolicyDoc doc, String hash) throws java.io.IOException {
        return document(doc, doc.id(), hash, null);
    }

    /** The word views of an article's title and body, segmented ahead of its document ({@link SegmentedText}). */
    public record Words(SegmentedText title, SegmentedText body) {
        public static Words of(PolicyDoc doc) {
            return new Words(SegmentedText.of(doc.simplified().title()), SegmentedText.of(doc.simplified().text()));
        }
    }

    /**
     * The article's document, its figures included ({@link Figures}); {@code id} is a hash of its URL; {@code words}
     * its word views segmented ahead, or null to have the index's analyser segment them.
     */
    public Document document(PolicyDoc doc, String id, String hash, Words words) throws java.io.IOException {
        Entities e = doc.entities() == null ? Entities.EMPTY : doc.entities();
        StoredFigures figures = figures(doc);
        Document d = article(doc, id, e, hash, words);
        d.add(new StoredField(Fields.ENTITIES, figures.entities()));
        Figures.add(d, figures.values());
        return facets.build(d);
    }

    /**
     * An article's figures as a filter sees them (year, values, kind, the cities each belongs to) and its entities as
     * stored ({@link StoredEntities}), rows in the same order: shared with the SolrCloud backend, which holds the
     * figures as child documents.
     */
    public record StoredFigures(List<Figures.Values> values, org.apache.lucene.util.BytesRef entities) {}

    public static StoredFigures figures(PolicyDoc doc) {
        Entities e = doc.entities() == null ? Entities.EMPTY : doc.entities();
        String text = doc.analysedText();
        List<Figures.Values> figures = new ArrayList<>(e.amounts().size());
        List<StoredEntities.Row> rows = new ArrayList<>(e.amounts().size());
        Sentences sentences = e.amounts().isEmpty() ? null : new Sentences(text);
        FigureCities figureCities = e.amounts().isEmpty() ? null : new FigureCities(e, sentences);
        long points = 0;
        for (AmountMention a : e.amounts()) {
            List<String> cities = List.copyOf(figureCities.of(a));
            points += Math.max(1, cities.size());
            DocumentLimits.check("figure-city points", points, DocumentLimits.MAX_FIGURE_POINTS);
            figures.add(new Figures.Values(a.effectiveYear() == null ? 0 : a.effectiveYear(), a.value(),
                    a.valueMax() == null ? a.value() : a.valueMax(), a.kind(), cities));
            rows.add(StoredEntities.Row.of(sentences, a, cities));
        }
        return new StoredFigures(List.copyOf(figures), StoredEntities.encode(e, rows, doc.originalText()));
    }

    /** The facet values of an article (city, province, cluster, year), as the index counts them. */
    public record FacetValues(List<String> cities, List<String> provinces, List<String> clusters, List<String> years) {}

    public static FacetValues facetValues(PolicyDoc doc) {
        Entities e = doc.entities() == null ? Entities.EMPTY : doc.entities();
        Set<String> cities = new LinkedHashSet<>();
        Set<String> provinces = new LinkedHashSet<>();
        for (CityMention c : e.cities()) {
            cities.add(c.name());
            if (c.province() != null && !c.province().isBlank()) provinces.add(c.province());
        }
        for (ClusterMention c : e.clusters()) cities.addAll(c.cities());
        // a 名单 in an attachment names the cities and clusters the article is about
        for (org.policyminer.doc.AttachmentText a : doc.attachments()) {
            cities.addAll(a.cities());
            provinces.addAll(a.provinces());
        }
        Set<String> clusters = new LinkedHashSet<>();
        for (ClusterMention c : e.clusters()) clusters.add(c.name());
        for (org.policyminer.doc.AttachmentText a : doc.attachments()) clusters.addAll(a.clusters());
        Set<String> years = new LinkedHashSet<>();
        // A class bound (营收超千亿元的集群达6个) or a 级 label is no figure of the article's subject: no year facet from it.
        for (AmountMention a : e.amounts()) if (a.effectiveYear() != null && !a.classBound()) years.add(String.valueOf(a.effectiveYear()));
        return new FacetValues(List.copyOf(cities), List.copyOf(provinces), List.copyOf(clusters), List.copyOf(years));
    }

    private Document article(PolicyDoc doc, String id, Entities e, String hash, Words words) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new StringField(Fields.URL, doc.url(), Field.Store.YES));
        d.add(new TextField(Fields.TITLE, doc.simplified().title(), Field.Store.YES));
        d.add(words == null ? new TextField(Fields.TITLE_WORDS, doc.simplified().title(), Field.Store.NO)
                : new TextField(Fields.TITLE_WORDS, words.title().tokens()));
        d.add(new Field(Fields.BODY, doc.simplified().text(), BODY_TYPE));
        d.add(StoredText.of(Fields.BODY, doc.simplified().text()));
        d.add(words == null ? new Field(Fields.BODY_WORDS, doc.simplified().text(), BODY_WORDS_TYPE)
                : new Field(Fields.BODY_WORDS, words.body().tokens(), BODY_WORDS_TYPE));
        // The original script is stored only where it differs: most pages are simplified already.
        if (!doc.article().title().equals(doc.simplified().title())) d.add(new StoredField(Fields.ORIGINAL_TITLE, doc.article().title()));
        if (!doc.article().text().equals(doc.simplified().text())) d.add(StoredText.of(Fields.ORIGINAL_BODY, doc.article().text()));
        d.add(new StoredField(Fields.SCRIPT, doc.simplified().script().label()));
        d.add(new StoredField(Fields.HASH, hash));
        d.add(new StoredField(Fields.INDEXED_AT, java.time.Instant.now().toString()));
        d.add(StoredText.of(Fields.REMOVED_JSON, Json.write(doc.article().removed())));
        String published = doc.article().published();
        if (published != null) {
            d.add(new StoredField(Fields.PUBLISHED, published));
            LocalDate day = IsoDay.of(published);
            if (day != null) {
                d.add(new LongPoint(Fields.PUBLISHED_DAY, day.toEpochDay()));
                d.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, day.toEpochDay()));
            }
        }
        String source = doc.article().source();
        if (source != null && !source.isBlank()) {
            // Sources are facets: 人民日報 and 人民日报 must count as one.
            String s = converter.toSimplified(source.strip());
            d.add(new StringField(Fields.SOURCE, s, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.SOURCE, s));
        }
        FacetValues facetValues = facetValues(doc);
        for (String c : facetValues.cities()) addFacet(d, Fields.CITY, c);
        for (String p : facetValues.provinces()) addFacet(d, Fields.PROVINCE, p);
        for (String c : facetValues.clusters()) addFacet(d, Fields.CLUSTER, c);
        for (String y : facetValues.years()) addFacet(d, Fields.YEAR, y);
        DocumentRecordFields.add(d, doc.document());
        AttachmentFields.add(d, doc.attachments());
        return d;
    }

    private static void addFacet(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

}
