package org.policyminer.entities;

import java.util.BitSet;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * Taiwan words the reader folds to the mainland's before it reads (丛集 → 集群, 专案 → 项目, 资讯 → 信息, 软体 → 软件):
 * OpenCC's Taiwan tables write them for the mainland words, and conversion back to simplified leaves them, so without
 * the fold a mirror written through those tables (or a Taiwan page) reads no cluster, no project and no metric where its
 * simplified source reads them. Each pair keeps the length, so offsets into the text as given stay valid. Loaded once
 * from {@code models/taiwan-words.tsv} (its comment says which pairs and why); immutable and thread-safe.
 */
final class TaiwanWords {
    private final SurfaceTrie<String> words = new SurfaceTrie<>();
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    /** Pairs the mainland writes too (智慧, 通讯): folded only when a written name is compared with a listed one. */
    private final SurfaceTrie<String> inNames = new SurfaceTrie<>();
    private final BitSet nameFirsts = new BitSet(Character.MAX_VALUE + 1);

    TaiwanWords(Iterable<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t");
            boolean names = f.length == 3 && f[2].equals("names");
            if ((f.length != 2 && !names) || f[0].length() != f[1].length() || f[0].isEmpty()) {
                throw new IllegalArgumentException("taiwan-words: need two forms of one length (and optionally \"names\"): " + line);
            }
            (names ? inNames : words).put(f[0], f[1]);
            (names ? nameFirsts : firsts).set(f[0].charAt(0));
        }
    }

    static TaiwanWords instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TaiwanWords INSTANCE = new TaiwanWords(ModelFiles.dataLines("taiwan-words.tsv"));
    }

    /**
     * The simplified text with each Taiwan word (longest first) in its mainland form; the same string when none is in it.
     * A text that holds one is written in Taiwan's words, so there the words both sides write (智慧 for 智能, 通讯 for
     * 通信, 装置 for 设备) are Taiwan's too and are folded as well; elsewhere they stay as written.
     */
    String toMainland(String t) {
        String folded = fold(t, words, firsts);
        return folded == t ? t : fold(folded, inNames, nameFirsts);
    }

    /** A cluster name's industry part with the words both sides write (智慧 / 智能) in one form, to compare it with the list's. */
    String inName(String core) {
        return fold(core, inNames, nameFirsts);
    }

    private static String fold(String t, SurfaceTrie<String> words, BitSet firsts) {
        char[] out = null;
        int i = 0;
        while (i < t.length()) {
            if (!firsts.get(t.charAt(i))) {
                i++;
                continue;
            }
            int len = words.longestAt(t, i);
            if (len == 0) {
                i++;
                continue;
            }
            if (out == null) out = t.toCharArray();
            words.get(t, i, i + len).getChars(0, len, out, i);
            i += len;
        }
        return out == null ? t : new String(out);
    }
}
