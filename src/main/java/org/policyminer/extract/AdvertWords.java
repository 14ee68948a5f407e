package org.policyminer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How much a line reads like an advert by its words: a naive Bayes model over Han characters and character bigrams,
 * trained on the project's own advert dev files against its own clean sentences ({@code models/src/train_advert_bigrams.py}
 * writes {@value #RESOURCE}). The rules in {@link AdvertShape} catch a pitch by its form; this catches the vocabulary
 * of the genre (充值, 到账, 上门, 技师, 预约, 额度, 逾期 …) that an advert keeps when its form is plain. Trained on dev … dev20
 * and scored left out of training one file at a time ({@link #evidence}), 900 of the 1 081 dev lines reach the
 * detector's cut of 3.3 (the later files' English and glued lines least: 35 to 46 of 60), and clean zh-cwced lines of at
 * most 120 characters, never trained on, 11 of 3 815: so it is one signal added to the others, never spam alone.
 * Immutable and thread-safe.
 */
final class AdvertWords {
    static final String RESOURCE = "/models/advert-bigrams.tsv";
    /** Fewer known features than this and the mean says little: a short line scores 0. */
    static final int MIN_FEATURES = 4;

    private static final AdvertWords STANDARD = load();

    /**
     * The model's features in two open-addressing tables, each at most 5/8 full; a feature's id is a character's slot,
     * or the characters' table size plus a bigram's slot ({@link Reading}, {@link Sum}). The characters (a few thousand,
     * with their script forms) in 8 K chars (16 KB) and their values beside (32 KB), which stay in the cache: most Han
     * characters of a line are known. The bigrams ({@code (a << 16) | b}) with their values' bits in 32 K int pairs
     * (256 KB), behind a screen: a miss most often reads the screen only, and a hit one cache line (keys and values in
     * two arrays, a policy page's bigrams the model knows, its clean words, were two misses each). One table of longs,
     * key and value packed, took 512 KB before. 0 marks a free slot (no key is 0).
     */
    private final char[] charKeys;
    private final int charMask;
    /** A bigram's key at {@code 2 * slot} and its value's float bits right after it: a known bigram reads one cache line. */
    private final int[] bigrams;
    private final int bigramMask;
    private final float[] charValues;
    /**
     * One bit a bigram by another part of its hash ({@value #SCREEN_BITS} bits, 32 KB, a few percent of them set): a
     * bigram whose bit is clear is known to be absent without reading {@link #bigrams}.
     */
    private final long[] screen = new long[1 << (SCREEN_BITS - 6)];
    private static final int SCREEN_BITS = 18;
    /**
     * Lines at most this long are summed in the order their features are met, each known one counted once by its
     * id ({@link Sum}); longer ones (none the detector reads) by the sorted reference. Exact: every value is a
     * multiple of 2^-{@value #EXACT_BITS} (a float's value of at least 2^-17 is), and a line of n characters has at most
     * 2n features, so while 2n times the largest |value| stays under 2^(53 - {@value #EXACT_BITS}) every partial sum in
     * any order is a double without rounding: the same sum as the sorted one. Sorting each line's features was an
     * eighth of the spam check ({@code AdvertWordsTest} checks both ways agree). 0 when the model's values do not allow it.
     */
    private final int maxAnyOrderChars;
    private static final int EXACT_BITS = 40;

    private AdvertWords(java.util.Map<Integer, Float> model) {
        int chars = 0;
        for (int key : model.keySet()) {
            if (key == 0) throw new IllegalArgumentException("key 0 marks a free slot");
            if (key >>> 16 == 0) chars++;
        }
        this.charKeys = new char[tableSize(chars)];
        this.charMask = charKeys.length - 1;
        int bigramSlots = tableSize(model.size() - chars);
        this.bigrams = new int[2 * bigramSlots];
        this.bigramMask = bigramSlots - 1;
        this.charValues = new float[charKeys.length];
        double maxAbs = 0;
        boolean onGrid = true;
        for (var e : model.entrySet()) {
            int key = e.getKey();
            float value = e.getValue();
            if (key >>> 16 == 0) {
                int at = charSlot((char) key);
                charKeys[at] = (char) key;
                charValues[at] = value;
            } else {
                int at = bigramSlot(key);
                bigrams[2 * at] = key;
                bigrams[2 * at + 1] = Float.floatToRawIntBits(value);
                int h = screenBit(key);
                screen[h >>> 6] |= 1L << h;
            }
            double scaled = Math.scalb((double) value, EXACT_BITS);
            onGrid &= scaled == Math.rint(scaled);
            maxAbs = Math.max(maxAbs, Math.abs((double) value));
        }
        double limit = Math.scalb(1.0, 53 - EXACT_BITS);
        this.maxAnyOrderChars = !onGrid ? 0 : maxAbs == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, Math.floor((limit - 1) / (2 * maxAbs)));
    }

    /** A power of two at least 8/5 of {@code keys}: linear probing's miss reads a few slots, mostly in one cache line. */
    private static int tableSize(int keys) {
        return Integer.highestOneBit(Math.max(4, keys * 8 / 5) - 1) << 1;
    }

    private static int screenBit(int key) {
        return (key * 0x85EBCA6B) >>> (32 - SCREEN_BITS);
    }

    /** The character's slot, or the free slot where it would go. */
    private int charSlot(char c) {
        int at = (c * 0x9E3779B9) >>> 16 & charMask;
        char k;
        while ((k = charKeys[at]) != 0 && k != c) at = (at + 1) & charMask;
        return at;
    }

    /** The bigram's slot, or the free slot where it would go. */
    private int bigramSlot(int key) {
        int at = (key * 0x9E3779B9) >>> 7 & bigramMask;
        int k;
        while ((k = bigrams[2 * at]) != 0 && k != key) at = (at + 1) & bigramMask;
        return at;
    }

    /** The id of a known feature (a character, or a bigram as {@code (a << 16) | b}); -1 when the model does not know it. */
    private int known(int key) {
        return key >>> 16 == 0 ? knownChar((char) key) : knownBigram(key);
    }

    private int knownChar(char c) {
        int at = charSlot(c);
        return charKeys[at] == 0 ? -1 : at;
    }

    /** Most often told absent by {@link #screen} alone. */
    private int knownBigram(int key) {
        int h = screenBit(key);
        if ((screen[h >>> 6] & 1L << h) == 0) return -1;
        int at = bigramSlot(key);
        return bigrams[2 * at] == 0 ? -1 : charKeys.length + at;
    }

    /** The value of the feature with id {@code id} ({@link #known}). */
    private float valueOf(int id) {
        return id < charKeys.length ? charValues[id] : Float.intBitsToFloat(bigrams[2 * (id - charKeys.length) + 1]);
    }

    static AdvertWords standard() {
        return STANDARD;
    }

    /**
     * The mean log-odds (advert against clean) of the line's known features, each counted once; 0 when it has fewer
     * than {@link #MIN_FEATURES}. The mean, not the sum, so a line's length does not push it either way.
     */
    double logOdds(String text) {
        double[] sumAndCount = sumAndCount(text);
        return sumAndCount[1] < MIN_FEATURES ? 0 : sumAndCount[0] / sumAndCount[1];
    }

    /**
     * The summed log-odds over the square root of the number of known features (0 below {@link #MIN_FEATURES}):
     * between the mean, which a few common words dilute (an advert for 上门按摩 in plain words scored 0.64), and the
     * sum, which grows with length. Left out of training one dev file at a time, at the cut that flags as many short
     * clean zh-cwced lines as the mean's cut of 1 did (50 of 3 815), it finds 167 of the 181 dev lines against the
     * mean's 140 ({@code train_advert_bigrams.py --cv}).
     */
    double evidence(String text) {
        double[] sumAndCount = sumAndCount(text);
        return evidenceOf(sumAndCount);
    }

    /** The evidence of a line's summed features: 0 under {@link #MIN_FEATURES}, else the sum over the root of their count. */
    private static double evidenceOf(double[] sumAndCount) {
        return sumAndCount[1] < MIN_FEATURES ? 0 : sumAndCount[0] / Math.sqrt(sumAndCount[1]);
    }

    /**
     * The summed log-odds of a short chunk's known features, however few ({@link #evidence} needs four, which a
     * two- or three-character keyword never has): which way one keyword of a line leans, advert (above 0) or clean
     * (below). 0 when none of its features is known.
     */
    double lean(String chunk) {
        return sumAndCount(chunk)[0];
    }

    /**
     * {@link #evidence} over the words of the line the page does not use: the bigrams in {@code sharedBigrams} (sorted
     * keys, {@link Topic#sharedBigrams}) and the characters inside them are left out. What a line shares with any page
     * is its common words (全程, 任何, 平均, 时间), which lean clean and dilute an advert's own words (速贷, 额度, 抵押).
     */
    double offPageEvidence(String text, int[] sharedBigrams) {
        return offPageEvidence(text, sharedBigrams, text.length() <= maxAnyOrderChars);
    }

    /** {@code anyOrder} false: the sorted reference, whatever the line's length. */
    double offPageEvidence(String text, int[] sharedBigrams, boolean anyOrder) {
        int[] seen = anyOrder ? null : new int[2 * text.length()];
        int n = 0;
        Sum sum = anyOrder ? new Sum(text.length()) : null;
        boolean prevShared = false;
        for (int i = 0; i < text.length(); i++) {
            char a = text.charAt(i);
            if (!Chars.isCjk(a)) {
                prevShared = false;
                continue;
            }
            boolean nextHan = i + 1 < text.length() && Chars.isCjk(text.charAt(i + 1));
            int bigram = nextHan ? (a << 16) | text.charAt(i + 1) : 0;
            boolean shared = nextHan && Arrays.binarySearch(sharedBigrams, bigram) >= 0;
            if (!shared && !prevShared) {
                if (anyOrder) sum.add(a);
                else seen[n++] = a;
            }
            if (nextHan && !shared) {
                if (anyOrder) sum.add(bigram);
                else seen[n++] = bigram;
            }
            prevShared = shared;
        }
        double[] sumAndCount = anyOrder ? sum.result() : sortedSumAndCount(seen, n);
        return evidenceOf(sumAndCount);
    }

    /** One feature's log-odds (a Han character, or a bigram as {@code (a << 16) | b}); 0 when the model does not know it. */
    double value(int key) {
        int at = known(key);
        return at < 0 ? 0 : valueOf(at);
    }

    /** The sum of the known features' log-odds, each counted once, and how many there are. */
    private double[] sumAndCount(String text) {
        return sumAndCount(text, text.length() <= maxAnyOrderChars);
    }

    /** {@code anyOrder} false: the sorted reference (the line's features sorted, duplicates skipped, summed in key order). */
    double[] sumAndCount(String text, boolean anyOrder) {
        if (anyOrder) {
            Sum sum = new Sum(text.length());
            for (int i = 0; i < text.length(); i++) {
                char a = text.charAt(i);
                if (!Chars.isCjk(a)) continue;
                sum.add(a);
                if (i + 1 < text.length() && Chars.isCjk(text.charAt(i + 1))) sum.add((a << 16) | text.charAt(i + 1));
            }
            return sum.result();
        }
        int[] seen = new int[2 * text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char a = text.charAt(i);
            if (!Chars.isCjk(a)) continue;
            seen[n++] = a;
            if (i + 1 < text.length() && Chars.isCjk(text.charAt(i + 1))) seen[n++] = (a << 16) | text.charAt(i + 1);
        }
        return sortedSumAndCount(seen, n);
    }

    /**
     * A line's known features summed as they are met, each once: the table slots already counted are kept in a small
     * open-addressing set of the line's own (a line of n characters has at most 2n features), which stays in the
     * processor's cache. A per-thread stamp a table slot (the way before) cost a thread-local look-up a line and a
     * second cache miss on a 512 KB array for each known feature.
     */
    private final class Sum {
        /** 1 + the slot of each feature counted; 0 free. */
        private final int[] counted;
        private final int countedMask;
        private double sum;
        private int known;

        /** For a line of {@code chars} characters. */
        Sum(int chars) {
            int size = Integer.highestOneBit(Math.max(8, 4 * chars) - 1) << 1; // at most half full: 2n features
            this.counted = new int[size];
            this.countedMask = size - 1;
        }

        void add(int key) {
            int at = known(key);
            if (at >= 0) addSlot(at);
        }

        /** A known feature by its table slot. */
        void addSlot(int at) {
            int h = (at * 0x9E3779B9) >>> 11 & countedMask;
            for (int c; (c = counted[h]) != 0; h = (h + 1) & countedMask) if (c == at + 1) return;
            counted[h] = at + 1;
            sum += valueOf(at);
            known++;
        }

        double[] result() {
            return new double[] {sum, known};
        }
    }

    /**
     * A slice of a reading this short is summed without {@link Sum}'s table ({@link Reading#lean(int, int)}): its
     * features are found again by a look back over the slice (at most 2 × 24 features, each compared with those before it).
     */
    static final int SMALL_SLICE = 24;

    /** A line's features read from the table once, for the checks that each read them ({@link Reading}). */
    Reading read(String text) {
        return new Reading(text);
    }

    /**
     * A line's features as table slots, looked up once: a paragraph's own check reads its vocabulary
     * ({@link #evidence}) and its glued-advert search its leans ({@link GluedAdvert#leans}), the same characters and
     * bigrams; each look-up was a likely cache miss on the table (512 KB then), and made twice they were a twentieth of extraction.
     */
    final class Reading {
        private final String text;
        /**
         * At 2(base + i) the slot of the character at i, at 2(base + i) + 1 the slot of its bigram with the next; -1: not
         * Han, or unknown. A part of a line ({@link #part}) reads its line's slots from {@code base} on.
         */
        private final int[] slots;
        private final int base;

        private Reading(String text) {
            this.text = text;
            this.base = 0;
            int n = text.length();
            this.slots = new int[2 * n];
            for (int i = 0; i < n; i++) {
                char a = text.charAt(i);
                slots[2 * i] = slots[2 * i + 1] = -1;
                if (!Chars.isCjk(a)) continue;
                slots[2 * i] = knownChar(a);
                if (i + 1 < n && Chars.isCjk(text.charAt(i + 1))) slots[2 * i + 1] = knownBigram((a << 16) | text.charAt(i + 1));
            }
        }

        private Reading(String text, int[] slots, int base) {
            this.text = text;
            this.slots = slots;
            this.base = base;
        }

        /**
         * The reading of the line's characters {@code from} to {@code from + length}, as {@link AdvertWords#read} of that
         * part gives it, without a look-up: its characters and the bigrams inside it are the line's (the bigram of its
         * last character with the line's next one is not the part's, and is left out).
         */
        Reading part(int from, int length) {
            if (from < 0 || length < 0 || from + length > text.length()) throw new IndexOutOfBoundsException(from + "+" + length + " of " + text.length());
            return new Reading(text.substring(from, from + length), slots, base + from);
        }

        /** {@link AdvertWords#evidence(String)} of the line: the same features summed in the same order. */
        double evidence() {
            return evidence(0, text.length());
        }

        /**
         * {@link AdvertWords#evidence(String)} of the line's characters {@code from} to {@code to}, as {@link #part} of
         * them reads it, without making the part.
         */
        double evidence(int from, int to) {
            if (to - from > maxAnyOrderChars) return AdvertWords.this.evidence(text.substring(from, to));
            if (to - from <= SMALL_SLICE) {
                int known = knownIn(from, to);
                return known < MIN_FEATURES ? 0 : sumIn(from, to) / Math.sqrt(known);
            }
            return evidenceOf(sum(from, to).result());
        }

        /**
         * {@link AdvertWords#lean(String)} of the line's characters {@code from} to {@code to}: the summed log-odds of
         * their known features, each once (the bigram of the last character with the next one is not theirs).
         */
        double lean(int from, int to) {
            if (to - from > maxAnyOrderChars) return AdvertWords.this.lean(text.substring(from, to));
            if (to - from <= SMALL_SLICE) return sumIn(from, to);
            return sum(from, to).sum;
        }

        /**
         * The summed values of a short slice's known features, each once, in the order they are met (as {@link Sum}
         * adds them), without {@link Sum}'s table: a feature is counted unless the same one stood earlier in the slice.
         * A clause's piece is a few characters, and a table made and cleared for each was most of reading it.
         */
        private double sumIn(int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int k = 2 * (base + i);
                if (slots[k] >= 0 && !earlier(slots[k], from, i, 0)) sum += valueOf(slots[k]);
                if (i + 1 < to && slots[k + 1] >= 0 && !earlier(slots[k + 1], from, i, 1)) sum += valueOf(slots[k + 1]);
            }
            return sum;
        }

        /** How many of a short slice's features are known, each once ({@link #sumIn}). */
        private int knownIn(int from, int to) {
            int known = 0;
            for (int i = from; i < to; i++) {
                int k = 2 * (base + i);
                if (slots[k] >= 0 && !earlier(slots[k], from, i, 0)) known++;
                if (i + 1 < to && slots[k + 1] >= 0 && !earlier(slots[k + 1], from, i, 1)) known++;
            }
            return known;
        }

        /** Whether the feature {@code id} (a character's, {@code kind} 0, or a bigram's, 1) stood at a character from {@code from} to before {@code i}. */
        private boolean earlier(int id, int from, int i, int kind) {
            for (int j = from; j < i; j++) if (slots[2 * (base + j) + kind] == id) return true;
            return false;
        }

        /** The known features of characters {@code from} to {@code to} summed as they are met, each once (exact in any order). */
        private Sum sum(int from, int to) {
            if (from < 0 || to < from || to > text.length()) throw new IndexOutOfBoundsException(from + "-" + to + " of " + text.length());
            Sum sum = new Sum(to - from);
            for (int i = from; i < to; i++) {
                int k = 2 * (base + i);
                if (slots[k] >= 0) sum.addSlot(slots[k]);
                // the last character's bigram is with a character past the part, when it is one
                if (i + 1 < to && slots[k + 1] >= 0) sum.addSlot(slots[k + 1]);
            }
            return sum;
        }

        /** {@link GluedAdvert#leans} of the line, from the slots read. */
        double[] leans() {
            int n = text.length();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                if (!Chars.isCjk(text.charAt(i))) continue;
                int k = 2 * (base + i);
                double v = slots[k] < 0 ? 0 : valueOf(slots[k]);
                if (i + 1 < n && Chars.isCjk(text.charAt(i + 1))) v += slots[k + 1] < 0 ? 0 : valueOf(slots[k + 1]);
                out[i] = v;
            }
            return out;
        }
    }

    private double[] sortedSumAndCount(int[] seen, int n) {
        Arrays.sort(seen, 0, n);
        double sum = 0;
        int known = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && seen[i] == seen[i - 1]) continue;
            int at = known(seen[i]);
            if (at < 0) continue;
            sum += valueOf(at);
            known++;
        }
        return new double[] {sum, known};
    }

    private static AdvertWords load() {
        return new AdvertWords(loadModel());
    }

    /** Every feature of the model file and its script forms, key to value: what the table holds (tests compare the two). */
    static java.util.Map<Integer, Float> loadModel() {
        try (InputStream in = AdvertWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            java.util.Map<Integer, Float> model = new java.util.HashMap<>();
            java.util.Map<Integer, Float> traditional = new java.util.HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String f = line.substring(0, tab);
                float v = Float.parseFloat(line.substring(tab + 1));
                model.put(key(f), v);
                // the model is trained on simplified text; mirrors convert whole pages to traditional script before
                // extraction sees them, so each feature also stands for its traditional form
                String t = SpamLexicon.traditional(f);
                if (!t.equals(f)) traditional.putIfAbsent(key(t), v);
                // and Taiwan's forms where they differ from OpenCC's (群 for 羣): a line typed in traditional script
                String tw = SpamLexicon.taiwanese(f);
                if (!tw.equals(f) && !tw.equals(t)) traditional.putIfAbsent(key(tw), v);
                // and the pair converted as a word, where a character has two traditional forms and the word picks
                // the other (分钟 → 分鐘, not character by character 分鍾): how a page converted whole reads
                if (f.length() == 2) {
                    String word = com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional(f);
                    if (word.length() == 2 && !word.equals(f) && !word.equals(t)) traditional.putIfAbsent(key(word), v);
                }
            }
            traditional.forEach(model::putIfAbsent);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int key(String feature) {
        return feature.length() == 1 ? feature.charAt(0) : (feature.charAt(0) << 16) | feature.charAt(1);
    }
}
