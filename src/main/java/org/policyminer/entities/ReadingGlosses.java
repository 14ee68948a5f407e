package org.policyminer.entities;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;

/**
 * Reading glosses that some mirrors leave in the text: a pinyin syllable in brackets after a character, the residue of
 * ruby markup flattened to plain text ("產(chǎn)業(yè)", "萬(wàn)億級(jí)", "寧德市動(dòng)力電池集群"). They split every word the
 * lexicons know (产值, 营业收入, 亿级, 动力电池), so the recogniser reads the text with them taken out and maps the
 * offsets of what it finds back onto the text as given.
 *
 * <p>A gloss is a bracket, 1–6 lower-case Latin letters of which at least one carries a tone mark or is ü, and a
 * closing bracket, right after a CJK character. Ordinary brackets after Chinese (GDP), (2023), (人民币) have no tone
 * mark and stay.
 *
 * <p>Mirrors written through OpenCC's Taiwan tables leave a residue of the same sort: TWPhrases rewrites 进制 (a
 * number base) as 進位制 wherever the two characters meet, so 先进制造 comes out 先進位制造 and 促进制造业 促進位制造業.
 * The 位 of such a 进位制 is taken out as a gloss is; after a numeral (十进位制, 二进位制) it is the number base and stays.
 * In the same way 算法 (algorithm) becomes 演算法, so 预算法 (the budget law) comes out 預演算法: its 演 is taken out.
 */
final class ReadingGlosses {
    private ReadingGlosses() {}

    /** The text without its glosses and, for every character kept, its offset in the text as given. */
    record Stripped(String text, int[] origin) {
        /** The same characters removed from another string of the same length (the original-script twin). */
        String apply(String twin) {
            StringBuilder sb = new StringBuilder(origin.length);
            for (int o : origin) sb.append(twin.charAt(o));
            return sb.toString();
        }

        private int start(int s) {
            return origin[s];
        }

        private int end(int e) {
            return origin[e - 1] + 1;
        }

        /** Mentions found in the stripped text, re-anchored on the text as given (their text taken from it). */
        Entities remap(Entities e, String given) {
            List<ClusterMention> clusters = new ArrayList<>(e.clusters().size());
            for (ClusterMention c : e.clusters()) {
                int s = start(c.start()), en = end(c.end());
                clusters.add(new ClusterMention(given.substring(s, en), c.name(), s, en, c.cities(), c.national()));
            }
            List<CityMention> cities = new ArrayList<>(e.cities().size());
            for (CityMention c : e.cities()) {
                int s = start(c.start()), en = end(c.end());
                cities.add(new CityMention(given.substring(s, en), c.name(), c.province(), c.code(), s, en));
            }
            List<AmountMention> amounts = new ArrayList<>(e.amounts().size());
            for (AmountMention a : e.amounts()) {
                int s = start(a.start()), en = end(a.end());
                amounts.add(new AmountMention(given.substring(s, en), s, en, a.value(), a.valueMax(), a.currency(), a.qualifier(),
                        a.comparator(), a.year(), a.periodFrom(), a.periodTo(), a.period(), a.metric(), a.kind(), a.subject()));
            }
            return new Entities(clusters, cities, amounts);
        }
    }

    /** @return null when the text holds no gloss (the common case: one pass over the brackets only) */
    static Stripped strip(String t) {
        int first = firstGloss(t, 0);
        int garble = firstGarble(t, 0);
        if (first < 0 && garble < 0) return null;
        StringBuilder sb = new StringBuilder(t.length());
        int[] origin = new int[t.length()];
        int n = 0;
        int i = 0;
        int g = first;
        while (i < t.length()) {
            if (i == g) {
                i = t.indexOf(')', i) + 1;
                g = firstGloss(t, i);
                continue;
            }
            if (i == garble) {
                i++;
                garble = firstGarble(t, i);
                continue;
            }
            sb.append(t.charAt(i));
            origin[n++] = i;
            i++;
        }
        int[] exact = new int[n];
        System.arraycopy(origin, 0, exact, 0, n);
        return new Stripped(sb.toString(), exact);
    }

    /** Offset of the character the Taiwan tables put in (the 位 of 进位制 for 进制, the 演 of 预演算法) at or after from, or -1. */
    private static int firstGarble(String t, int from) {
        int best = -1;
        int i = t.indexOf("进位制", from);
        while (i >= 0) {
            if (i == 0 || NUMERALS.indexOf(t.charAt(i - 1)) < 0) {
                best = i + 1;
                break;
            }
            i = t.indexOf("进位制", i + 1);
        }
        int b = t.indexOf("预演算法", from);
        if (b >= 0 && (best < 0 || b + 1 < best)) best = b + 1;
        return best;
    }

    private static final String NUMERALS = "一二三四五六七八九十百0123456789";

    /** Offset of the next gloss's "(" at or after from, or -1. */
    private static int firstGloss(String t, int from) {
        int i = t.indexOf('(', from);
        while (i >= 0) {
            if (isGloss(t, i)) return i;
            i = t.indexOf('(', i + 1);
        }
        return -1;
    }

    private static boolean isGloss(String t, int open) {
        if (open == 0 || !Character.isIdeographic(t.charAt(open - 1))) return false;
        boolean toned = false;
        int k = open + 1;
        for (; k < t.length() && k <= open + 7; k++) {
            char c = t.charAt(k);
            if (c == ')') break;
            if (c >= 'a' && c <= 'z') continue;
            if (TONED.indexOf(c) >= 0) {
                toned = true;
                continue;
            }
            return false;
        }
        return toned && k < t.length() && t.charAt(k) == ')' && k > open + 1;
    }

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń";
}
