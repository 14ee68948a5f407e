package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.policyminer.util.Json;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyminer.entities.EntityRecognizer;

class EntitiesEvaluationTest {
    @Test
    void goldSetMeetsTheIssueThresholds() {
        Path gold = Path.of(System.getProperty("policyminer.root", "."), "corpora", "entities", "gold.jsonl");
        EntitiesEvaluation.Result r = new EntitiesEvaluation(new EntityRecognizer()).evaluate(GoldSentence.read(gold));
        for (EntitiesEvaluation.Scores s : new EntitiesEvaluation.Scores[] {r.overall(), r.traditional()}) {
            assertTrue(s.amounts().f1() >= 0.95, () -> "amount F1 " + s.amounts().f1() + " " + r.errors());
            assertTrue(s.year().value() >= 0.95 && s.period().value() >= 0.95, () -> "year/period " + r.errors());
            assertTrue(s.kind().value() >= 0.90, () -> "kind " + r.errors());
            assertTrue(s.cities().f1() >= 0.95, () -> "cities " + r.errors());
            assertTrue(s.clusters().f1() >= 0.90, () -> "clusters " + r.errors());
        }
    }

    /**
     * Session 29: the lines of one page (one url) are read with the page's place, as the pipeline reads a whole
     * document: a Macau release's later line that names no place keeps MOP; a mainland page stays CNY. Made-up lines.
     */
    @Test
    void linesOfOnePageShareItsPlace() throws Exception {
        String amount = "{\"text\":\"%s\",\"value\":%s,\"currency\":\"%s\"}";
        String line = "{\"id\":\"%s\",\"url\":\"%s\",\"host\":\"%s\",\"published\":\"2024-04-25\",\"text\":\"%s\",\"amounts\":[%s]}";
        List<GoldSentence> gold = new java.util.ArrayList<>();
        for (String l : new String[] {
                line.formatted("a1", "http://a.example/1", "a.example", "澳門統計暨普查局公布第一季貨物貿易。", ""),
                line.formatted("a2", "http://a.example/1", "a.example", "總出口貨值為30.2億元。", amount.formatted("30.2億元", "3.02e9", "MOP")),
                line.formatted("b1", "http://b.example/2", "b.example", "深圳市今年推动项目建设。", ""),
                line.formatted("b2", "http://b.example/2", "b.example", "全年完成投资500亿元。", amount.formatted("500亿元", "5e10", "CNY"))}) {
            JsonNode n = Json.MAPPER.readTree(l);
            gold.add(GoldSentence.parse(n));
        }
        EntitiesEvaluation.Result r = new EntitiesEvaluation(new EntityRecognizer()).evaluate(gold);
        assertEquals(1.0, r.overall().currency().value(), () -> r.errors().toString());
    }
}
