package org.policyminer.cli;

import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.PolicyMiner;
import org.policyminer.entities.EntityRecognizer;
import org.policyminer.eval.EntitiesEvaluation;
import org.policyminer.eval.GoldSentence;
import org.policyminer.eval.PageEntitiesEvaluation;
import org.policyminer.view.EvalViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Precision, recall and F1 of clusters, cities and amounts on gold sets, and attribute accuracy; one block per set.",
                "Without --gold: the team's written sentences, the real-text dev, dev2 … dev14, test and test2 sets when present "
                        + "(corpora/entities/real/), and the corpus pages' gold (corpora/pages)."})
final class EvalEntitiesCommand implements Callable<Integer> {
    static final Path WRITTEN = Path.of("corpora/entities/gold.jsonl");
    static final Path REAL_DEV = Path.of("corpora/entities/real/dev.jsonl");
    /** A second dev set from hosts in none of the other files, written by hand before any rule was fitted to it. */
    static final Path REAL_DEV2 = Path.of("corpora/entities/real/dev2.jsonl");
    /** A third dev set (session 19), from hosts in none of the other files, written by hand before any code ran on it. */
    static final Path REAL_DEV3 = Path.of("corpora/entities/real/dev3.jsonl");
    /** A fourth dev set (session 21), written by an annotator who saw no code, committed before any code ran on it. */
    static final Path REAL_DEV4 = Path.of("corpora/entities/real/dev4.jsonl");
    /** A fifth dev set (session 22), written by an annotator who saw no code, committed before any code ran on it. */
    static final Path REAL_DEV5 = Path.of("corpora/entities/real/dev5.jsonl");
    static final Path REAL_DEV6 = Path.of("corpora/entities/real/dev6.jsonl");
    /** A seventh dev set (session 25), written by an annotator who saw no code, committed before any code ran on it. */
    static final Path REAL_DEV7 = Path.of("corpora/entities/real/dev7.jsonl");
    static final Path REAL_DEV8 = Path.of("corpora/entities/real/dev8.jsonl");
    static final Path REAL_DEV9 = Path.of("corpora/entities/real/dev9.jsonl");
    /** An eleventh dev set (session 30), written by an annotator who saw no code, committed before any code ran on it. */
    static final Path REAL_DEV10 = Path.of("corpora/entities/real/dev10.jsonl");
    static final Path REAL_DEV11 = Path.of("corpora/entities/real/dev11.jsonl");
    /** A block written blind for measuring (session 12): read once on main before the session's entity merges, then tuned on. */
    static final Path REAL_DEV12 = Path.of("corpora/entities/real/dev12.jsonl");
    /** A second block written blind for measuring (session 13): read once on main and on the session's branches, then tuned on. */
    static final Path REAL_DEV13 = Path.of("corpora/entities/real/dev13.jsonl");
    /** A third block written blind for measuring (session 14): read once on the session's starting code, then on its final code. */
    static final Path REAL_DEV14 = Path.of("corpora/entities/real/dev14.jsonl");
    /** A fourth block written blind for measuring (session 15): read once on the session's starting code and once after ent23, then tuned on. */
    static final Path REAL_DEV15 = Path.of("corpora/entities/real/dev15.jsonl");
    /** A fifth block written blind for measuring (session 16): read on the session's starting code and on its final code. */
    static final Path REAL_DEV16 = Path.of("corpora/entities/real/dev16.jsonl");
    /** A sixth block written blind for measuring (session 17), in the users' domain: read on the session's starting code and on its final code. */
    static final Path REAL_DEV17 = Path.of("corpora/entities/real/dev17.jsonl");
    static final Path REAL_TEST = Path.of("corpora/entities/real/test.jsonl");
    /** A second frozen half, from sources added after the first split (same host-parity rule), annotated before any rule was written for it. */
    static final Path REAL_TEST2 = Path.of("corpora/entities/real/test2.jsonl");
    static final Path PAGES = Path.of("corpora/pages");

    /** The real-text sets scored without --gold, in this order (each when present). */
    static final List<Path> REAL_SETS = List.of(REAL_DEV, REAL_DEV2, REAL_DEV3, REAL_DEV4, REAL_DEV5, REAL_DEV6, REAL_DEV7, REAL_DEV8, REAL_DEV9,
            REAL_DEV10, REAL_DEV11, REAL_DEV12, REAL_DEV13, REAL_DEV14, REAL_DEV15, REAL_DEV16, REAL_DEV17, REAL_TEST, REAL_TEST2);

    @Spec CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSONL; repeat for several sets (default: the sets above).")
    List<Path> gold;
    @Option(names = "--pages", paramLabel = "DIR", description = "Also score whole pages: *.gold.json beside their *.html (default without --gold: corpora/pages).")
    Path pages;
    @Option(names = "--predictions", paramLabel = "FILE", description = "Score saved `entities --jsonl` output (lines by id) instead of running the recogniser.")
    Path predictions;
    @Option(names = "--json", description = "Print JSON instead of tables.") boolean json;
    @Option(names = "--errors", description = "Also list every mismatch.") boolean errors;
    @Option(names = "--script-invariance", description = {"Instead of scoring against the gold: convert each line to the other script "
            + "(simplified → traditional, Taiwan, Hong Kong; traditional → simplified, and through Taiwan's phrases), read the original "
            + "and each conversion, and count the lines whose readings differ, by field (--errors lists each difference). "
            + "Reads only the lines' text, date and page."}) boolean scriptInvariance;

    @Override
    public Integer call() throws Exception {
        List<Path> sets = new ArrayList<>();
        Path pageDir = pages;
        if (gold == null || gold.isEmpty()) {
            sets.add(WRITTEN);
            for (Path p : REAL_SETS) if (Files.isRegularFile(p)) sets.add(p);
            if (pageDir == null && Files.isDirectory(PAGES)) pageDir = PAGES;
        } else {
            sets.addAll(gold);
        }
        for (Path p : sets) if (!Files.isRegularFile(p)) throw new UsageException("gold file not found: " + p);
        if (pageDir != null && !Files.isDirectory(pageDir)) throw new UsageException("no page directory " + pageDir);

        PrintWriter out = spec.commandLine().getOut();
        if (scriptInvariance) {
            if (predictions != null || json) throw new UsageException("--script-invariance reads the text itself: no --predictions, no --json");
            org.policyminer.eval.ScriptInvariance probe = new org.policyminer.eval.ScriptInvariance(new EntityRecognizer());
            for (Path p : sets) {
                org.policyminer.eval.ScriptInvariance.Result r = probe.probe(GoldSentence.read(p));
                out.printf("== %s: %s, script invariance ==%n", p, label(p));
                out.print(org.policyminer.eval.ScriptInvariance.table(r));
                if (errors) r.differences().forEach(out::println);
                out.println();
            }
            out.flush();
            return 0;
        }
        EntitiesEvaluation evaluation;
        if (predictions != null) {
            Map<String, org.policyminer.doc.Entities> saved = EntitiesEvaluation.readPredictions(predictions);
            evaluation = new EntitiesEvaluation(g -> saved.getOrDefault(g.id(), org.policyminer.doc.Entities.EMPTY));
        } else {
            evaluation = new EntitiesEvaluation(new EntityRecognizer());
        }
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Path p : sets) {
            EntitiesEvaluation.Result r = evaluation.evaluate(GoldSentence.read(p));
            if (json) {
                blocks.add(EvalViews.entitiesSet(p, label(p), r, errors));
            } else {
                out.printf("== %s: %s ==%n", p, label(p));
                out.print(EntitiesEvaluation.table(r));
                if (errors) r.errors().forEach(out::println);
                out.println();
            }
        }
        Map<String, Object> pageBlock = null;
        if (pageDir != null) {
            PolicyMiner miner = PolicyMiner.create();
            PageEntitiesEvaluation.Result r = new PageEntitiesEvaluation(html -> {
                org.policyminer.doc.PolicyDoc d = miner.process(html);
                return new PageEntitiesEvaluation.Page(d.entities(), d.simplified().title().length() + 1);
            })
                    .evaluate(PageEntitiesEvaluation.goldFiles(pageDir));
            if (json) {
                pageBlock = EvalViews.entitiesPages(pageDir, r, errors);
            } else {
                out.printf("== %s: whole pages, through extract → convert → entities ==%n", pageDir);
                out.print(PageEntitiesEvaluation.table(r));
                if (errors) r.errors().forEach(out::println);
            }
        }
        if (json) {
            out.println(Json.write(EvalViews.entitiesReport(blocks, pageBlock)));
        }
        out.flush();
        return 0;
    }

    /** What each set is, by its path's ending, for the reader of the table: which numbers may be tuned on and which are held out. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("entities/gold.jsonl", "sentences written by the team (regression)"),
            Map.entry("real/dev.jsonl", "real text, dev half"),
            Map.entry("real/dev2.jsonl", "real text, second dev set (new sources, tuned on)"),
            Map.entry("real/dev3.jsonl", "real text, third dev set (new sources, tuned on)"),
            Map.entry("real/dev4.jsonl", "real text, fourth dev set (annotator who saw no code; tuned on)"),
            Map.entry("real/dev5.jsonl", "real text, fifth dev set (annotator who saw no code; measured once before tuning)"),
            Map.entry("real/dev6.jsonl", "real text, sixth dev set (annotator who saw no code, 122 of 179 traditional; measured once before tuning)"),
            Map.entry("real/dev7.jsonl", "real text, seventh dev set (annotator who saw no code, 141 of 273 traditional; measured once before tuning)"),
            Map.entry("real/dev8.jsonl", "real text, eighth dev set (annotator who saw no code, 132 of 260 traditional; measured once before tuning)"),
            Map.entry("real/dev9.jsonl", "real text, ninth dev set (annotator who saw no code, 124 of 201 traditional; measured once before tuning)"),
            Map.entry("real/dev10.jsonl", "real text, tenth dev set (annotator who saw no code, 122 of 205 traditional; measured once before tuning)"),
            Map.entry("real/dev11.jsonl", "real text, eleventh dev set (annotator who saw no code, 140 of 200 traditional; measured once before tuning)"),
            Map.entry("real/dev12.jsonl", "real text, twelfth dev set (annotator who saw no code, 58 of 190 traditional; read blind once, then tuned on)"),
            Map.entry("real/dev13.jsonl", "real text, thirteenth dev set (annotator who saw no code, 63 of 220 traditional; read blind once, then tuned on)"),
            Map.entry("real/dev14.jsonl", "real text, fourteenth dev set (annotator who saw no code, 80 of 248 traditional; read blind twice, then tuned on)"),
            Map.entry("real/dev15.jsonl", "real text, fifteenth dev set (annotator who saw no code, 60 of 248 traditional; read blind twice, then tuned on)"),
            Map.entry("real/dev16.jsonl", "real text, sixteenth dev set (annotator who saw no code, 114 of 237 traditional; read blind on the session's start and end, then tuned on)"),
            Map.entry("real/dev17.jsonl", "real text, seventeenth dev set (annotator who saw no code, industrial policy, 109 of 227 traditional; read blind on the session's start and end)"),
            Map.entry("real/test.jsonl", "real text, frozen test half"),
            Map.entry("real/test2.jsonl", "real text, second frozen test half (new sources)"));

    /** What a set is, for the reader of the table: which numbers may be tuned on and which are held out. */
    static String label(Path p) {
        String s = p.toString().replace('\\', '/');
        return LABELS.entrySet().stream().filter(e -> s.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("gold set");
    }
}
