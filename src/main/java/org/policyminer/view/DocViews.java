package org.policyminer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.doc.Removal;
import org.policyminer.search.StoredArticle;

/**
 * The JSON shapes of documents (docs/contract.md), built as ordered maps so that the CLI and the web API print the same
 * bytes: the {@code extract} object, the {@code entities} object and the stored article of {@code /api/articles/{id}}.
 */
public final class DocViews {
    private static final org.policyminer.convert.ScriptConverter CONVERTER = new org.policyminer.convert.ScriptConverter();

    private DocViews() {}

    /** The {@code extract} object. */
    public static Map<String, Object> extract(PolicyDoc doc) {
        Map<String, Object> m = Ordered.object(
                "input", doc.input(),
                "url", doc.url(),
                "title", doc.simplified().title(),
                "originalTitle", doc.article().title(),
                "published", doc.article().published());
        // Like the title, the source is given in simplified script (經濟日報 → 经济日报), as the index stores it.
        m.put("source", doc.article().source() == null ? null : CONVERTER.toSimplified(doc.article().source()));
        m.put("script", doc.simplified().script().label());
        m.put("text", doc.simplified().text());
        m.put("originalText", doc.article().text());
        m.put("removed", removed(doc.article().removed()));
        // a page that is no official document and links no file has no document object
        PolicyDocument d = doc.document();
        m.put("document", d == null || (!d.isDocument() && d.attachments().isEmpty()) ? null : document(d));
        return m;
    }

    /** The {@code document} object: the article read as an official document (docs/contract.md). */
    public static Map<String, Object> document(PolicyDocument d) {
        return Ordered.object(
                "isDocument", d.isDocument(),
                "number", d.number(),
                "numberStart", d.numberStart() < 0 ? null : d.numberStart(),
                "issuers", d.issuers(),
                "written", d.written(),
                "type", d.type(),
                "title", d.title(),
                "enclosedTitle", d.enclosedTitle(),
                "enclosedType", d.enclosedType(),
                "indexNumber", d.indexNumber(),
                "topic", d.topic(),
                "validity", d.validity(),
                "addressees", d.addressees(),
                "cites", d.cites().stream().map(DocViews::citation).toList(),
                "attachments", d.attachments().stream().map(a -> Ordered.object(
                        "label", a.label(), "name", a.name(), "url", a.url(), "type", a.type())).toList());
    }

    public static Map<String, Object> citation(Citation c) {
        return Ordered.object(
                "title", c.title(),
                "number", c.number(),
                "relation", c.relation().label(),
                "start", c.start(),
                "end", c.end());
    }

    /**
     * One line of {@code entities}: {@code {"id": …}} and the entities object, or the error; a line that is not JSON
     * has no id to give back ({@code hasId} false).
     */
    public static Map<String, Object> entitiesLine(boolean hasId, Object id, Entities found, String error) {
        Map<String, Object> m = Ordered.object();
        if (hasId) m.put("id", id);
        if (error != null) m.put("error", error);
        else m.putAll(entities(found));
        return m;
    }

    /** An input that failed in {@code extract --jsonl}: {@code {"input": …, "error": …}}. */
    public static Map<String, Object> failedInput(String input, String error) {
        return Ordered.object(
                "input", input,
                "error", error);
    }

    /** What the extractor removed, as {@code [{"reason": …, "sample": …}]}. */
    public static List<Map<String, Object>> removed(List<Removal> removals) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Removal r : removals) {
            Map<String, Object> x = Ordered.object(
                    "reason", r.reason().label(),
                    "sample", r.sample());
            out.add(x);
        }
        return out;
    }

    /**
     * The article view with its document record and the record's links to other indexed documents (cites, cited by,
     * repealed by); an article that is no official document has {@code "document": null}.
     */
    /**
     * The article view ({@code /api/articles/{id}}, {@code article}): the stored article, its document record and the
     * documents it cites and is cited or repealed by ({@code null} when it is no official document), its near-duplicate
     * group ({@code group}: its id, null without one) and {@code copies}: every member, the canonical one first, with
     * source, date and script.
     */
    public static Map<String, Object> article(StoredArticle a, java.util.Optional<org.policyminer.search.DocumentLinks> links,
            org.policyminer.search.CopyGroup group) {
        Map<String, Object> m = article(a);
        Object indexedAt = m.remove("indexedAt");
        m.put("document", links.map(l -> document(l.document())).orElse(null));
        m.put("links", links.map(DocumentViews::links).orElse(null));
        m.put("group", group == null ? null : group.id());
        m.put("copies", group == null ? List.of() : group.members().stream().map(DocViews::copy).toList());
        m.put("indexedAt", indexedAt);
        return m;
    }

    /** The article view ({@code /api/articles/{id}}): the stored article with its entities and removals. */
    public static Map<String, Object> article(StoredArticle a) {
        Map<String, Object> m = Ordered.object(
                "id", a.id(),
                "url", a.url(),
                "title", a.title(),
                "originalTitle", a.originalTitle(),
                "published", a.published(),
                "source", a.source(),
                "script", a.script(),
                "text", a.text(),
                "originalText", a.originalText(),
                "cities", a.cities(),
                "provinces", a.provinces(),
                "clusters", a.clusters(),
                "entities", entities(a.entities()),
                "removed", removed(a.removed()),
                "indexedAt", a.indexedAt());
        // only an article whose attachments were read has the key (so that every other article's view is unchanged)
        if (!a.attachments().isEmpty()) {
            Object indexedAt = m.remove("indexedAt");
            m.put("attachments", a.attachments().stream().map(DocViews::attachment).toList());
            m.put("indexedAt", indexedAt);
        }
        return m;
    }

    /** One read attachment: {@code {"name", "url", "type", "error"?, "chars", "rows"}} (rows: the table rows read, cells simplified). */
    public static Map<String, Object> attachment(org.policyminer.doc.AttachmentText t) {
        Map<String, Object> m = Ordered.object("name", t.name(), "url", t.url(), "type", t.type());
        if (t.error() != null) m.put("error", t.error());
        else {
            m.put("chars", t.simplified().length());
            m.put("rows", t.rows());
        }
        return m;
    }

    public static Map<String, Object> copy(org.policyminer.search.CopyGroup.Member c) {
        return Ordered.object(
                "id", c.id(),
                "url", c.url(),
                "title", c.title(),
                "source", c.source(),
                "published", c.published(),
                "script", c.script(),
                "sourceKind", c.sourceKind(),
                "canonical", c.canonical());
    }

    /** The {@code entities} object (without id). */
    public static Map<String, Object> entities(Entities e) {
        return Ordered.object(
                "clusters", e.clusters().stream().map(DocViews::cluster).toList(),
                "cities", e.cities().stream().map(DocViews::city).toList(),
                "amounts", e.amounts().stream().map(DocViews::amount).toList());
    }

    public static Map<String, Object> cluster(ClusterMention c) {
        return Ordered.object(
                "text", c.text(),
                "name", c.name(),
                "start", c.start(),
                "end", c.end(),
                "cities", c.cities(),
                "national", c.national());
    }

    public static Map<String, Object> city(CityMention c) {
        return Ordered.object(
                "text", c.text(),
                "name", c.name(),
                "province", c.province(),
                "code", c.code(),
                "start", c.start(),
                "end", c.end());
    }

    public static Map<String, Object> amount(AmountMention a) {
        return Ordered.object(
                "text", a.text(),
                "start", a.start(),
                "end", a.end(),
                "value", number(a.value()),
                "valueMax", a.valueMax() == null ? null : number(a.valueMax()),
                "currency", a.currency(),
                "qualifier", a.qualifier(),
                "comparator", a.comparator(),
                "year", a.year(),
                "periodFrom", a.periodFrom(),
                "periodTo", a.periodTo(),
                "period", a.period(),
                "metric", a.metric(),
                "kind", a.kind(),
                "subject", a.subject());
    }

    /** 4.0E11 prints as 400000000000: whole amounts are written as integers, as the contract shows. */
    public static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9.0e15) return (long) v;
        return v;
    }
}
