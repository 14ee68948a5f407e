package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.search.CopyGroup;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.testing.Docs;

/** Near-duplicate groups on a real index: joined across commits and within one, kept through removal and re-ingest. */
class CopyGroupsIT {
    @TempDir Path dir;

    static final String OFFICIAL = "https://www.miit.gov.cn/xwdt/art_1.html";
    static final String MIRROR = "http://mirror.example/news/1.html";
    static final String PORTAL = "https://www.ce.cn/xwzx/1.shtml";
    static final String OTHER = "https://www.miit.gov.cn/xwdt/art_2.html";

    static PolicyDoc official() {
        return Docs.doc(OFFICIAL, "先进制造业集群发展蓝图酝酿待出", "2021-03-23", "工业和信息化部", CopyTexts.REPORT, Entities.EMPTY);
    }

    static PolicyDoc mirror() {
        return Docs.doc(MIRROR, "澳门金沙官网 先進製造業集群發展藍圖醞釀待出_新闻网", "2021-03-20", null, CopyTexts.MIRROR_TRADITIONAL, Entities.EMPTY);
    }

    static PolicyDoc portal() {
        return Docs.doc(PORTAL, "先进制造业集群发展蓝图酝酿待出_中国经济网", "2021-03-24", "经济日报", CopyTexts.REPORT, Entities.EMPTY);
    }

    static PolicyDoc other() {
        return Docs.doc(OTHER, "中小企业发展情况发布会", "2021-04-01", "工业和信息化部", CopyTexts.OTHER, Entities.EMPTY);
    }

    private SearchResult search(Path index, boolean all) throws Exception {
        try (PolicySearcher s = PolicySearcher.open(index)) {
            return s.search(SearchRequest.of("先进制造业集群").withAllCopies(all));
        }
    }

    @Test
    void aCopyJoinsAcrossCommitsAndTheOfficialCopyStandsForTheGroup() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(mirror()); // the mirror arrives first and founds the group
            idx.upsert(other());
            idx.commit();
            idx.upsert(official());
            idx.commit();
            assertEquals(PolicyDoc.idFor(MIRROR), idx.copyOf(OFFICIAL).orElseThrow());
            assertTrue(idx.copyOf(OTHER).isEmpty());
        }
        SearchResult r = search(index, false);
        assertEquals(1, r.total());
        assertEquals(2, r.documents());
        assertEquals(OFFICIAL, r.hits().get(0).url());
        assertEquals(2, r.copiesOf(r.hits().get(0)).count());
        assertEquals(2, search(index, true).hits().size());
        try (PolicySearcher s = PolicySearcher.open(index)) {
            CopyGroup g = s.copyGroup(PolicyDoc.idFor(MIRROR)).orElseThrow();
            assertEquals(List.of(OFFICIAL, MIRROR), g.members().stream().map(CopyGroup.Member::url).toList());
            assertEquals("official", g.members().get(0).sourceKind());
            assertTrue(g.members().get(0).canonical());
            assertNotEquals(g.id(), s.copyGroup(PolicyDoc.idFor(OTHER)).orElseThrow().id());
        }
    }

    @Test
    void aCopyWrittenByTheNextWriterJoinsTheCommittedGroup() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(mirror());
            idx.upsert(other());
            idx.commit();
        }
        try (PolicyIndex idx = PolicyIndex.open(index, false)) { // a new process: the lookup is filled from the commit
            idx.upsert(official());
            idx.commit();
            assertEquals(PolicyDoc.idFor(MIRROR), idx.copyOf(OFFICIAL).orElseThrow());
        }
        assertEquals(1, search(index, false).total());
    }

    @Test
    void whatTheWriterDidNotCommitIsNotACopyForTheNext() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(other());
            idx.commit();
            idx.upsert(mirror()); // closed without a commit: rolled back, as after a crash
        }
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(official());
            idx.commit();
            assertTrue(idx.copyOf(OFFICIAL).isEmpty(), "joined a document the index does not hold");
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(1, s.copyGroup(PolicyDoc.idFor(OFFICIAL)).orElseThrow().members().size());
        }
    }

    @Test
    void copiesWrittenBeforeOneCommitFindEachOther() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsertAll(List.of(portal(), mirror(), other()));
            idx.commit();
        }
        SearchResult r = search(index, false);
        assertEquals(1, r.hits().size());
        assertEquals(PORTAL, r.hits().get(0).url(), "a news portal before a mirror");
        assertEquals(2, r.copiesOf(r.hits().get(0)).count());
    }

    @Test
    void removalLeavesTheOtherCopiesGroupedAndANewCopyJoinsThem() throws Exception {
        Path index = dir.resolve("i");
        String group;
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(mirror());
            idx.upsert(portal());
            idx.commit();
            idx.removeByUrl(MIRROR); // the founder goes
            idx.commit();
            idx.upsert(official());
            idx.commit();
            assertEquals(PolicyDoc.idFor(PORTAL), idx.copyOf(OFFICIAL).orElseThrow());
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            CopyGroup g = s.copyGroup(PolicyDoc.idFor(PORTAL)).orElseThrow();
            assertEquals(List.of(OFFICIAL, PORTAL), g.members().stream().map(CopyGroup.Member::url).toList());
        }
    }

    @Test
    void aCopyRemovedBeforeTheCommitIsNotJoined() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(mirror());
            idx.removeByUrl(MIRROR);
            idx.upsert(official());
            assertTrue(idx.copyOf(OFFICIAL).isEmpty());
            idx.commit();
        }
        assertEquals(1, search(index, true).hits().size());
    }

    @Test
    void aReingestedPageThatChangedLeavesItsGroup() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(official());
            idx.upsert(portal());
            idx.commit();
            idx.upsert(Docs.doc(PORTAL, "中小企业发展情况发布会_中国经济网", "2021-04-02", "经济日报", CopyTexts.OTHER, Entities.EMPTY));
            idx.commit();
            assertTrue(idx.copyOf(PORTAL).isEmpty());
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            assertEquals(1, s.copyGroup(PolicyDoc.idFor(OFFICIAL)).orElseThrow().members().size());
            assertEquals(1, s.copyGroup(PolicyDoc.idFor(PORTAL)).orElseThrow().members().size());
        }
    }

    @Test
    void withoutGroupsEveryCopyIsAHit() throws Exception {
        Path index = dir.resolve("i");
        try (PolicyIndex idx = PolicyIndex.open(index, false, false)) {
            idx.upsertAll(List.of(official(), mirror(), portal()));
            idx.commit();
            assertTrue(idx.copyOf(MIRROR).isEmpty());
        }
        SearchResult r = search(index, false);
        assertEquals(3, r.total());
        assertEquals(3, r.hits().size());
    }
}
