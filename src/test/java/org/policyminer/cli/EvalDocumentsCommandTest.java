package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A frozen test block is read as aggregates only: its misses leave `eval documents` in no form. */
class EvalDocumentsCommandTest {
    @TempDir Path dir;

    /** One repost page whose gold wants a number the page does not carry: a miss to print or to hold back. */
    private Path blockWithOneMiss() throws Exception {
        Path block = Files.createDirectories(dir.resolve("block"));
        Files.writeString(block.resolve("p.repost.html"), "<html><head><meta charset=\"utf-8\"><title>关于做好防汛工作的通知</title></head>"
                + "<body><h1>关于做好防汛工作的通知</h1><div class=\"text\"><p>各乡镇人民政府：</p>"
                + "<p>为做好今年防汛工作，现就有关事项通知如下，请认真贯彻执行，确保安全度汛，不得有误。</p>"
                + "<p>某某县人民政府办公室</p><p>2020年5月6日</p></div></body></html>", StandardCharsets.UTF_8);
        Files.writeString(block.resolve("p.repost.gold.json"), "{\"url\":\"http://example.test/p\",\"number\":\"某政办〔2020〕9号\","
                + "\"issuers\":[\"某某县人民政府办公室\"],\"type\":\"通知\"}", StandardCharsets.UTF_8);
        return block;
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        int code = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute(args);
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void aDevBlockPrintsItsMissesAndAFrozenBlockNever() throws Exception {
        Path block = blockWithOneMiss();
        String dev = run("eval", "documents", "--set", "dev=" + block, "--errors");
        assertTrue(dev.contains("number want 某政办〔2020〕9号"), dev);
        for (String frozen : new String[] {"test", "test2", "test3", "test4", "test5", "test6"}) {
            String text = run("eval", "documents", "--set", frozen + "=" + block, "--errors", "--by-variant");
            assertTrue(text.contains(frozen + "/repost: 1 pages"), text);
            assertFalse(text.contains("want"), text);
            String json = run("eval", "documents", "--set", frozen + "=" + block, "--errors", "--json");
            assertFalse(json.contains("want"), json);
        }
    }

    @Test
    void theThirdFrozenBlockIsScoredByDefault() {
        assertTrue(EvalDocumentsCommand.DEFAULT_SETS.contains("test3=corpora/documents/test3"), EvalDocumentsCommand.DEFAULT_SETS.toString());
        assertTrue(EvalDocumentsCommand.FROZEN.contains("test3"));
    }

    /** test4 replaced test3 as the unseen block once test3's documents had been described one by one and ruled on. */
    @Test
    void theFourthFrozenBlockIsScoredByDefault() {
        assertTrue(EvalDocumentsCommand.DEFAULT_SETS.contains("test4=corpora/documents/test4"), EvalDocumentsCommand.DEFAULT_SETS.toString());
        assertTrue(EvalDocumentsCommand.FROZEN.contains("test4"));
    }

    /** test5, written by a blind annotator, is the block nobody has seen once test4 had been read three times; test6 once test5 had been read seven. */
    @ParameterizedTest
    @ValueSource(strings = {"test5", "test6"})
    void theLaterFrozenBlocksAreScoredByDefault(String block) {
        assertTrue(EvalDocumentsCommand.DEFAULT_SETS.contains(block + "=corpora/documents/" + block), EvalDocumentsCommand.DEFAULT_SETS.toString());
        assertTrue(EvalDocumentsCommand.FROZEN.contains(block));
    }

    @Test
    void theBlockOfAVariantReportIsItsSet() {
        assertEquals("test2", EvalDocumentsCommand.blockOf("test2/crawled"));
        assertEquals("dev", EvalDocumentsCommand.blockOf("dev"));
    }
}
