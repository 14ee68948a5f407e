package org.policyminer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.PolicyIndex;

class IngestServiceTest {
    /** Pages that fail: 7 and 70 have no bytes (extraction fails), 100 cannot be loaded at all. */
    private static final Set<Integer> BROKEN = Set.of(7, 70);
    private static final int UNLOADABLE = 100;

    private static PolicyDoc page(int i) {
        if (i == UNLOADABLE) throw new IllegalStateException("disk error");
        String html = "<html><head><meta charset=utf-8><title>南京市集群发展" + i + "</title></head><body><div id=con_con>"
                + "<p>到2025年，南京市新型电力装备集群产值突破" + (1000 + i) + "亿元，集成电路产业加快发展。</p></div></body></html>";
        byte[] bytes = BROKEN.contains(i) ? new byte[0] : html.getBytes(StandardCharsets.UTF_8);
        String url = "https://example.gov.cn/art/" + i + ".html";
        return PolicyDoc.of("page-" + i, new Fetched(url, bytes, Map.of()));
    }

    private static IngestService.Loader loader() {
        return new IngestService.Loader() {
            @Override
            public PolicyDoc load(int i) {
                return page(i);
            }

            @Override
            public String name(int i) {
                return "page-" + i;
            }
        };
    }

    @Test
    void aBrokenPageFailsAloneInsideItsChunk(@TempDir Path dir) throws Exception {
        IngestReport r;
        try (PolicyIndex idx = PolicyIndex.open(dir.resolve("index"), true)) {
            IngestService ing = new IngestService(IngestService.standardPipeline(), new PageSource(new HttpFetcher()), idx, 2, CommitPolicy.batchesOf(60));
            r = ing.ingest(150, loader(), null);
            assertEquals(147, idx.size(), "every other page of the chunks is indexed");
        }
        assertEquals(147, r.added());
        assertEquals(3, r.failed());
        assertEquals(147, r.amounts(), "one figure per indexed page");
        List<String> errors = r.errors();
        assertTrue(errors.stream().anyMatch(e -> e.equals("extract failed on page-7: https://example.gov.cn/art/7.html: empty page")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.equals("extract failed on page-70: https://example.gov.cn/art/70.html: empty page")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.equals("page-100: disk error")), errors.toString());
    }

    /** Documents waiting for a commit are held without their page's bytes, so that thousands can wait. */
    @Test
    void documentsAreIndexedAndHeldWithoutTheirPages(@TempDir Path dir) throws Exception {
        List<PolicyDoc> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (PolicyIndex idx = PolicyIndex.open(dir.resolve("index"), true)) {
            // batches of 20 on two threads: the second batch's documents arrive while the first commits
            IngestReport r = new IngestService(IngestService.standardPipeline(), new PageSource(new HttpFetcher()), idx, 2, CommitPolicy.batchesOf(20))
                    .ingest(60, i -> page(200 + i), d -> { if (d != null) seen.add(d); });
            assertEquals(60, r.added());
        }
        assertEquals(60, seen.size());
        assertTrue(seen.stream().allMatch(d -> d.fetched() == null && d.entities() != null && d.simplified() != null), "pages dropped, the rest kept");
    }

    @Test
    void aFullGateMakesTheNextDocumentWaitForTheCommit() throws Exception {
        IngestService.Gate gate = new IngestService.Gate(2);
        PolicyDoc doc = page(1);
        assertFalse(gate.admit(0, doc), "held: the previous batch is not committed yet");
        assertFalse(gate.admit(1, doc));
        java.util.concurrent.CompletableFuture<Boolean> third = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return gate.admit(2, doc);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(third.isDone(), "a third document waits instead of being held");
        gate.openNow();
        assertTrue(third.get(10, java.util.concurrent.TimeUnit.SECONDS), "once the gate opens it is indexed at once");
        assertEquals(List.of(0, 1), gate.held().stream().map(IngestService.Numbered::i).toList());
    }

    @Test
    void chunksShrinkSoThatSmallBatchesUseEveryThread() {
        IngestService two = new IngestService(IngestService.standardPipeline(), null, null, 2, CommitPolicy.bulk());
        assertEquals(IngestService.MAX_CHUNK, two.chunkSize(8000));
        assertEquals(4, two.chunkSize(34), "34 documents on 2 threads: 9 tasks");
        assertEquals(1, two.chunkSize(3));
    }
}
