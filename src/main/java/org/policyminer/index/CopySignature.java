package org.policyminer.index;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The near-duplicate signature of an article: a MinHash sketch of the set of 5-character shingles of its simplified
 * body, cut into LSH bands for lookup ({@link CopyGroups}).
 *
 * <p><b>Why MinHash and not SimHash.</b> MinHash estimates the Jaccard similarity of the shingle sets, so what a
 * hacked mirror adds (a spam paragraph, a residue of a link farm) lowers the estimate in proportion to its share of
 * the text and no more; the verification threshold is then a fraction of shared text that one can explain. SimHash's
 * Hamming distance has no such reading, and its multi-index lookup needs as many tables as tolerated bit errors.
 *
 * <p><b>Why one permutation.</b> Classic MinHash hashes every shingle once per value (128 hashes a shingle); one
 * permutation hashing (Li, Owen and Zhang, NIPS 2012) hashes each shingle once and keeps the minimum per bin, and
 * empty bins of short texts are filled from the next non-empty bin to their right with a bin-specific offset
 * (densification by rotation, Shrivastava and Li, ICML 2014). Same estimator, a hundredth of the hashing: the
 * signature costs microseconds next to the milliseconds of entity recognition.
 *
 * <p><b>What is hashed.</b> The simplified body only (never the title, whose spam or site suffix is what mirrors
 * change), reduced to letters and digits: punctuation, spaces and full/half width differ between templates and
 * carry no content. Script does not matter because the text is simplified first.
 *
 * <p><b>Bands.</b> {@value #BANDS} bands of {@value #ROWS} values: two texts with Jaccard J share at least one band
 * with probability 1-(1-J^4)^32: 0.87 at J=0.5, 0.99 at 0.6, 1-10^-9 at 0.9 (copies of one page after extraction
 * score 0.85-1.0, see docs/groups-eval.md), while two unrelated policy texts (J≈0.05) share one with probability
 * 2·10^-4, so a lookup among 100 000 documents meets some 20 candidates to verify, not 100 000.
 */
public final class CopySignature {
    /** Characters per shingle: 5 Han characters are more than most words, so shared words alone do not match. */
    public static final int SHINGLE = 5;
    public static final int VALUES = 128;
    public static final int ROWS = 4;
    public static final int BANDS = VALUES / ROWS;
    /**
     * Estimated Jaccard at or above which two texts are copies of one article: at least about two thirds of each text
     * is shared when the other carries up to as much added text as the article itself. Set from the band curve (its
     * midpoint is (1/32)^(1/4) = 0.42) and the spread of copies, not from any page.
     */
    public static final double COPY_THRESHOLD = 0.5;
    /**
     * Below this many letters and digits a text is too short to tell a copy from a sibling notice ("第四批" vs
     * "第五批" in a two-line announcement): such texts are copies only when every value agrees.
     */
    public static final int MIN_CHARS = 60;

    private final int[] values;
    private final int chars;

    private CopySignature(int[] values, int chars) {
        this.values = values;
        this.chars = chars;
    }

    /** The signature of a simplified body; null when it has no shingle (an empty or very short text). */
    public static CopySignature of(String simplifiedBody) {
        if (simplifiedBody == null) return null;
        int[] cps = lettersAndDigits(simplifiedBody);
        int n = cps.length;
        if (n < SHINGLE) return null;
        int[] bins = new int[VALUES];
        Arrays.fill(bins, Integer.MAX_VALUE);
        boolean[] filled = new boolean[VALUES];
        for (int i = 0; i + SHINGLE <= n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < SHINGLE; k++) h = mix(h ^ cps[i + k]);
            int bin = (int) ((h >>> 32) & (VALUES - 1)); // VALUES is a power of two
            int v = (int) h & Integer.MAX_VALUE;
            if (v < bins[bin]) bins[bin] = v;
            filled[bin] = true;
        }
        densify(bins, filled);
        return new CopySignature(bins, n);
    }

    /** The letters and digits of the text, lower-cased, as code points (a loop: the stream version cost a third of the signature). */
    private static int[] lettersAndDigits(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FA5') { // most of a Chinese body: a letter (Lo), its own lower case
                out[n++] = c;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) out[n++] = Character.toLowerCase(cp);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Empty bins take the next filled bin to the right (circularly), re-hashed with the distance, as in rotation. */
    private static void densify(int[] bins, boolean[] filled) {
        for (int b = 0; b < VALUES; b++) {
            if (filled[b]) continue;
            for (int d = 1; d < VALUES; d++) {
                int from = (b + d) & (VALUES - 1);
                if (filled[from]) {
                    bins[b] = (int) mix(bins[from] + (long) d * 0x632BE59BD9B4E019L) & Integer.MAX_VALUE;
                    break;
                }
            }
        }
    }

    /** SplitMix64's finaliser: a fast hash whose bits are all mixed, so bins and values are independent. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Fraction of equal values: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
    public double similarity(CopySignature other) {
        int same = 0;
        for (int i = 0; i < VALUES; i++) if (values[i] == other.values[i]) same++;
        return same / (double) VALUES;
    }

    /** Whether {@code other} is a copy of the same article (see {@link #COPY_THRESHOLD} and {@link #MIN_CHARS}). */
    public boolean isCopy(CopySignature other) {
        return isCopy(similarity(other), other.chars);
    }

    private boolean isCopy(double similarity, int otherChars) {
        if (Math.min(chars, otherChars) < MIN_CHARS) return similarity == 1.0;
        return similarity >= COPY_THRESHOLD;
    }

    /**
     * The low 16 bits of each value, which is what the lookup keeps of a written document ({@link CopyGroups}): a
     * quarter of the memory, and two different values agree on their low bits by chance once in 65 536, which moves a
     * similarity by less than 0.0001.
     */
    public Sketch sketch() {
        short[] low = new short[VALUES];
        for (int i = 0; i < VALUES; i++) low[i] = (short) values[i];
        return new Sketch(low, chars);
    }

    /** A written document's {@link #sketch}: the low bits of its values and the letters and digits they were taken over. */
    public record Sketch(short[] low, int chars) {}

    /** {@link #similarity} against a sketch. */
    public double similarity(Sketch other) {
        int same = 0;
        for (int i = 0; i < VALUES; i++) if ((short) values[i] == other.low()[i]) same++;
        return same / (double) VALUES;
    }

    /** {@link #isCopy} against a sketch. */
    public boolean isCopy(Sketch other) {
        return isCopy(similarity(other), other.chars());
    }

    /** {@link #isCopy(Sketch)} when {@code similarity} is already {@link #similarity(Sketch)} of {@code other}. */
    public boolean isCopy(double similarity, Sketch other) {
        return isCopy(similarity, other.chars());
    }

    /**
     * One 32-bit hash per band, never 0, the band's number mixed in (equal values in two bands are two keys): what the
     * lookup files a document under ({@link BandTable}).
     */
    public int[] bandHashes() {
        int[] out = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) h = mix(h * 31 + values[b * ROWS + r]);
            int folded = (int) (h ^ (h >>> 32));
            out[b] = folded == 0 ? 1 : folded;
        }
        return out;
    }

    /** Letters and digits the signature was taken over. */
    public int chars() {
        return chars;
    }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * VALUES);
        b.putInt(chars);
        for (int v : values) b.putInt(v);
        return b.array();
    }

    public static CopySignature decode(byte[] bytes, int offset, int length) {
        if (bytes == null || length != 4 + 4 * VALUES) return null;
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
        int chars = b.getInt();
        int[] v = new int[VALUES];
        for (int i = 0; i < VALUES; i++) v[i] = b.getInt();
        return new CopySignature(v, chars);
    }
}
