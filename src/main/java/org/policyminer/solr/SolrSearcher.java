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
import org.policyminer.index.AttachmentFields;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.search.AttachmentMatch;
import org.policyminer.search.CopyGroup;
import org.policyminer.search.DocumentLinks;
import org.policyminer.search.DocumentRow;
import org.policyminer.search.Filters;
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
    private SolrQueries.FigureFilter figureFilter = SolrQueries.FigureFilter.DEFAULT;

    /** Reads {@code collection} through {@code client}; closes the client on {@link #close} when {@code ownsClient}. */
    /** Asks figure filters {@code how} from now on (bench --solr and the tests compare the two ways). */
    public SolrSearcher figureFilter(SolrQueries.FigureFilter how) {
        this.figureFilter = how;
        return this;
    }

    public SolrSearcher(SolrClient client, String collection, boolean ownsClient) {
        this.client = client;
        this.collection = collection;
        this.ownsClient = ownsClient;
        this.language = new QueryLanguage(new ScriptConverter()::toSimplified);
    }

    /** A searcher over the target's collection, with a client of its own; refuses one not routed by group. */
    public static SolrSearcher open(SolrTarget target) throws IOException {
        org.apache.solr.client.solrj.impl.CloudSolrClient client = target.client();
        SolrSearcher s = new SolrSearcher(client, target.collection(), true);
        try {
            SolrCollections.requireGroupRouting(client, target.collection());
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

    /** The article query and the filters of a request, as the local index builds them (LuceneQueries). */
    private ModifiableSolrParams articleParams(SearchRequest req, ParsedQuery pq) {
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", new SolrQueryBuilder(p).articleQuery(pq, List.of()));
        for (String fq : SolrQueries.filterQueries(f, figureFilter)) p.add("fq", fq);
        return p;
    }

    @Override
    public SearchResult search(SearchRequest req) throws IOException {
        ParsedQuery pq = parsed(req.query());
        ModifiableSolrParams p = articleParams(req, pq);
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
        if (!req.allCopies()) return collapsed(req, pq, p, fields);
        QueryResponse r;
        List<SolrDocument> page = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        if (byDate) {
            // as the local index: sorted by date, not scored (score 0)
            p.set("sort", BY_DATE);
            p.set("start", req.offset());
            p.set("rows", req.limit());
            p.set("fl", String.join(",", fields));
            r = query(p);
            for (SolrDocument d : r.getResults()) {
                page.add(d);
                scores.add(0f);
            }
        } else {
            p.set("sort", BY_SCORE);
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
        return new SearchResult(req.query(), docs.getNumFound(), hits(page, scores, pq, req.originalScript()), req.facets() ? facets(r) : Map.of());
    }

    private List<SearchResult.Hit> hits(List<SolrDocument> page, List<Float> scores, ParsedQuery pq, boolean originalScript) throws IOException {
        Query highlight = snippets.highlightQuery(pq);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int k = 0; k < page.size(); k++) {
            SolrDocument d = page.get(k);
            String body = str(d, Fields.BODY);
            String shown = originalScript ? originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY) : body;
            hits.add(new SearchResult.Hit(str(d, Fields.ID), str(d, Fields.URL),
                    originalScript ? originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE) : str(d, Fields.TITLE),
                    str(d, Fields.PUBLISHED), str(d, Fields.SOURCE), scores.get(k),
                    snippets.snippet(highlight, body, shown), strings(d, Fields.CITY), strings(d, Fields.CLUSTER),
                    AttachmentMatch.find(AttachmentFields.parse(str(d, AttachmentFields.JSON)), pq)));
        }
        return hits;
    }

    /**
     * One hit per near-duplicate group, as the local index answers (search.CopyCollapse): the matches ranked (titles
     * rescored) in a window, each group's first hit stands for it, the window widened until it holds the page's groups
     * or every match; each group is shown as its canonical member among those that match (the smallest copy rank; of
     * equal ranks the one written first, by {@code _version_}, where the local index takes the lower document number)
     * with the group's size. {@code total} counts the groups of all matches, {@code documents} the matching documents;
     * the facets count documents, as locally. Folding and counting rely on a group's copies sharing a shard (the
     * collection is routed by group, {@link SolrCollections#init}).
     */
    private SearchResult collapsed(SearchRequest req, ParsedQuery pq, ModifiableSolrParams matching, List<String> fields) throws IOException {
        int want = req.offset() + req.limit();
        boolean byDate = req.sort() == SortOrder.DATE;
        int window = byDate ? Math.max(1, want) : Math.max(want, RESCORE_WINDOW);
        QueryResponse first = rankingPass(matching, window, byDate, req.facets());
        long documents = first.getResults().getNumFound();
        List<Ranked> ranked = ranked(first, pq, byDate);
        List<Ranked> firsts = firstPerGroup(ranked, want);
        while (firsts.size() < want && ranked.size() < documents && window < MAX_COLLAPSE_WINDOW) {
            window = Math.min(MAX_COLLAPSE_WINDOW, window * 4);
            ranked = ranked(rankingPass(matching, window, byDate, false), pq, byDate);
            firsts = firstPerGroup(ranked, want);
        }
        List<Ranked> onPage = firsts.subList(Math.min(req.offset(), firsts.size()), firsts.size());
        List<String> groups = new ArrayList<>();
        for (Ranked h : onPage) if (h.group() != null) groups.add(h.group());
        Map<String, String> canonical = canonicalMembers(matching, groups);
        Map<String, Integer> sizes = groupSizes(groups);
        List<String> ids = new ArrayList<>();
        for (Ranked h : onPage) ids.add(h.group() == null ? h.id() : canonical.getOrDefault(h.group(), h.id()));
        Map<String, SolrDocument> stored = byId(ids, fields);
        List<SolrDocument> page = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<SearchResult.Copies> copies = new ArrayList<>();
        for (int k = 0; k < onPage.size(); k++) {
            SolrDocument d = stored.get(ids.get(k));
            if (d == null) continue; // deleted between the requests
            page.add(d);
            scores.add(onPage.get(k).score());
            String g = onPage.get(k).group();
            copies.add(new SearchResult.Copies(g, g == null ? 1 : sizes.getOrDefault(g, 1)));
        }
        List<SearchResult.Hit> hits = hits(page, scores, pq, req.originalScript());
        Map<String, SearchResult.Copies> byHit = new LinkedHashMap<>();
        for (int k = 0; k < hits.size(); k++) byHit.put(hits.get(k).id(), copies.get(k));
        return new SearchResult(req.query(), groupCount(matching), hits, req.facets() ? facets(first) : Map.of(), documents, byHit);
    }

    /** Most hits ranked to fill a page of groups: as many as the local index ranks ({@code PolicySearcher.MAX_COLLAPSE_WINDOW}). */
    static final int MAX_COLLAPSE_WINDOW = 20_000;

    /** The top {@code window} matches (id, score, group), by date or by the first-pass score, with the facets when asked. */
    private QueryResponse rankingPass(ModifiableSolrParams matching, int window, boolean byDate, boolean facets) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams(matching);
        if (!facets) {
            p.remove("facet");
            p.remove("facet.field");
        }
        p.set("sort", byDate ? BY_DATE : BY_SCORE);
        p.set("start", 0);
        p.set("rows", window);
        p.set("fl", Fields.ID + "," + Fields.GROUP + ",score");
        return query(p);
    }

    /** The pass's hits in their final order: by date (score 0, as locally), or with the titles rescored. */
    private List<Ranked> ranked(QueryResponse pass, ParsedQuery pq, boolean byDate) throws IOException {
        if (!byDate) return rescoreTitles(pass.getResults(), pq);
        List<Ranked> out = new ArrayList<>();
        for (SolrDocument d : pass.getResults()) out.add(new Ranked(str(d, Fields.ID), 0f, str(d, Fields.GROUP)));
        return out;
    }

    /** The first hit of each group, in rank order, at most {@code want}; a hit without a group stands alone. */
    private static List<Ranked> firstPerGroup(List<Ranked> ranked, int want) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Ranked> out = new ArrayList<>();
        for (Ranked h : ranked) {
            if (out.size() >= want) break;
            if (seen.add(h.group() == null ? "doc:" + h.id() : "group:" + h.group())) out.add(h);
        }
        return out;
    }

    /**
     * For each group: its canonical member among the matches, by Solr's collapse (one request for the page): the
     * smallest copy rank, then the smallest {@code _version_}, the member written first.
     */
    private Map<String, String> canonicalMembers(ModifiableSolrParams matching, List<String> groups) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (groups.isEmpty()) return out;
        ModifiableSolrParams p = new ModifiableSolrParams(matching);
        p.remove("facet");
        p.remove("facet.field");
        p.add("fq", "{!terms f=" + Fields.GROUP + "}" + String.join(",", groups));
        p.add("fq", "{!collapse field=" + Fields.GROUP + " sort='" + Fields.COPY_RANK + " asc,_version_ asc'}");
        p.set("rows", groups.size());
        p.set("fl", Fields.ID + "," + Fields.GROUP);
        for (SolrDocument d : query(p).getResults()) out.put(str(d, Fields.GROUP), str(d, Fields.ID));
        return out;
    }

    /** How many articles each group holds in the collection, matching or not. */
    private Map<String, Integer> groupSizes(List<String> groups) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        if (groups.isEmpty()) return out;
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!terms f=" + Fields.GROUP + "}" + String.join(",", groups));
        p.add("fq", SolrQueries.ARTICLES);
        p.set("rows", 0);
        p.set("facet", true);
        p.set("facet.field", Fields.GROUP);
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
        FacetField ff = query(p).getFacetField(Fields.GROUP);
        if (ff != null && ff.getValues() != null) for (FacetField.Count c : ff.getValues()) out.put(c.getName(), (int) c.getCount());
        return out;
    }

    /**
     * The groups among all matches: the matches collapsed by group on each shard and the shards' counts added, exact
     * because a group's copies share a shard; articles written without a group count one each, as locally.
     */
    private long groupCount(ModifiableSolrParams matching) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams(matching);
        p.remove("facet");
        p.remove("facet.field");
        p.add("fq", "{!collapse field=" + Fields.GROUP + " nullPolicy=expand}");
        p.set("rows", 0);
        return query(p).getResults().getNumFound();
    }

    /**
     * Hits of equal score (or day) in the order they were written, as the local index orders them (by document number),
     * by {@code _version_}, which the shard's leader gives and every replica keeps: without it each replica breaks ties
     * in its own segment order, and two requests answered by different replicas paged the same hits differently.
     */
    static final String BY_SCORE = "score desc,_version_ asc";
    static final String BY_DATE = Fields.PUBLISHED_DAY + " desc,score desc,_version_ asc";

    /** A ranked hit: its id, final score and near-duplicate group (null: written without one). */
    private record Ranked(String id, float score, String group) {}

    /**
     * The local index's second pass: the top hits' title matches, weighted {@value SolrQueryBuilder#TITLE_BOOST}, added to
     * their first-pass scores, then re-sorted (ties keep the first pass's order). A query of its own rather than Solr's
     * re-rank query, whose terms would be scored with each shard's statistics instead of the collection's.
     */
    private List<Ranked> rescoreTitles(SolrDocumentList first, ParsedQuery pq) throws IOException {
        List<Ranked> out = new ArrayList<>();
        for (SolrDocument d : first) out.add(new Ranked(str(d, Fields.ID), ((Number) d.getFirstValue("score")).floatValue(), str(d, Fields.GROUP)));
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
            rescored.add(t == null ? h : new Ranked(h.id(), h.score() + weight * t, h.group()));
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
        List<TargetRow> rows = new ArrayList<>();
        for (org.policyminer.search.TargetFacts.Figure f : figures(req, req.offset(), req.limit())) rows.add(f.row());
        return rows;
    }

    /** The figure rows of {@link #targets}, {@code rows} from {@code start}, each with its article's source and group. */
    private List<org.policyminer.search.TargetFacts.Figure> figures(SearchRequest req, int start, int rowCount) throws IOException {
        ParsedQuery pq = parsed(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueryBuilder b = new SolrQueryBuilder(p);
        p.set("articles", b.articleQuery(pq, SolrQueries.filterQueries(f, figureFilter)));
        p.set("q", "{!child of=" + SolrQueries.ARTICLES + " v=$articles}");
        p.add("fq", SolrQueries.figureConditions(f));
        p.set("sort", SolrDocuments.FIGURE_YEAR + " desc," + SolrDocuments.FIGURE_VALUE + " desc," + SolrDocuments.FIGURE_OF + " asc,"
                + SolrDocuments.FIGURE_INDEX + " asc");
        p.set("start", start);
        p.set("rows", rowCount);
        p.set("fl", SolrDocuments.FIGURE_OF + "," + SolrDocuments.FIGURE_INDEX);
        SolrDocumentList figures = query(p).getResults();
        List<String> ids = new ArrayList<>();
        for (SolrDocument fig : figures) {
            String id = str(fig, SolrDocuments.FIGURE_OF);
            if (!ids.contains(id)) ids.add(id);
        }
        Map<String, SolrDocument> articles = byId(ids, TARGET_FIELDS);
        Map<String, StoredEntities.Decoded> decoded = new HashMap<>();
        List<org.policyminer.search.TargetFacts.Figure> rows = new ArrayList<>();
        for (SolrDocument fig : figures) {
            SolrDocument d = articles.get(str(fig, SolrDocuments.FIGURE_OF));
            if (d == null) continue; // deleted between the two requests
            String simplified = str(d, Fields.TITLE) + "\n" + str(d, Fields.BODY);
            StoredEntities.Decoded e = decoded.computeIfAbsent(str(d, Fields.ID), k -> entities(d, simplified));
            int i = ((Number) fig.getFirstValue(SolrDocuments.FIGURE_INDEX)).intValue();
            StoredEntities.Row row = e.rows().get(i);
            rows.add(new org.policyminer.search.TargetFacts.Figure(new TargetRow(e.entities().amounts().get(i), str(d, Fields.ID),
                    str(d, Fields.URL), str(d, Fields.TITLE), str(d, Fields.PUBLISHED), row.sentence(simplified), row.cities()),
                    str(d, Fields.SOURCE), str(d, Fields.GROUP)));
        }
        return rows;
    }

    private static final List<String> TARGET_FIELDS = List.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.PUBLISHED, Fields.BODY,
            Fields.ORIGINAL_TITLE, Fields.ORIGINAL_BODY, Fields.ENTITIES, Fields.SOURCE, Fields.GROUP);

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

    /**
     * As the local index: the figures of the matching articles, newest and largest first, up to
     * {@code PolicySearcher.MAX_FACT_FIGURES}, folded into facts ({@link org.policyminer.search.TargetFacts}), the copies
     * of a group counted as one source.
     */
    @Override
    public List<TargetFact> facts(SearchRequest req) throws IOException {
        List<TargetFact> all = org.policyminer.search.TargetFacts.of(figures(req, 0, PolicySearcher.MAX_FACT_FIGURES), language::simplifyValue);
        return all.subList(Math.min(req.offset(), all.size()), Math.min(all.size(), req.offset() + req.limit()));
    }

    /** The article's group, its canonical member first, then by rank; of equal ranks the one written first. */
    @Override
    public Optional<CopyGroup> copyGroup(String id) throws IOException {
        SolrDocument d = byId(List.of(id), List.of(Fields.ID, Fields.GROUP)).get(id);
        String group = d == null ? null : str(d, Fields.GROUP);
        if (group == null) return Optional.empty();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrQueries.term(Fields.GROUP, group));
        p.add("fq", SolrQueries.ARTICLES);
        p.set("sort", Fields.COPY_RANK + " asc,_version_ asc");
        p.set("rows", MAX_GROUP_MEMBERS);
        p.set("fl", String.join(",", Fields.ID, Fields.URL, Fields.TITLE, Fields.SOURCE, Fields.PUBLISHED, Fields.SCRIPT, Fields.COPY_RANK));
        List<CopyGroup.Member> members = new ArrayList<>();
        for (SolrDocument m : query(p).getResults()) {
            Object rank = m.getFirstValue(Fields.COPY_RANK);
            members.add(new CopyGroup.Member(str(m, Fields.ID), str(m, Fields.URL), str(m, Fields.TITLE), str(m, Fields.SOURCE),
                    str(m, Fields.PUBLISHED), str(m, Fields.SCRIPT),
                    rank == null ? null : org.policyminer.index.CopyRank.kindOf(((Number) rank).longValue()).name().toLowerCase(java.util.Locale.ROOT),
                    members.isEmpty()));
        }
        return Optional.of(new CopyGroup(group, members));
    }

    /** Most members of a group listed (the local index lists every one; a group of more copies than this is spam). */
    static final int MAX_GROUP_MEMBERS = 10_000;

    /**
     * As the local index: empty for an article without a document record; else the record with its links resolved by
     * queries on the collection's document fields ({@link SolrDocumentLinks}).
     */
    @Override
    public Optional<DocumentLinks> documentLinks(String id) throws IOException {
        SolrDocument d = byId(List.of(id), List.of(Fields.ID, DocumentRecordFields.JSON)).get(id);
        if (d == null || str(d, DocumentRecordFields.JSON) == null) return Optional.empty();
        org.policyminer.doc.PolicyDocument record = Json.MAPPER.readValue(str(d, DocumentRecordFields.JSON), org.policyminer.doc.PolicyDocument.class);
        return Optional.of(DocumentLinks.resolve(new SolrDocumentLinks(p -> query(p).getResults()), id, record));
    }

    /**
     * As the local index: official documents matching the query and filters, by written day then published day,
     * oldest first (a missing day counts as day 0, as the local sort reads it); equal days by id, where the local
     * index keeps its insertion order.
     */
    @Override
    public List<DocumentRow> documents(SearchRequest req) throws IOException {
        ParsedQuery pq = parsed(req.query());
        ModifiableSolrParams p = articleParams(req, pq);
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

    /** The query parsed; a word that is a document number also finds, and ranks first, the document of that number ({@link SolrQueryBuilder}). */
    private ParsedQuery parsed(String query) {
        return language.parse(query);
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

    /** Articles by id, only {@code fields} when given ({@link SolrDocumentStore#byIds}). */
    private Map<String, SolrDocument> byId(Collection<String> ids, List<String> fields) throws IOException {
        Map<String, SolrDocument> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        try {
            for (SolrDocument d : SolrDocumentStore.byIds(client, collection, new ArrayList<>(ids), fields)) out.put(str(d, Fields.ID), d);
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
