package org.policyminer.entities;

import com.hankcs.hanlp.HanLP;
import org.policyminer.convert.ScriptConverter;

/**
 * Throughput of conversion + entity recognition against plain {@code HanLP.segment} on the same text, in characters
 * per second on the calling thread. For the {@code bench} command:
 * <pre>{@code EntityBench.Result r = new EntityBench().run(paragraphs, 3);  // r.entitiesCharsPerSecond() }</pre>
 */
public final class EntityBench {
    public record Result(long chars, double entitiesCharsPerSecond, double hanlpCharsPerSecond) {}

    private final ScriptConverter converter = new ScriptConverter();
    private final EntityRecognizer recognizer = new EntityRecognizer(converter);

    /** Runs each side {@code rounds} times over the paragraphs (after one warm-up round) and keeps the best round. */
    public Result run(java.util.List<String> paragraphs, int rounds) {
        long chars = 0;
        for (String p : paragraphs) chars += p.length();
        double best = 0;
        double bestHan = 0;
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (String p : paragraphs) sink += recognizer.recognize(p, null).amounts().size();
            long t1 = System.nanoTime();
            for (String p : paragraphs) sink += HanLP.segment(p).size();
            long t2 = System.nanoTime();
            if (sink < 0) throw new IllegalStateException();   // keeps the JIT from dropping the work
            if (r == 0) continue;
            best = Math.max(best, chars / ((t1 - t0) / 1e9));
            bestHan = Math.max(bestHan, chars / ((t2 - t1) / 1e9));
        }
        return new Result(chars, best, bestHan);
    }

    public static void main(String[] args) {
        String simp = "南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。深圳市新一代信息通信集群2022年营业收入超过1.5万亿元，"
                + "集聚华为、中兴通讯等龙头企业。全市规模以上工业增加值同比增长7.5%，联系电话：025-83456789。";
        String trad = new ScriptConverter().toSimplified(simp).equals(simp) ? com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional(simp) : simp;
        java.util.List<String> ps = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) ps.add(i % 4 == 0 ? trad : simp);
        Result r = new EntityBench().run(ps, 3);
        System.out.printf("chars %d  convert+entities %.2f M chars/s  HanLP.segment %.2f M chars/s%n", r.chars(),
                r.entitiesCharsPerSecond() / 1e6, r.hanlpCharsPerSecond() / 1e6);
    }
}
