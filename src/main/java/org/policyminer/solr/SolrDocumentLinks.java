package org.policyminer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;
import org.policyminer.search.DocumentLinks;
import org.policyminer.util.Json;

/**
 * An article's document links resolved by queries on the collection, with the local index's rules
 * ({@code search.DocumentLinks}): each citation finds the other document of that number, else of that title key; the
 * documents citing this one are those whose cited keys hold its number or title key, best scored first (a document
 * citing it by both counts twice, as in the local index's boolean query), and the relation of each is the one its own
 * record gives (repeals winning). Where the local index breaks ties by document number (the order of writing), the
 * collection takes {@code _version_}, the time of writing.
 */
final class SolrDocumentLinks {
    /** As many citing documents as the local index lists ({@code DocumentLinks.MAX_LINKS}). */
    static final int MAX_LINKS = 100;
    private static final String TIES = "_version_ asc";

    interface Query {
        List<SolrDocument> run(ModifiableSolrParams p) throws IOException;
    }

    private final Query query;

    SolrDocumentLinks(Query query) {
        this.query = query;
    }

    DocumentLinks resolve(String selfId, PolicyDocument d) throws IOException {
        List<DocumentLinks.Link> cites = new ArrayList<>();
        for (Citation c : d.cites()) {
            SolrDocument target = null;
            if (c.number() != null) target = first(DocumentRecordFields.NUMBER, c.number(), selfId);
            if (target == null && c.title() != null) target = first(DocumentRecordFields.TITLE_KEY, DocumentRecordFields.titleKey(c.title()), selfId);
            cites.add(new DocumentLinks.Link(c.relation().label(), c.number(), c.title(), target == null ? null : str(target, Fields.ID),
                    target == null ? null : str(target, Fields.URL)));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (d.number() != null) keys.add(d.number());
        if (d.title() != null) keys.add(DocumentRecordFields.titleKey(d.title()));
        List<DocumentLinks.Link> citedBy = new ArrayList<>();
        List<DocumentLinks.Link> repealedBy = new ArrayList<>();
        for (SolrDocument other : citing(keys)) {
            if (selfId.equals(str(other, Fields.ID))) continue;
            String json = str(other, DocumentRecordFields.JSON);
            PolicyDocument od = json == null ? null : Json.MAPPER.readValue(json, PolicyDocument.class);
            String relation = "cites";
            if (od != null) {
                for (Citation c : od.cites()) {
                    if (keys.contains(DocumentRecordFields.key(c)) || (c.title() != null && keys.contains(DocumentRecordFields.titleKey(c.title())))) {
                        relation = c.relation().label();
                        if (c.relation() == Citation.Relation.REPEALS) break;
                    }
                }
            }
            DocumentLinks.Link l = new DocumentLinks.Link(relation, od == null ? null : od.number(), od == null ? str(other, Fields.TITLE) : od.title(),
                    str(other, Fields.ID), str(other, Fields.URL));
            citedBy.add(l);
            if (relation.equals("repeals")) repealedBy.add(l);
        }
        return new DocumentLinks(d, cites, citedBy, repealedBy);
    }

    /** The first article other than {@code selfId} with {@code value} in {@code field}, the one written first. */
    private SolrDocument first(String field, String value, String selfId) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!bool must=$match must_not=$self}");
        p.set("match", "{!term f=" + field + " v=$value}");
        p.set("value", value);
        p.set("self", "{!term f=" + Fields.ID + " v=$selfId}");
        p.set("selfId", selfId);
        p.add("fq", SolrQueries.ARTICLES);
        p.set("sort", TIES);
        p.set("rows", 1);
        p.set("fl", Fields.ID + "," + Fields.URL);
        List<SolrDocument> r = query.run(p);
        return r.isEmpty() ? null : r.get(0);
    }

    /** The articles citing any of the keys, scored as the local index's boolean query of term queries, at most {@link #MAX_LINKS}. */
    private List<SolrDocument> citing(Set<String> keys) throws IOException {
        if (keys.isEmpty()) return List.of();
        ModifiableSolrParams p = new ModifiableSolrParams();
        List<String> clauses = new ArrayList<>();
        int k = 0;
        for (String key : keys) {
            p.set("key" + k, key);
            p.set("cites" + k, "{!term f=" + DocumentRecordFields.CITES + " v=$key" + k + "}");
            clauses.add("should=$cites" + k);
            k++;
        }
        p.set("q", "{!bool " + String.join(" ", clauses) + "}");
        p.add("fq", SolrQueries.ARTICLES);
        p.set("sort", "score desc," + TIES);
        p.set("rows", MAX_LINKS);
        p.set("fl", String.join(",", Fields.ID, Fields.URL, Fields.TITLE, DocumentRecordFields.JSON));
        return query.run(p);
    }

    private static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }
}
