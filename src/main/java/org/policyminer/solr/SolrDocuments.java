package org.policyminer.solr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrInputDocument;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.AttachmentText;
import org.policyminer.doc.Citation;
import org.policyminer.doc.FigureKind;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.index.AttachmentFields;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.Fields;
import org.policyminer.index.Figures;
import org.policyminer.index.analysis.FigurePointText;
import org.policyminer.util.IsoDay;
import org.policyminer.util.Json;

/**
 * An article as the collection holds it: the local index's fields under the same names ({@link Fields}), the same
 * facet values and stored entities ({@link DocumentMapper}), each monetary figure as the local index's point on the
 * article ({@code figure_pt}, for {@code {!pmfigure}}) and as a child document (for {@code targets} and block join),
 * so that year, amount, city and kind hold for one and the same figure.
 */
final class SolrDocuments {
    static final String DOC_TYPE = "doc_type";
    static final String ARTICLE = "article";
    static final String FIGURE = "figure";
    static final String FIGURE_YEAR = "figure_year";
    static final String FIGURE_VALUE = "figure_value";
    static final String FIGURE_VALUE_MAX = "figure_value_max";
    static final String FIGURE_KIND = "figure_kind";
    static final String FIGURE_CLASS = "figure_class";
    static final String FIGURE_CITY = "figure_city";
    static final String FIGURE_INDEX = "figure_index";
    static final String FIGURE_OF = "figure_of";
    static final String PUBLISHED_DATE = "published_date";
    /** One string per LSH band of the signature, for the lookup of copies ({@link SolrCopyGroups}); the collection's own. */
    static final String COPY_BANDS = "copy_band";

    private final ScriptConverter converter = new ScriptConverter();

    /** The article's block; {@code group}: its near-duplicate group ({@link SolrCopyGroups}), or null for none. */
    SolrInputDocument of(PolicyDoc doc, String id, String hash, org.policyminer.index.CopyGroups.Assignment group) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(Fields.ID, id);
        d.setField(DOC_TYPE, ARTICLE);
        d.setField(Fields.URL, doc.url());
        d.setField(Fields.TITLE, doc.simplified().title());
        d.setField(Fields.TITLE_WORDS, doc.simplified().title());
        d.setField(Fields.BODY, doc.simplified().text());
        d.setField(Fields.BODY_WORDS, doc.simplified().text());
        // the original script only where it differs, as in the local index
        if (!doc.article().title().equals(doc.simplified().title())) d.setField(Fields.ORIGINAL_TITLE, doc.article().title());
        if (!doc.article().text().equals(doc.simplified().text())) d.setField(Fields.ORIGINAL_BODY, doc.article().text());
        d.setField(Fields.SCRIPT, doc.simplified().script().label());
        d.setField(Fields.HASH, hash);
        d.setField(Fields.INDEXED_AT, java.time.Instant.now().toString());
        d.setField(Fields.REMOVED_JSON, Json.write(doc.article().removed()));
        String published = doc.article().published();
        if (published != null) {
            d.setField(Fields.PUBLISHED, published);
            LocalDate day = IsoDay.of(published);
            if (day != null) {
                d.setField(Fields.PUBLISHED_DAY, day.toEpochDay());
                d.setField(PUBLISHED_DATE, Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        }
        String source = doc.article().source();
        if (source != null && !source.isBlank()) d.setField(Fields.SOURCE, converter.toSimplified(source.strip()));
        DocumentMapper.FacetValues facets = DocumentMapper.facetValues(doc);
        setAll(d, Fields.CITY, facets.cities());
        setAll(d, Fields.PROVINCE, facets.provinces());
        setAll(d, Fields.CLUSTER, facets.clusters());
        setAll(d, Fields.YEAR, facets.years());
        addDocumentRecord(d, doc.document());
        if (group != null) addGroup(d, group);
        addAttachments(d, doc.attachments());
        DocumentMapper.StoredFigures figures = DocumentMapper.figures(doc);
        BytesRef e = figures.entities();
        d.setField(Fields.ENTITIES, java.util.Arrays.copyOfRange(e.bytes, e.offset, e.offset + e.length));
        List<Figures.Values> values = figures.values();
        for (int i = 0; i < values.size(); i++) {
            d.addChildDocument(figure(id, i, values.get(i)));
            // and the same figure as the local index's point, on the article, for {!pmfigure}
            d.addField(FigurePointText.fieldOf(values.get(i)), FigurePointText.format(values.get(i)));
        }
        return d;
    }

    /**
     * The group fields under the local index's names: the group (a string the collection routes by, so a group's
     * members share a shard), the copy rank, the signature (stored) and one string per band (indexed) for the lookup.
     */
    private static void addGroup(SolrInputDocument d, org.policyminer.index.CopyGroups.Assignment a) {
        d.setField(Fields.GROUP, a.group());
        d.setField(Fields.COPY_RANK, a.rank());
        if (a.signature() == null) return;
        d.setField(Fields.COPY_SIGNATURE, a.signature().encode());
        d.setField(COPY_BANDS, List.of(SolrCopyGroups.bandKeys(a.signature())));
    }

    /** A binary field's value as Solr hands it back (a byte array, or a buffer over one). */
    static byte[] bytes(Object v) {
        if (v instanceof byte[] b) return b;
        if (v instanceof java.nio.ByteBuffer bb) {
            byte[] out = new byte[bb.remaining()];
            bb.duplicate().get(out);
            return out;
        }
        return new byte[0];
    }

    /** The read attachments' text in both views and their stored record, as the local index ({@link AttachmentFields}). */
    private static void addAttachments(SolrInputDocument d, List<AttachmentText> attachments) {
        if (attachments.isEmpty()) return;
        for (AttachmentText a : attachments) {
            if (!a.readable()) continue;
            d.addField(AttachmentFields.TEXT, a.simplified());
            d.addField(AttachmentFields.WORDS, a.simplified());
        }
        d.setField(AttachmentFields.JSON, AttachmentFields.storedJson(attachments));
    }

    /** The document record's fields under the local index's names and rules ({@link DocumentRecordFields}). */
    private static void addDocumentRecord(SolrInputDocument d, PolicyDocument doc) {
        if (doc == null) return;
        if (doc.isDocument() || !doc.attachments().isEmpty()) d.setField(DocumentRecordFields.JSON, Json.write(doc));
        if (!doc.isDocument()) return;
        d.setField(DocumentRecordFields.IS_DOCUMENT, "1");
        if (doc.number() != null) d.setField(DocumentRecordFields.NUMBER, doc.number());
        setAll(d, DocumentRecordFields.ISSUER, List.copyOf(new LinkedHashSet<>(doc.issuers())));
        if (doc.type() != null) d.setField(DocumentRecordFields.TYPE, doc.type());
        LocalDate written = IsoDay.of(doc.written());
        if (written != null) d.setField(DocumentRecordFields.WRITTEN_DAY, written.toEpochDay());
        if (doc.title() != null) d.setField(DocumentRecordFields.TITLE_KEY, DocumentRecordFields.titleKey(doc.title()));
        Set<String> cites = new LinkedHashSet<>();
        Set<String> repeals = new LinkedHashSet<>();
        for (Citation c : doc.cites()) {
            cites.add(DocumentRecordFields.key(c));
            if (c.relation() == Citation.Relation.REPEALS) repeals.add(DocumentRecordFields.key(c));
            if (c.number() != null && c.title() != null) cites.add(DocumentRecordFields.titleKey(c.title()));
        }
        setAll(d, DocumentRecordFields.CITES, List.copyOf(cites));
        setAll(d, DocumentRecordFields.REPEALS, List.copyOf(repeals));
    }

    private static SolrInputDocument figure(String articleId, int index, Figures.Values v) {
        SolrInputDocument f = new SolrInputDocument();
        f.setField(Fields.ID, articleId + "!f" + index);
        f.setField(DOC_TYPE, FIGURE);
        f.setField(FIGURE_OF, articleId);
        f.setField(FIGURE_INDEX, index);
        f.setField(FIGURE_YEAR, v.year());
        f.setField(FIGURE_VALUE, v.value());
        f.setField(FIGURE_VALUE_MAX, v.valueMax());
        if (v.kind() != null) f.setField(FIGURE_KIND, v.kind());
        f.setField(FIGURE_CLASS, FigureKind.classBound(v.kind()));
        setAll(f, FIGURE_CITY, v.cities());
        return f;
    }

    private static void setAll(SolrInputDocument d, String field, List<String> values) {
        if (!values.isEmpty()) d.setField(field, values);
    }
}
