package org.policyminer.extract;

/**
 * Character bigrams of an article, to tell whether a paragraph or title talks about the same things. Injected spam
 * shares almost no bigrams with the article around it, whatever its vocabulary; that catches phrases no lexicon
 * lists. Only bigrams of two Han characters count (Latin runs and numbers say little about topic). Counts live in a
 * primitive open-addressing table: this runs on every paragraph of every page.
 */
final class Topic {
    private static final Topic EMPTY = new Topic(new Counts(4), 0, 0);
    private final Counts counts;
    private final int chars;
    private final int hanChars;

    private Topic(Counts counts, int chars, int hanChars) {
        this.counts = counts;
        this.chars = chars;
        this.hanChars = hanChars;
    }

    static Topic of(Iterable<String> texts) {
        int size = 0;
        for (String t : texts) size += t.length();
        // sized for half the characters: distinct Han bigrams are fewer than that on most pages (the table grows when
        // not), and a table for all of them was zeroed for nothing (a fortieth of extraction on the bench's pages)
        Counts c = new Counts(Math.max(64, size / 2));
        int chars = 0;
        int han = 0;
        for (String t : texts) {
            // bigrams, non-space and Han characters in one pass over the text
            boolean prevCjk = false;
            char prev = 0;
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                boolean cjk = Chars.isCjk(ch);
                if (cjk) {
                    han++;
                    if (prevCjk) c.add((prev << 16) | ch, 1);
                }
                if (!Chars.isSpace(ch)) chars++;
                prevCjk = cjk;
                prev = ch;
            }
        }
        return new Topic(c, chars, han);
    }

    /** This topic with {@code more} texts added (this one is left as it is): the same as {@code of} over both. */
    Topic plus(Iterable<String> more) {
        Counts c = counts.copy();
        int ch = chars;
        int han = hanChars;
        for (String t : more) {
            addBigrams(t, c);
            ch += Chars.nonSpace(t);
            han += Chars.cjk(t);
        }
        return new Topic(c, ch, han);
    }

    /**
     * True when {@code text} (mostly Han) sits in an article that, without it, has next to no Han text: Chinese
     * spam injected into an English page shares no bigrams with it, but there are no bigrams to compare with.
     */
    boolean isForeignHan(String text, boolean textIsInTopic) {
        int han = Chars.cjk(text);
        int n = Math.max(1, Chars.nonSpace(text));
        if (han < 4 || han * 2 < n) return false;
        int restChars = chars - (textIsInTopic ? n : 0);
        int restHan = hanChars - (textIsInTopic ? han : 0);
        return restChars >= 200 && restHan * 10 < restChars;
    }

    /**
     * A line with (almost) no Han, of 20 characters or more, on a page of 200 characters or more that is mostly Han: an
     * English line on a Chinese page. Alone it says nothing (captions, names, references, abstracts are written so):
     * {@link SpamDetector} reads it only on a line that is an English advert by its shape.
     */
    boolean isForeignLatin(String text, boolean textIsInTopic) {
        int han = Chars.cjk(text);
        int n = Math.max(1, Chars.nonSpace(text));
        if (n < 20 || han * 10 > n) return false;
        int restChars = chars - (textIsInTopic ? n : 0);
        int restHan = hanChars - (textIsInTopic ? han : 0);
        return restChars >= 200 && restHan * 2 >= restChars;
    }

    /**
     * A short line (under six bigrams) foreign to the page: a Latin line on a page of 200 characters or more, a fifth Han,
     * or a Han line with two bigrams or more (one, when a Latin name stands beside it: 高仿AJ) of which under a quarter are
     * the page's. For a bare offer only
     * ({@link BareOffers}): a short heading is often foreign by these counts, so the offer must be read first.
     */
    boolean isForeignShort(String text, boolean textIsInTopic) {
        int han = Chars.cjk(text);
        int n = Math.max(1, Chars.nonSpace(text));
        if (han == 0) {
            int restChars = chars - (textIsInTopic ? n : 0);
            int restHan = hanChars;
            // a fifth Han, as isLatinBesideHan: a bilingual page (a conference programme, 29 % Han) has English lines of
            // its own, but no keyword line of a grey trade's offer; an English page keeps its lines
            return restChars >= 200 && restHan * 5 >= restChars;
        }
        // a line with a Latin name beside its Han (高仿AJ) has a word more than its bigrams count: one bigram will do
        return !isEmpty() && bigrams(text) >= (han < n && hasLatinLetters(text) ? 1 : 2) && sharedFraction(text, textIsInTopic) < 0.25;
    }

    /**
     * {@link #isForeignLatin} without the page's length, and on a page with a fifth of its text in Han or more: what is
     * left of a paragraph once an English advert is cut out of it, an English sentence (the advert's dressing), on a
     * Chinese page however short, or a bilingual one (a conference programme with English paper titles: 29 % Han in its
     * long lines). An English page has next to no Han and keeps its sentence. Read only after such a cut
     * ({@link SpamDetector#withoutSpamAsides}): an English line is no stranger by itself.
     */
    boolean isLatinBesideHan(String text, boolean textIsInTopic) {
        int han = Chars.cjk(text);
        int n = Math.max(1, Chars.nonSpace(text));
        if (n < 20 || han * 10 > n) return false;
        int restChars = chars - (textIsInTopic ? n : 0);
        int restHan = hanChars - (textIsInTopic ? han : 0);
        return restChars > 0 && restHan * 5 >= restChars;
    }

    private static boolean hasLatinLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c) || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') return true;
        }
        return false;
    }

    static Topic empty() {
        return EMPTY;
    }

    private static void addBigrams(String t, Counts c) {
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (Chars.isCjk(a) && Chars.isCjk(b)) c.add((a << 16) | b, 1);
        }
    }

    /** How many Han bigrams {@code text} has. */
    static int bigrams(String text) {
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) if (Chars.isCjk(text.charAt(i)) && Chars.isCjk(text.charAt(i + 1))) n++;
        return n;
    }

    /**
     * The share of the bigrams of {@code text} that occur in the article outside {@code text} itself (when
     * {@code text} was part of what built this topic, its own counts are subtracted). 1.0 when it has no bigrams.
     */
    double sharedFraction(String text, boolean textIsInTopic) {
        // On a long article common bigrams (可以, 一个, 中国) all occur somewhere by chance: a bigram counts as shared
        // only when it occurs more often than once per ~4 000 Han characters.
        int minCount = minCount();
        if (!textIsInTopic) {
            // nothing to subtract: count each bigram occurrence straight against the article
            int total = 0;
            int shared = 0;
            for (int i = 0; i + 1 < text.length(); i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                if (!Chars.isCjk(a) || !Chars.isCjk(b)) continue;
                total++;
                if (counts.get((a << 16) | b) >= minCount) shared++;
            }
            return total == 0 ? 1.0 : shared / (double) total;
        }
        Counts own = new Counts(Math.max(16, text.length()));
        addBigrams(text, own);
        if (own.size == 0) return 1.0;
        int total = 0;
        int shared = 0;
        for (int i = 0; i < own.keys.length; i++) {
            if (own.used(i)) {
                int v = own.values[i];
                total += v;
                if (occursElsewhere(own.keys[i], v, minCount)) shared += v;
            }
        }
        return shared / (double) total;
    }

    /**
     * The Han bigrams of {@code text} that occur in the article outside it, as {@link #sharedFraction} counts them
     * (often enough, {@code text}'s own counts subtracted when it is in the topic), as keys ({@code a << 16 | b}), sorted.
     */
    int[] sharedBigrams(String text, boolean textIsInTopic) {
        int minCount = minCount();
        Counts own = new Counts(Math.max(16, text.length()));
        addBigrams(text, own);
        int[] out = new int[own.size];
        int n = 0;
        for (int i = 0; i < own.keys.length; i++) {
            if (own.used(i) && occursElsewhere(own.keys[i], textIsInTopic ? own.values[i] : 0, minCount)) out[n++] = own.keys[i];
        }
        int[] shared = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(shared);
        return shared;
    }

    /** How often a bigram must occur in the article to count as shared (see {@link #sharedFraction}). */
    private int minCount() {
        return 1 + hanChars / 4000;
    }

    /** Whether bigram {@code key} occurs at least {@code minCount} times in the article besides {@code ownCount} of the text's own. */
    private boolean occursElsewhere(int key, int ownCount, int minCount) {
        return counts.get(key) - ownCount >= minCount;
    }

    boolean isEmpty() {
        return counts.size == 0;
    }

    /** int → int counts, linear probing; key 0 marks a free slot (a Han bigram key is never 0). */
    private static final class Counts {
        int[] keys;
        int[] values;
        int size;
        private int shift;

        Counts(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            keys = new int[cap];
            values = new int[cap];
            shift = 32 - Integer.numberOfTrailingZeros(cap);
        }

        /** Fibonacci hashing on the high bits: bigram keys differ mostly in their low bits. */
        private int slot(int key) {
            int mask = keys.length - 1;
            int i = (key * 0x9E3779B9) >>> shift;
            int k;
            while ((k = keys[i]) != 0 && k != key) i = (i + 1) & mask;
            return i;
        }

        Counts copy() {
            Counts c = new Counts(2);
            c.keys = keys.clone();
            c.values = values.clone();
            c.size = size;
            c.shift = shift;
            return c;
        }

        boolean used(int i) {
            return keys[i] != 0;
        }

        void add(int key, int by) {
            if ((size + 1) * 2 > keys.length) grow();
            int i = slot(key);
            if (keys[i] == 0) {
                keys[i] = key;
                size++;
            }
            values[i] += by;
        }

        int get(int key) {
            int i = slot(key);
            return keys[i] != 0 ? values[i] : 0;
        }

        private void grow() {
            int[] k = keys;
            int[] v = values;
            keys = new int[k.length * 2];
            values = new int[k.length * 2];
            shift--;
            size = 0;
            for (int i = 0; i < k.length; i++) if (k[i] != 0) add(k[i], v[i]);
        }
    }
}
