package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.cli.PolicyMinerCommand;
import picocli.CommandLine;

/** {@code policyminer alerts …} and {@code policyminer watch --once --json} as a user runs them. */
class WatchCommandIT {
    @TempDir Path dir;

    record Result(int status, String out, String err) {}

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** The options naming where articles go besides {@code --index}: none (the local index), or {@code --solr ZK --collection NAME}. */
    List<String> store() throws Exception {
        return List.of();
    }

    /** The articles stored so far, counted in the store the watch wrote. */
    int articles(Path index) throws Exception {
        try (org.policyminer.search.PolicySearcher s = org.policyminer.search.PolicySearcher.open(index)) {
            return s.count();
        }
    }

    /** {@code command --index DIR} and the store's options, then {@code rest}. */
    String[] args(String command, String index, String... rest) throws Exception {
        List<String> out = new ArrayList<>(List.of(command.split(" ")));
        out.addAll(List.of("--index", index));
        out.addAll(store());
        out.addAll(List.of(rest));
        return out.toArray(String[]::new);
    }

    @Test
    void alertsAddListRemoveThenWatchOncePrintsJsonLines() throws Exception {
        String index = dir.resolve("index").toString();
        assertEquals(0, cli(args("alerts add", index, "--id", "ic", "集成電路")).status());
        assertEquals(2, cli(args("alerts add", index, "--id", "bad", "\"集群")).status(), "a query that does not parse is refused");
        assertEquals(0, cli(args("alerts add", index, "--id", "tmp", "绿色")).status());
        assertEquals(0, cli(args("alerts remove", index, "tmp")).status());
        assertEquals(2, cli(args("alerts remove", index, "tmp")).status());
        Result list = cli(args("alerts list", index, "--json"));
        assertEquals("{\"id\":\"ic\",\"query\":\"集成電路\"}", list.out().strip());

        try (MiitFixtureSite site = MiitFixtureSite.start()) {
            String[] watch = args("watch", index, "--base-url", site.base(), "--columns",
                    MiitFixtureSite.TZ + "," + MiitFixtureSite.ZCJD + "," + MiitFixtureSite.SJDT, "--once", "--json", "--delay", "0s");
            Result first = cli(watch);
            assertEquals(0, first.status(), first.err());
            List<JsonNode> lines = new ArrayList<>();
            for (String l : first.out().strip().split("\n")) lines.add(new ObjectMapper().readTree(l));
            assertEquals(7, lines.size(), first.out());
            for (JsonNode n : lines) {
                assertEquals("new", n.get("event").asText());
                assertEquals("miit", n.get("source").asText());
                assertTrue(n.get("url").asText().startsWith(site.base()));
                boolean ic = n.get("url").asText().equals(site.url("a4"));
                assertEquals(ic ? "[\"ic\"]" : "[]", n.get("alerts").toString());
            }
            assertEquals(7, articles(Path.of(index)));
            assertTrue(java.nio.file.Files.isRegularFile(Path.of(index + ".watch", "state.json")), "the watch's state beside --index");
            Result again = cli(watch);
            assertEquals(0, again.status(), again.err());
            assertEquals("", again.out());
            assertEquals(7, articles(Path.of(index)), "nothing stored twice");
        }
        assertEquals(2, cli("watch", "--index", index, "--source", "rss", "--once").status(), "rss needs --feed-url");
        assertEquals(2, cli("watch", "--index", index, "--every", "10s").status(), "too frequent");
    }

    /**
     * A site behind MIIT's two-round JavaScript challenge: solved by default (and said on stderr); with
     * --no-solve-challenge one error that names --cookie; a pasted browser cookie gets through without solving.
     */
    @Test
    void theJavaScriptChallengeIsSolvedOrAPastedBrowserCookieGetsThrough() throws Exception {
        String index = dir.resolve("index").toString();
        try (MiitFixtureSite site = MiitFixtureSite.start()) {
            org.policyminer.fetch.JslChallengeGate gate = site.jsChallenge(java.time.Duration.ofHours(1));
            String[] base = {"watch", "--base-url", site.base(), "--columns", MiitFixtureSite.TZ, "--once", "--json", "--delay", "0s"};
            List<String> off = new ArrayList<>(List.of(base));
            off.addAll(List.of("--index", index, "--no-solve-challenge"));
            Result blocked = cli(off.toArray(String[]::new));
            assertEquals(1, blocked.status(), blocked.out());
            assertEquals(1, blocked.out().strip().split("\n").length, "one error, not one per column or article: " + blocked.out());
            assertTrue(blocked.out().contains("challenge") && blocked.out().contains("--cookie"), blocked.out());
            assertTrue(!blocked.out().contains("\"new\""), blocked.out());

            List<String> solving = new ArrayList<>(List.of(base));
            solving.addAll(List.of("--index", dir.resolve("solved").toString()));
            Result solved = cli(solving.toArray(String[]::new));
            assertEquals(0, solved.status(), solved.out() + solved.err());
            assertEquals(4, solved.out().strip().split("\n").length, solved.out());
            assertTrue(solved.err().contains("solved the JavaScript cookie challenge of " + site.base()) && solved.err().contains("round 2"), solved.err());

            int served = gate.firstRounds.get();
            List<String> withCookie = new ArrayList<>(List.of(base));
            withCookie.addAll(List.of("--index", dir.resolve("pasted").toString(), "--no-solve-challenge", "--header", "X-Requested-With: XMLHttpRequest"));
            for (String c : gate.browserCookies().split("; ")) withCookie.addAll(List.of("--cookie", c));
            Result through = cli(withCookie.toArray(String[]::new));
            assertEquals(0, through.status(), through.out() + through.err());
            assertEquals(4, through.out().strip().split("\n").length, through.out());
            assertEquals(served, gate.firstRounds.get(), "no challenge served to the pasted cookie");
        }
        assertEquals(2, cli("watch", "--index", index, "--once", "--cookie", "no-equals-sign").status());
        assertEquals(2, cli("watch", "--index", index, "--once", "--header", "NoColon").status());
    }
}
