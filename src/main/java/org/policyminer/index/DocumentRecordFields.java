package org.policyminer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.util.IsoDay;
import org.policyminer.util.Json;

/**
 * The fields of an article that is an official document ({@link PolicyDocument}): exact terms to filter and resolve
 * links on (number, issuers, type, the keys of what it cites and repeals, its title's key), the written day as a point,
 * and the record itself as stored JSON for the article view and the {@code documents} export. Kept apart from
 * {@link Fields} so that the document part of the schema reads in one place.
 */
public final class DocumentRecordFields {
    private DocumentRecordFields() {}

    public static final String IS_DOCUMENT = "doc";           // "1" on documents: what the documents export lists
    public static final String NUMBER = "doc_number";         // normalised 文号, exact (prefix queries list a series)
    public static final String ISSUER = "issuer";             // facet and filter, one value per issuer
    public static final String TYPE = "type";                 // facet and filter
    public static final String WRITTEN_DAY = "doc_written_day";
    public static final String TITLE_KEY = "doc_title_key";   // the title, normalised, to resolve citations by title
    public static final String CITES = "doc_cites";           // keys of what it cites (number, else title key)
    public static final String REPEALS = "doc_repeals";       // keys of what it repeals
    public static final String JSON = "doc_json";

    /** Adds the document's fields; a page that is no document gets none (its attachments stay in the stored JSON). */
    static void add(Document d, PolicyDocument doc) {
        if (doc == null) return;
        if (doc.isDocument() || !doc.attachments().isEmpty()) d.add(StoredText.of(JSON, write(doc)));
        if (!doc.isDocument()) return;
        d.add(new StringField(IS_DOCUMENT, "1", Field.Store.NO));
        if (doc.number() != null) d.add(new StringField(NUMBER, doc.number(), Field.Store.YES));
        for (String issuer : new LinkedHashSet<>(doc.issuers())) {
            d.add(new StringField(ISSUER, issuer, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(ISSUER, issuer));
        }
        if (doc.type() != null) {
            d.add(new StringField(TYPE, doc.type(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(TYPE, doc.type()));
        }
        LocalDate written = IsoDay.of(doc.written());
        if (written != null) {
            d.add(new LongPoint(WRITTEN_DAY, written.toEpochDay()));
            d.add(new NumericDocValuesField(WRITTEN_DAY, written.toEpochDay()));
        }
        if (doc.title() != null) d.add(new StringField(TITLE_KEY, titleKey(doc.title()), Field.Store.NO));
        Set<String> cites = new LinkedHashSet<>();
        Set<String> repeals = new LinkedHashSet<>();
        for (Citation c : doc.cites()) {
            cites.add(key(c));
            if (c.relation() == Citation.Relation.REPEALS) repeals.add(key(c));
            // a citation with both is found by either
            if (c.number() != null && c.title() != null) cites.add(titleKey(c.title()));
        }
        for (String c : cites) d.add(new StringField(CITES, c, Field.Store.NO));
        for (String r : repeals) d.add(new StringField(REPEALS, r, Field.Store.NO));
    }

    /** The key a citation resolves by: its number, else its title's key. */
    public static String key(Citation c) {
        return c.number() != null ? c.number() : titleKey(c.title());
    }

    /**
     * A title as a key: without spaces, book marks and quotation marks, so that 《关于…的通知》 cited in one document finds
     * the document titled 关于…的通知, and a heading that lost its spaces finds the one that kept them.
     */
    public static String titleKey(String title) {
        return "t:" + TITLE_KEY_DROPS.matcher(title).replaceAll("");
    }

    /** What a title key leaves out; compiled once (String.replaceAll compiled it for every document and citation). */
    private static final java.util.regex.Pattern TITLE_KEY_DROPS = java.util.regex.Pattern.compile("[\\s\\u3000《》〈〉“”\"‘’']");

    /** The stored record of a document's Lucene document, or null. */
    public static PolicyDocument read(Document d) {
        String json = StoredText.read(d, JSON);
        if (json == null) return null;
        try {
            return Json.MAPPER.readValue(json, PolicyDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored document record: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(PolicyDocument doc) {
        return Json.write(doc);
    }
}
