package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.util.Sentences;

class StoredEntitiesTest {
    @Test
    void everyCorpusArticleReadsBackAsItWasRecognised() throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        int pages = 0, amounts = 0;
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                PolicyDoc doc = miner.process(p.toString());
                Entities e = doc.entities();
                List<StoredEntities.Row> rows = new ArrayList<>();
                for (AmountMention a : e.amounts()) {
                    rows.add(StoredEntities.Row.of(new Sentences(doc.analysedText()), a, FigureCitiesByScan.of(e, a, doc.analysedText())));
                }
                StoredEntities.Decoded back = StoredEntities.decode(StoredEntities.encode(e, rows, doc.originalText()), doc.originalText());
                assertEquals(e, back.entities(), p.toString());
                assertEquals(rows, back.rows(), p.toString());
                for (int i = 0; i < rows.size(); i++) {
                    AmountMention a = e.amounts().get(i);
                    assertEquals(new Sentences(doc.analysedText()).around(doc.analysedText(), a.start(), a.end()), back.rows().get(i).sentence(doc.analysedText()));
                }
                pages++;
                amounts += e.amounts().size();
            }
        }
        assertTrue(pages >= 30 && amounts >= 50, pages + " pages, " + amounts + " figures");
    }

    @Test
    void absentValuesStayAbsentAndEveryValueSurvives() {
        String text = "𠀀南京市到2025年产值突破4000.5亿元，两到三万美元\n";
        AmountMention full = new AmountMention("4000.5亿元", 15, 23, 4.0005e11, 5e11, "CNY", "约", "突破", 2025, 2021, -3,
                "产值", "target", "南京市𠀀");
        AmountMention bare = new AmountMention("两到三万美元", 24, 30, 2e4, null, null, null, null, null, null, null, null, null, null);
        Entities e = new Entities(List.of(new ClusterMention("南京市", "南京市新型电力（智能电网）装备集群", 2, 5, List.of(), true)),
                List.of(new CityMention("南京市", "南京市", "江苏省", "320100", 2, 5)), List.of(full, bare));
        List<StoredEntities.Row> rows = List.of(new StoredEntities.Row(0, 24, List.of("南京市", "𠀀市")), new StoredEntities.Row(24, 31, List.of()));
        StoredEntities.Decoded back = StoredEntities.decode(StoredEntities.encode(e, rows, text), text);
        assertEquals(e, back.entities());
        assertEquals(rows, back.rows());
        assertEquals(Entities.EMPTY, StoredEntities.decode(StoredEntities.encode(Entities.EMPTY, List.of(), ""), "").entities());
    }

    @Test
    void aNameThatRepeatsIsWrittenOnce() {
        String text = "南京市".repeat(20);
        List<CityMention> cities = new ArrayList<>();
        for (int i = 0; i < 20; i++) cities.add(new CityMention("南京市", "南京市", "江苏省", "320100", 3 * i, 3 * i + 3));
        BytesRef b = StoredEntities.encode(new Entities(List.of(), cities, List.of()), List.of(), text);
        int nameBytes = ("南京市" + "江苏省" + "320100").getBytes(StandardCharsets.UTF_8).length;
        // Written each time, the names alone would take 20 × nameBytes; once, a mention is its span and four references.
        assertTrue(b.length < 2 * nameBytes + 20 * 8, b.length + " bytes");
    }

    @Test
    void aMentionThatIsNotTheTextAtItsOffsetsKeepsItsOwnText() {
        // Entities from elsewhere than the recogniser (a test, an import) need not quote the text they point at.
        Entities e = new Entities(List.of(new ClusterMention(null, "上海市集成电路集群", 0, 3, List.of("上海市"), false)),
                List.of(new CityMention("上海市", "上海市", "上海市", "310000", 0, 3), new CityMention("南京市", "南京市", "江苏省", "320100", 0, 3),
                        new CityMention("南京", "南京市", "江苏省", "320100", 0, 3)), List.of());
        assertEquals(e, StoredEntities.decode(StoredEntities.encode(e, List.of(), "南京市"), "南京市").entities());
    }

    @Test
    void aValueOfAnotherFormatAsksForARebuild() {
        BytesRef b = StoredEntities.encode(Entities.EMPTY, List.of(), "");
        b.bytes[b.offset] = 9;
        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> StoredEntities.decode(b, ""));
        assertTrue(ex.getMessage().contains("rebuild"), ex.getMessage());
    }
}
