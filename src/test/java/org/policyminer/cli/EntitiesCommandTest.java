package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `entities --jsonl` reads a line's page by its "url" as well as by its "host". */
class EntitiesCommandTest {
    @TempDir Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        int code = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute(args);
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void aLineGivingOnlyAUrlTakesItsHostsPlace() throws Exception {
        Path lines = dir.resolve("lines.jsonl");
        Files.writeString(lines, "{\"id\":1,\"text\":\"去年全年营业额为19664亿元。\",\"url\":\"https://news.example.com.tw/a/1\"}\n"
                + "{\"id\":2,\"text\":\"去年全年营业额为19664亿元。\",\"url\":\"https://news.example.com/a/1\"}\n", StandardCharsets.UTF_8);
        String[] out = run("entities", "--quiet", "--jsonl", lines.toString()).split("\n");
        assertTrue(out[0].contains("\"currency\":\"TWD\""), out[0]);
        assertTrue(out[1].contains("\"currency\":\"CNY\""), out[1]);
    }
}
