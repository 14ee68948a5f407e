package org.policyminer.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Removal;
import org.policyminer.index.Fields;
import org.policyminer.index.StoredEntities;
import org.policyminer.document.DocumentNumbers;
import org.policyminer.index.AttachmentFields;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.search.AttachmentMatch;
import org.policyminer.search.CopyGroup;
import org.policyminer.search.DocumentLinks;
import org.policyminer.search.DocumentRow;
import org.policyminer.search.Filters;
import org.policyminer.search.NotSupportedOnBackend;
import org.policyminer.search.TargetFact;
import org.policyminer.search.ParsedQuery;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.QueryLanguage;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.Searcher;
import org.policyminer.search.SnippetMaker;
import org.policyminer.search.SortOrder;
import org.policyminer.search.StoredArticle;
import org.policyminer.search.TargetRow;
import org.policyminer.util.Json;

/**
 * The read side of the SolrCloud backend, answering with the local index's records: the same query language,
 * filters (the figure filter by block join), facets, snippets in either script and figure rows. Ranking is the
 * local one: BM25 with collection-wide statistics (ExactStatsCache in solrconfig.xml), the same clauses
 * ({@link SolrQueryBuilder}), titles added to the top {@value #RESCORE_WINDOW} hits by Solr's re-rank query as the
 * local index's rescorer does. Snippets are made here from the stored bodies ({@link SnippetMaker}).
 */
public final class SolrSearcher implements Searcher {
    static final int RESCORE_WINDOW = 100;
    private static final int FACET_TOP = 20;

    private final SolrClient client;
    private final String collection;
    private final boolean ownsClient;
    private final QueryLanguage language;
    private final SnippetMaker snippets = new SnippetMaker();

    /** Reads {@code collection} through {@code client}; closes the client on {@link #close} when {@code ownsClient}. */
    public SolrSearcher(SolrClient client, String collection, boolean ownsClient) {
        this.client = client;
        this.collection = collection;
        this.ownsClient = ownsClient;
        this.language = new QueryLanguage(new ScriptConverter()::toSimplified);
    }

    /** A searcher over the target's collection, with a client of its own. */
    public static SolrSearcher open(SolrTarget target) throws IOException {
        SolrSearcher s = new SolrSearcher(target.client(), target.collection(), true);
        try {
            s.count(); // fails now, with the cause, rather than at the first search
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public ParsedQuery parse(String query) {
        return language.parse(query);
    }

    @Override
    public void refresh() {
        // every request sees the collection's last commit
    }

    @Override
    public SearchResult search(SearchRequest req) throws IOException {
        // The collection holds no near-duplicate groups (they are assigned by the local index's writer): it cannot
        // fold copies into one hit, and answering with every copy would be a different answer under the same request.
        if (!req.allCopies()) {
            throw NotSupportedOnBackend.solr("one hit per near-duplicate group; ask for every copy (--all-copies, allCopies=true)");
        }
        ParsedQuery pq = parsed(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueryBuilder b = new SolrQueryBuilder(p);
        p.set("q", b.articleQuery(pq, List.of()));
        for (String fq : SolrQueries.filterQueries(f)) p.add("fq", fq);
        int want = req.offset() + req.limit();
        boolean byDate = req.sort() == SortOrder.DATE;
        List<String> fields = req.originalScript() ? HIT_FIELDS_ORIGINAL : HIT_FIELDS;
        if (req.facets()) {
            p.set("facet", true);
            for (String dim : PolicySearcher.FACET_DIMS) p.add("facet.field", dim);
            p.set("facet.limit", FACET_TOP);
            p.set("facet.mincount", 1);
            p.set("facet.sort", "count");
        }
        QueryResponse r;
        List<SolrDocument> page = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        if (byDate) {
            // as the local index: sorted by date, not scored (score 0)
            p.set("sort", Fields.PUBLISHED_DAY + " desc,score desc");
            p.set("start", req.offset());
            p.set("rows", req.limit());
            p.set("fl", String.join(",", fields));
            r = query(p);
            for (SolrDocument d : r.getResults()) {
                page.add(d);
                scores.add(0f);
            }
        } else {
            p.set("start", 0);
            p.set("rows", Math.max(want, RESCORE_WINDOW));
            p.set("fl", Fields.ID + ",score");
            r = query(p);
            List<Ranked> ranked = rescoreTitles(r.getResults(), pq);
            List<String> ids = new ArrayList<>();
            for (int i = req.offset(); i < Math.min(want, ranked.size()); i++) ids.add(ranked.get(i).id());
            Map<String, SolrDocument> stored = byId(ids, fields);
            for (int i = req.offset(); i < Math.min(want, ranked.size()); i++) {
                SolrDocument d = stored.get(ranked.get(i).id());
                if (d == null) continue; // deleted between the two requests
                page.add(d);
                scores.add(ranked.get(i).score());
            }
        }
        SolrDocumentList docs = r.getResults();
        Query highlight = snippets.highlightQuery(pq);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int k = 0; k < page.size(); k++) {
            SolrDocument d = page.get(k);
            String body = str(d, Fields.BODY);
            String shown = req.originalScript() ? originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY) : body;
            hits.add(new SearchResult.Hit(str(d, Fields.ID), str(d, Fields.URL),
                    req.originalScript() ? originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE) : str(d, Fields.TITLE),
                    str(d, Fields.PUBLISHED), str(d, Fields.SOURCE), scores.get(k),
                    snippets.snippet(highlight, body, shown), strings(d, Fields.CITY), strings(d, Fields.CLUSTER),
                    AttachmentMatch.find(AttachmentFields.parse(str(d, AttachmentFields.JSON)), pq)));
        }
        return new SearchResult(req.query(), docs.getNumFound(), hits, req.facets() ? facets(r) : Map.of());
    }

    /** A hit of the first pass with its final score. */
    private record Ranked(String id, float score) {}

    /**
     * The local index's second pass: the top hits' title matches, weighted {@value SolrQueryBuilder#TITLE_BOOST}, added to
     * their first-pass scores, then re-sorted (ties keep the first pass's order). A query of its own rather than Solr's
     * re-rank query, whose terms would be scored with each shard's statistics instead of the collection's.
     */
    private List<Ranked> rescoreTitles(SolrDocumentList first, ParsedQuery pq) throws IOException {
        List<Ranked> out = new ArrayList<>();
        for (SolrDocument d : first) out.add(new Ranked(str(d, Fields.ID), ((Number) d.getFirstValue("score")).floatValue()));
        ModifiableSolrParams p = new ModifiableSolrParams();
        String titleQuery = new SolrQueryBuilder(p).titleRescore(pq);
        if (titleQuery == null || out.isEmpty()) return out;
        p.set("q", titleQuery);
        List<String> ids = new ArrayList<>();
        for (Ranked h : out) ids.add(h.id());
        p.set("fq", "{!terms f=" + Fields.ID + "}" + String.join(",", ids));
        p.set("rows", ids.size());
        p.set("fl", Fields.ID + ",score");
        Map<String, Float> title = new HashMap<>();
        for (SolrDocument d : query(p).getResults()) title.put(str(d, Fields.ID), ((Number) d.getFirstValue("score")).floatValue());
        float weight = Float.parseFloat(SolrQueryBuilder.TITLE_BOOST);
        List<Ranked> rescored = new ArrayList<>();
        for (Ranked h : out) {
            Float t = title.get(h.id());
            rescored.add(t == null ? h : new Ranked(h.id(), h.score() + weight * t));
        }
        rescored.sort((x, y) -> Float.compare(y.score(), x.score())); // stable: ties in first-pass order
        return rescored;
    }

    private static final List<String> HIT_FIELDS = List.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.PUBLISHED, Fields.SOURCE,
            Fields.BODY, Fields.CITY, Fields.CLUSTER, AttachmentFields.JSON);
    private static final List<String> HIT_FIELDS_ORIGINAL = concat(HIT_FIELDS, Fields.ORIGINAL_TITLE, Fields.ORIGINAL_BODY);

    private static Map<String, Map<String, Integer>> facets(QueryResponse r) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : PolicySearcher.FACET_DIMS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            FacetField ff = r.getFacetField(dim);
            if (ff != null && ff.getValues() != null) {
                for (FacetField.Count c : ff.getValues()) if (c.getCount() > 0) counts.put(c.getName(), (int) c.getCount());
            }
            out.put(dim, counts);
        }
        return out;
    }

    /**
     * Figure rows: the child figures that pass the figure filter (no kind named: no threshold or scale) whose article
     * matches the query and the article filters, newest year first, then the largest value.
     */
    @Override
    public List<TargetRow> targets(SearchRequest req) throws IOException {
        ParsedQuery pq = parsed(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueryBuilder b = new SolrQueryBuilder(p);
        p.set("articles", b.articleQuery(pq, SolrQueries.filterQueries(f)));
        p.set("q", "{!child of=" + SolrQueries.ARTICLES + " v=$articles}");
        p.add("fq", SolrQueries.figureConditions(f));
        p.set("sort", SolrDocuments.FIGURE_YEAR + " desc," + SolrDocuments.FIGURE_VALUE + " desc," + SolrDocuments.FIGURE_OF + " asc,"
                + SolrDocuments.FIGURE_INDEX + " asc");
        p.set("start", req.offset());
        p.set("rows", req.limit());
        p.set("fl", SolrDocuments.FIGURE_OF + "," + SolrDocuments.FIGURE_INDEX);
        SolrDocumentList figures = query(p).getResults();
        List<String> ids = new ArrayList<>();
        for (SolrDocument fig : figures) {
            String id = str(fig, SolrDocuments.FIGURE_OF);
            if (!ids.contains(id)) ids.add(id);
        }
        Map<String, SolrDocument> articles = byId(ids, TARGET_FIELDS);
        Map<String, StoredEntities.Decoded> decoded = new HashMap<>();
        List<TargetRow> rows = new ArrayList<>();
        for (SolrDocument fig : figures) {
            SolrDocument d = articles.get(str(fig, SolrDocuments.FIGURE_OF));
            if (d == null) continue; // deleted between the two requests
            String simplified = str(d, Fields.TITLE) + "\n" + str(d, Fields.BODY);
            StoredEntities.Decoded e = decoded.computeIfAbsent(str(d, Fields.ID), k -> entities(d, simplified));
            int i = ((Number) fig.getFirstValue(SolrDocuments.FIGURE_INDEX)).intValue();
            StoredEntities.Row row = e.rows().get(i);
            rows.add(new TargetRow(e.entities().amounts().get(i), str(d, Fields.ID), str(d, Fields.URL), str(d, Fields.TITLE),
                    str(d, Fields.PUBLISHED), row.sentence(simplified), row.cities()));
        }
        return rows;
    }

    private static final List<String> TARGET_FIELDS = List.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.PUBLISHED, Fields.BODY,
            Fields.ORIGINAL_TITLE, Fields.ORIGINAL_BODY, Fields.ENTITIES);

    @Override
    public Optional<StoredArticle> article(String id) throws IOException {
        SolrDocument d = byId(List.of(id), null).get(id);
        if (d == null || !SolrDocuments.ARTICLE.equals(str(d, SolrDocuments.DOC_TYPE))) return Optional.empty();
        String text = str(d, Fields.BODY);
        return Optional.of(new StoredArticle(str(d, Fields.ID), str(d, Fields.URL), str(d, Fields.TITLE),
                originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE), str(d, Fields.PUBLISHED), str(d, Fields.SOURCE), str(d, Fields.SCRIPT),
                text, originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY), strings(d, Fields.CITY), strings(d, Fields.PROVINCE),
                strings(d, Fields.CLUSTER), entities(d, str(d, Fields.TITLE) + "\n" + text).entities(),
                Json.MAPPER.readValue(str(d, Fields.REMOVED_JSON), REMOVALS), str(d, Fields.INDEXED_AT),
                AttachmentFields.parse(str(d, AttachmentFields.JSON))));
    }

    private static final TypeReference<List<Removal>> REMOVALS = new TypeReference<>() {};

    /** Facts fold the copies of a group into one source: the collection holds no groups. */
    @Override
    public List<TargetFact> facts(SearchRequest req) {
        throw NotSupportedOnBackend.solr("targets as facts (--facts), which need near-duplicate groups");
    }

    @Override
    public Optional<CopyGroup> copyGroup(String id) {
        throw NotSupportedOnBackend.solr("the copies of an article (near-duplicate groups)");
    }

    /** Resolving citations walks the local index's terms (DocumentLinks); not ported to Solr queries yet. */
    @Override
    public Optional<DocumentLinks> documentLinks(String id) {
        throw NotSupportedOnBackend.solr("an article's document links (what it cites, what cites and repeals it)");
    }

    /**
     * As the local index: official documents matching the query and filters, by written day then published day,
     * oldest first (a missing day counts as day 0, as the local sort reads it); equal days by id, where the local
     * index keeps its insertion order.
     */
    @Override
    public List<DocumentRow> documents(SearchRequest req) throws IOException {
        ParsedQuery pq = parsed(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueryBuilder b = new SolrQueryBuilder(p);
        p.set("q", b.articleQuery(pq, List.of()));
        for (String fq : SolrQueries.filterQueries(f)) p.add("fq", fq);
        p.add("fq", SolrQueries.term(DocumentRecordFields.IS_DOCUMENT, "1"));
        p.set("sort", "def(" + DocumentRecordFields.WRITTEN_DAY + ",0) asc,def(" + Fields.PUBLISHED_DAY + ",0) asc," + Fields.ID + " asc");
        p.set("rows", PolicySearcher.MAX_DOCUMENT_ROWS);
        p.set("fl", String.join(",", Fields.ID, Fields.URL, Fields.PUBLISHED, DocumentRecordFields.JSON));
        List<DocumentRow> rows = new ArrayList<>();
        for (SolrDocument d : query(p).getResults()) {
            String json = str(d, DocumentRecordFields.JSON);
            if (json == null) continue;
            rows.add(new DocumentRow(str(d, Fields.ID), str(d, Fields.URL), str(d, Fields.PUBLISHED),
                    Json.MAPPER.readValue(json, org.policyminer.doc.PolicyDocument.class)));
        }
        return rows;
    }

    /**
     * The query parsed; a word that is a document number (文号) is refused: the local index also finds and ranks
     * first the document with that number, which the Solr query does not do yet.
     */
    private ParsedQuery parsed(String query) {
        ParsedQuery pq = language.parse(query);
        for (List<String> group : pq.required()) {
            for (String word : group) {
                if (DocumentNumbers.normalise(word) != null) {
                    throw NotSupportedOnBackend.solr("looking up a document number in the query ('" + word + "'); filter with number: instead");
                }
            }
        }
        return pq;
    }

    @Override
    public int count() throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrQueries.ARTICLES);
        p.set("rows", 0);
        return (int) query(p).getResults().getNumFound();
    }

    private QueryResponse query(ModifiableSolrParams p) throws IOException {
        try {
            return client.query(collection, p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud collection '" + collection + "' did not answer (" + SolrDocumentStore.oneLine(e) + ")", e);
        }
    }

    /** Documents by id (real-time get), only {@code fields} when given. */
    private Map<String, SolrDocument> byId(Collection<String> ids, List<String> fields) throws IOException {
        Map<String, SolrDocument> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        ModifiableSolrParams p = new ModifiableSolrParams();
        if (fields != null) p.set("fl", String.join(",", fields));
        try {
            for (SolrDocument d : SolrDocumentStore.getById(client, collection, new ArrayList<>(ids), p)) out.put(str(d, Fields.ID), d);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud collection '" + collection + "' did not answer (" + SolrDocumentStore.oneLine(e) + ")", e);
        }
        return out;
    }

    /** The stored entities, their texts from the original script, as the local index reads them. */
    private static StoredEntities.Decoded entities(SolrDocument d, String simplified) {
        boolean converted = d.getFirstValue(Fields.ORIGINAL_TITLE) != null || d.getFirstValue(Fields.ORIGINAL_BODY) != null;
        String original = converted ? originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE) + "\n" + originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY) : simplified;
        Object v = d.getFirstValue(Fields.ENTITIES);
        byte[] bytes = v instanceof byte[] b ? b : v instanceof java.nio.ByteBuffer bb ? toArray(bb) : new byte[0];
        return StoredEntities.decode(new BytesRef(bytes), original);
    }

    private static byte[] toArray(java.nio.ByteBuffer bb) {
        byte[] out = new byte[bb.remaining()];
        bb.duplicate().get(out);
        return out;
    }

    private static String originalOr(SolrDocument d, String original, String simplified) {
        String v = str(d, original);
        return v != null ? v : str(d, simplified);
    }

    private static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static List<String> strings(SolrDocument d, String field) {
        Collection<Object> vs = d.getFieldValues(field);
        if (vs == null) return List.of();
        List<String> out = new ArrayList<>(vs.size());
        for (Object v : vs) out.add(v.toString());
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, String... more) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }

    @Override
    public void close() throws IOException {
        snippets.close();
        if (ownsClient) client.close();
    }
}
