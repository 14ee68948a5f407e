package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetRow;
import org.policyminer.testing.Docs;

class PolicyIndexIT {
    @TempDir Path dir;
    Path index;

    static final String NANJING = "南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。\n上海市集成电路集群2020年产值为2000亿元。";
    static final String SHANGHAI_TRAD = "上海市集成電路集群“十四五”期間將再投入3000億元。\n南京市軟件產業規模較大。";

    @BeforeEach
    void build() throws Exception {
        index = dir.resolve("index");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(nanjing("南京集群发展"));
            idx.upsert(shanghai());
            idx.commit();
        }
    }

    /** Two figures in one article: 4000亿 for 2025 in 南京, 2000亿 for 2020 in 上海. */
    static PolicyDoc nanjing(String title) {
        int off = title.length() + 1;
        int sh = off + NANJING.indexOf("上海市");
        return Docs.doc("https://example.gov.cn/a.html", title, "2021-03-23", "经济日报", NANJING, Docs.entities(
                List.of(Docs.cluster("南京市新型电力（智能电网）装备集群", off + 10, "南京市"), Docs.cluster("上海市集成电路集群", sh, "上海市")),
                List.of(Docs.city("南京市", "江苏省", "320100", off), Docs.city("上海市", "上海市", "310000", sh)),
                List.of(Docs.amount("4000亿元", off + NANJING.indexOf("4000"), 4e11, 2025, "target", "南京市新型电力（智能电网）装备集群"),
                        Docs.amount("2000亿元", off + NANJING.indexOf("2000"), 2e11, 2020, "actual", "上海市集成电路集群"))));
    }

    static PolicyDoc shanghai() {
        int off = "上海積體電路".length() + 1;
        return Docs.doc("https://example.gov.cn/b.html", "上海積體電路", "2022-05-01", "人民日報", SHANGHAI_TRAD, Docs.entities(
                List.of(Docs.cluster("上海市集成电路集群", off, "上海市")),
                List.of(Docs.city("上海市", "上海市", "310000", off)),
                List.of(new org.policyminer.doc.AmountMention("3000億元", off + SHANGHAI_TRAD.indexOf("3000"), off + SHANGHAI_TRAD.indexOf("3000") + 6,
                        3e11, null, "CNY", null, "投入", null, 2021, 2025, "投入", "investment", "上海市集成电路集群"))));
    }

    private SearchResult search(String q, Filters f) throws Exception {
        try (PolicySearcher s = PolicySearcher.open(index)) {
            return s.search(SearchRequest.of(q).withFilters(f));
        }
    }

    private static List<String> urls(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::url).toList();
    }

    @Test
    void traditionalAndSimplifiedQueriesReturnTheSameRankedList() throws Exception {
        SearchResult simp = search("集成电路", Filters.NONE);
        SearchResult trad = search("集成電路", Filters.NONE);
        assertEquals(2, simp.total());
        assertEquals(urls(simp), urls(trad));
        assertEquals(simp.hits().stream().map(SearchResult.Hit::score).toList(), trad.hits().stream().map(SearchResult.Hit::score).toList());
    }

    @Test
    void aWordMatchesAsAWholeNotAsSingleCharacters() throws Exception {
        // 集 and 群 both occur in both articles, but only as 集群; 群集 occurs nowhere.
        assertEquals(0, search("群集", Filters.NONE).total());
        assertEquals(1, search("软件", Filters.NONE).total());
    }

    @Test
    void figureFiltersMustHoldForOneAndTheSameFigure() throws Exception {
        // 南京's figure is 4000亿 for 2025; the 2025 + 南京 + ≥1000亿 filter finds it ...
        assertEquals(List.of("https://example.gov.cn/a.html"),
                urls(search("", new Filters("南京市", null, null, null, null, null, 2025, 1e11, null, null))));
        // ... but 2020 (a year of the other figure) with 南京 and ≥1000亿 must not match across figures.
        assertEquals(0, search("", new Filters("南京市", null, null, null, null, null, 2020, 1e11, null, null)).total());
        // 上海 2020 ≥1000亿 is the other figure of the same article.
        assertEquals(List.of("https://example.gov.cn/a.html"),
                urls(search("", new Filters("上海市", null, null, null, null, null, 2020, 1e11, null, null))));
    }

    @Test
    void facetsCountArticles() throws Exception {
        SearchResult r = search("集群", Filters.NONE);
        assertEquals(Map.of("上海市", 2, "南京市", 1), r.facets().get("city"));
        // 2025: 南京's target year and the end of 上海's “十四五” period
        assertEquals(Map.of("2025", 2, "2020", 1), r.facets().get("year"));
        assertEquals(Integer.valueOf(1), r.facets().get("source").get("人民日报"));
    }

    @Test
    void facetValuesAreCountedFromDocValuesWithoutDrillDownTerms() throws Exception {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            // the facet counts above come from doc values; filters use the dimensions' own fields
            assertNull(MultiTerms.getTerms(r, FacetsConfig.DEFAULT_INDEX_FIELD_NAME));
            assertEquals(2, r.docFreq(new Term(Fields.CITY, "上海市")));
        }
    }

    @Test
    void snippetsComeInEitherScriptAtTheSameOffsets() throws Exception {
        try (PolicySearcher s = PolicySearcher.open(index)) {
            SearchResult simp = s.search(SearchRequest.of("投入").withFilters(new Filters(null, null, null, "人民日报", null, null, null, null, null, null)));
            SearchResult orig = s.search(SearchRequest.of("投入").withFilters(new Filters(null, null, null, "人民日報", null, null, null, null, null, null)).inOriginalScript(true));
            assertTrue(simp.hits().get(0).snippet().contains("期间将再<em>投入</em>3000亿元"), simp.hits().get(0).snippet());
            assertTrue(orig.hits().get(0).snippet().contains("期間將再<em>投入</em>3000億元"), orig.hits().get(0).snippet());
        }
    }

    @Test
    void reingestUpdatesUnchangedIsSkippedAndRemoveDeletesTheWholeBlock() throws Exception {
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            assertEquals(DocumentStore.Outcome.UNCHANGED, idx.upsert(nanjing("南京集群发展")));
            assertEquals(DocumentStore.Outcome.UPDATED, idx.upsert(nanjing("南京集群发展（更新）")));
            idx.commit();
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(2, s.count());
            List<TargetRow> rows = s.targets(SearchRequest.of("").page(100, 0));
            assertEquals(3, rows.size(), "the old block's figures were replaced, not duplicated");
        }
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            assertTrue(idx.removeByUrl("https://example.gov.cn/a.html"));
            assertFalse(idx.removeByUrl("https://example.gov.cn/none.html"));
            idx.commit();
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(1, s.count());
            assertEquals(1, s.targets(SearchRequest.of("").page(100, 0)).size());
        }
    }

    @Test
    void targetsCarryTheSentenceAndTheFigureCities() throws Exception {
        try (PolicySearcher s = PolicySearcher.open(index)) {
            List<TargetRow> rows = s.targets(SearchRequest.of("").withFilters(new Filters(null, null, null, null, null, null, 2025, null, null, "target")));
            assertEquals(1, rows.size());
            TargetRow r = rows.get(0);
            assertEquals(4.0e11, r.amount().value());
            assertEquals(List.of("南京市"), r.cities());
            assertEquals("南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。", r.sentence());
        }
    }

    @Test
    void uncommittedWritesAreLostAsAfterACrash() throws Exception {
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(Docs.doc("https://example.gov.cn/c.html", "新文章", null, null, "工业互联网平台", org.policyminer.doc.Entities.EMPTY));
            // no commit: close() rolls back, as a killed process would
        }
        assertEquals(0, search("工业互联网", Filters.NONE).total());
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(2, s.count(), "the two committed articles are still there");
        }
    }

    @Test
    void flushedBuffersStayInvisibleAndUndurableUntilTheCommit() throws Exception {
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(Docs.doc("https://example.gov.cn/c.html", "新文章", null, null, "工业互联网平台", org.policyminer.doc.Entities.EMPTY));
            idx.flushBuffers();
            try (FSDirectory d = FSDirectory.open(index)) {
                assertTrue(java.util.Arrays.stream(d.listAll()).anyMatch(f -> f.endsWith(".cfs") || f.endsWith(".fdt")), "a segment was written");
            }
            assertEquals(0, search("工业互联网", Filters.NONE).total(), "not visible before the commit");
            // no commit: close() rolls back, as a killed process would
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(2, s.count(), "the flushed segment was dropped with the rollback");
        }
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(Docs.doc("https://example.gov.cn/c.html", "新文章", null, null, "工业互联网平台", org.policyminer.doc.Entities.EMPTY));
            idx.flushBuffers();
            idx.commit();
        }
        assertEquals(1, search("工业互联网", Filters.NONE).total(), "the commit makes the flushed segment visible");
    }

    @Test
    void anIndexWithAnotherSchemaIsRefusedWithAWayToRebuild() throws Exception {
        Path other = dir.resolve("old");
        try (FSDirectory d = FSDirectory.open(other); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, "0").entrySet());
            w.commit();
        }
        IndexSchemaException e = assertThrows(IndexSchemaException.class, () -> PolicySearcher.open(other));
        assertTrue(e.getMessage().contains("rebuild it with 'policyminer ingest --rebuild"), e.getMessage());
        assertThrows(IndexSchemaException.class, () -> PolicyIndex.open(other, false));
        try (PolicyIndex idx = PolicyIndex.open(other, true)) {
            assertEquals(0, idx.size());
        }
        try (PolicySearcher s = PolicySearcher.open(other)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aReaderSeesConsistentCommitsWhileAWriterRuns() throws Exception {
        try (PolicySearcher s = PolicySearcher.open(index); PolicyIndex idx = PolicyIndex.open(index, false)) {
            for (int i = 0; i < 30; i++) {
                idx.upsert(Docs.doc("https://example.gov.cn/n" + i + ".html", "工业互联网" + i, null, null, "工业互联网平台建设第" + i + "期", org.policyminer.doc.Entities.EMPTY));
                if (i % 10 == 9) idx.commit();
                s.refresh();
                long seen = s.search(SearchRequest.of("工业互联网")).total();
                assertEquals(0, seen % 10, "a reader sees whole commits only, saw " + seen);
                assertEquals(seen, s.count() - 2);
            }
        }
    }

    @Test
    void aBatchIndexesEachArticleAndABrokenOneFailsAlone() throws Exception {
        PolicyDoc broken = new PolicyDoc("https://example.gov.cn/broken.html", "https://example.gov.cn/broken.html", null, null, null, null);
        PolicyDoc fresh = Docs.doc("https://example.gov.cn/c.html", "工业互联网", null, null, "工业互联网平台建设", org.policyminer.doc.Entities.EMPTY);
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            List<DocumentStore.Upserted> r = idx.upsertAll(List.of(nanjing("南京集群发展"), broken, fresh, nanjing("南京集群发展新篇")));
            assertEquals(DocumentStore.Outcome.UNCHANGED, r.get(0).outcome());
            assertTrue(r.get(1).error() != null && r.get(1).outcome() == null, r.get(1).toString());
            assertEquals(DocumentStore.Outcome.ADDED, r.get(2).outcome());
            assertEquals(DocumentStore.Outcome.UPDATED, r.get(3).outcome());
            idx.commit();
        }
        assertEquals(List.of("https://example.gov.cn/c.html"), urls(search("工业互联网", Filters.NONE)));
        assertEquals(List.of("https://example.gov.cn/a.html"), urls(search("新篇", Filters.NONE)));
    }

    /** The same page twice in one batch is written once, as two upserts one after the other would. */
    @Test
    void aPageTwiceInOneBatchIsWrittenOnce() throws Exception {
        PolicyDoc fresh = Docs.doc("https://example.gov.cn/c.html", "工业互联网", null, null, "工业互联网平台建设", org.policyminer.doc.Entities.EMPTY);
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            List<DocumentStore.Upserted> r = idx.upsertAll(List.of(fresh, fresh));
            assertEquals(List.of(DocumentStore.Outcome.ADDED, DocumentStore.Outcome.UNCHANGED), r.stream().map(DocumentStore.Upserted::outcome).toList());
        }
    }

    /**
     * Articles the index does not hold are added without a delete by id, which every later flush would look up in
     * every segment; an article it holds is still replaced, and one removed and written again comes back once.
     */
    @Test
    void newArticlesBufferNoDeletesAndKnownOnesAreStillReplaced() throws Exception {
        PolicyDoc fresh = Docs.doc("https://example.gov.cn/c.html", "工业互联网", null, null, "工业互联网平台建设", org.policyminer.doc.Entities.EMPTY);
        PolicyDoc other = Docs.doc("https://example.gov.cn/d.html", "工业母机", null, null, "工业母机产业链", org.policyminer.doc.Entities.EMPTY);
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsertAll(List.of(fresh, other));
            assertFalse(idx.hasBufferedDeletes(), "two new articles buffered a delete");
            assertEquals(DocumentStore.Outcome.UPDATED, idx.upsert(nanjing("南京集群发展新篇")));
            assertTrue(idx.hasBufferedDeletes(), "an article the index holds is replaced by id");
            assertTrue(idx.removeByUrl(fresh.url()));
            assertEquals(DocumentStore.Outcome.ADDED, idx.upsert(fresh));
            idx.commit();
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(4, s.count());
            assertEquals(List.of("https://example.gov.cn/c.html"), urls(s.search(SearchRequest.of("工业互联网"))));
            assertEquals(List.of("https://example.gov.cn/a.html"), urls(s.search(SearchRequest.of("新篇"))));
        }
    }

    /** Two tasks writing the same new pages at once leave each page once: the second write of an id replaces the first. */
    @Test
    void theSameNewPagesWrittenByTwoThreadsAtOnceAreIndexedOnce() throws Exception {
        List<PolicyDoc> a = new java.util.ArrayList<>(), b = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String url = "https://example.gov.cn/p" + i + ".html";
            a.add(Docs.doc(url, "工业互联网" + i, null, null, "工业互联网平台建设第一版", org.policyminer.doc.Entities.EMPTY));
            b.add(Docs.doc(url, "工业互联网" + i, null, null, "工业互联网平台建设第二版", org.policyminer.doc.Entities.EMPTY));
        }
        try (PolicyIndex idx = PolicyIndex.open(index, true)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> idx.upsertAll(a));
                var second = pool.submit(() -> idx.upsertAll(b));
                first.get();
                second.get();
            } finally {
                pool.shutdown();
            }
            idx.commit();
            assertEquals(200, idx.size());
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(200, s.count(), "a page written by both threads is in the index once");
        }
    }

    /** The word views segmented ahead of the document index the same terms and frequencies as the analyser would. */
    @Test
    void wordsSegmentedAheadIndexWhatTheAnalyserWould() throws Exception {
        PolicyDoc doc = nanjing("南京集群发展：2025年1.5万亿元");
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        assertEquals(postings(mapper.document(doc, doc.id(), "h", null)), postings(mapper.document(doc, doc.id(), "h", DocumentMapper.Words.of(doc))));
    }

    private static List<String> postings(org.apache.lucene.document.Document d) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PolicyIndex.analyzer()))) {
                w.addDocument(d);
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                for (String field : List.of(Fields.TITLE_WORDS, Fields.BODY_WORDS)) {
                    var terms = MultiTerms.getTerms(r, field).iterator();
                    for (var t = terms.next(); t != null; t = terms.next()) out.add(field + ":" + t.utf8ToString() + "×" + terms.totalTermFreq());
                }
            }
        }
        assertTrue(out.size() > 10, out.toString());
        return out;
    }
}
