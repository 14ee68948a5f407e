package org.policyminer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;
import org.policyminer.search.DocumentLinks;
import org.policyminer.util.Json;

/**
 * The look-ups of {@code search.DocumentLinks} as queries on the collection: the documents citing one are scored as
 * the local index's boolean query of term queries (a document citing it by both number and title counts twice). Where
 * the local index breaks ties by document number (the order of writing), the collection takes {@code _version_}, the
 * time of writing.
 */
final class SolrDocumentLinks implements DocumentLinks.Lookup {
    private static final String TIES = "_version_ asc";

    interface Query {
        List<SolrDocument> run(ModifiableSolrParams p) throws IOException;
    }

    private final Query query;

    SolrDocumentLinks(Query query) {
        this.query = query;
    }

    @Override
    public DocumentLinks.Found first(String field, String value, String selfId) throws IOException {
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
        return r.isEmpty() ? null : new DocumentLinks.Found(str(r.get(0), Fields.ID), str(r.get(0), Fields.URL), null, null);
    }

    @Override
    public List<DocumentLinks.Found> citing(Set<String> keys, String selfId) throws IOException {
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
        p.set("rows", DocumentLinks.MAX_LINKS);
        p.set("fl", String.join(",", Fields.ID, Fields.URL, Fields.TITLE, DocumentRecordFields.JSON));
        List<DocumentLinks.Found> out = new ArrayList<>();
        for (SolrDocument other : query.run(p)) {
            if (selfId.equals(str(other, Fields.ID))) continue;
            String json = str(other, DocumentRecordFields.JSON);
            out.add(new DocumentLinks.Found(str(other, Fields.ID), str(other, Fields.URL), str(other, Fields.TITLE),
                    json == null ? null : Json.MAPPER.readValue(json, PolicyDocument.class)));
        }
        return out;
    }

    private static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }
}
