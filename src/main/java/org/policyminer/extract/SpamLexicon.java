package org.policyminer.extract;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The spam phrases of {@code models/spam-lexicon.txt}, matched in one left-to-right scan (terms indexed by their
 * first character). Each term is also indexed in its traditional form, so a traditional mirror matches without
 * converting the page. Immutable; the standard lexicon loads lazily, once.
 */
public final class SpamLexicon {
    public static final String RESOURCE = "/models/spam-lexicon.txt";

    /** One lexicon entry. */
    public record Term(String text, String category, int weight) {}

    /** What a scan found: occurrences, distinct terms, summed weight and characters covered. */
    public record Hits(int count, int distinct, int weight, int coveredChars) {
        static final Hits NONE = new Hits(0, 0, 0, 0);
    }

    private final List<Term> terms;
    /** Terms by first character, longest first; null for the characters (most of a page) that start none. */
    private final Term[][] byChar = new Term[Character.MAX_VALUE + 1][];
    /**
     * Small bit sets in front of {@link #byChar} (which is too big to stay in cache): characters that start a term,
     * those that start a one-character term, and hashed first-two-character pairs. A clear bit means no term starts
     * here; a set bit is then checked against the terms themselves.
     */
    private final long[] firstBits = new long[(Character.MAX_VALUE + 1) / 64];
    private final long[] singleBits = new long[(Character.MAX_VALUE + 1) / 64];
    private final long[] pairBits = new long[PAIR_BITS / 64];
    private static final int PAIR_BITS = 1 << 18;

    private static int pairHash(char a, char b) {
        return (((a << 16) | b) * 0x9E3779B9) >>> (32 - 18);
    }

    public SpamLexicon(Collection<Term> terms) {
        this.terms = List.copyOf(terms);
        Map<Character, List<Term>> index = new HashMap<>();
        for (Term t : this.terms) {
            Set<String> forms = new HashSet<>();
            // as given, OpenCC's forms character by character, Taiwan's (群 where OpenCC writes 羣: as a writer types it), and
            // the term as OpenCC converts a page word by word (发布 is 發佈 there, 發布 character by character): the forms
            // the shape's patterns read (scriptForms); without the last, a traditional page's 軟文發佈 hit nothing
            for (String f : scriptForms(t.text())) forms.add(f.toLowerCase(Locale.ROOT));
            for (String f : forms) {
                if (f.isEmpty()) continue;
                index.computeIfAbsent(f.charAt(0), k -> new ArrayList<>()).add(new Term(f, t.category(), t.weight()));
            }
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed()));
        for (Map.Entry<Character, List<Term>> e : index.entrySet()) {
            char c = e.getKey();
            byChar[c] = e.getValue().toArray(new Term[0]);
            firstBits[c >>> 6] |= 1L << c;
            for (Term t : e.getValue()) {
                if (t.text().length() == 1) singleBits[c >>> 6] |= 1L << c;
                else {
                    int h = pairHash(c, t.text().charAt(1));
                    pairBits[h >>> 6] |= 1L << h;
                }
            }
        }
    }

    /** The character-by-character traditional form (same length, so it stays a literal to match). */
    static String traditional(String s) {
        StringBuilder b = new StringBuilder(s.length());
        // Character by character, so the folded term keeps its length and stays a literal to match.
        for (int i = 0; i < s.length(); i++) b.append(Forms.TRADITIONAL.of(s.charAt(i)));
        return b.toString();
    }

    /**
     * A character's form in a script, converted once: the lexicons' and the patterns' script forms and the advert model's
     * (tens of thousands of terms and features, a few thousand characters) were each a converter call a character, made
     * while the classes load, on every run. {@code convert} is a pure function of the character; a form that is not one
     * character leaves the character as it is. Thread-safe: a slot is written whole (a char), the same value by any thread.
     */
    private static final class CharForms {
        private final java.util.function.UnaryOperator<String> convert;
        /** The form of each character, 0: not converted yet. */
        private final char[] forms = new char[Character.MAX_VALUE + 1];

        CharForms(java.util.function.UnaryOperator<String> convert) {
            this.convert = convert;
        }

        char of(char c) {
            char f = forms[c];
            if (f != 0) return f;
            String t = convert.apply(String.valueOf(c));
            f = t.length() == 1 ? t.charAt(0) : c;
            // a character whose form is U+0000 (none is) would be converted each time, as before
            forms[c] = f;
            return f;
        }
    }

    /** The two tables, made on first use (a holder: the lexicon's own static terms may convert before its later fields are set). */
    private static final class Forms {
        static final CharForms TRADITIONAL = new CharForms(ZhConverterUtil::toTraditional);
        static final CharForms TAIWANESE = new CharForms(com.github.houbb.opencc4j.util.ZhTwConverterUtil::toTraditional);
    }

    /** The alternatives ("a|b|c") with every form {@link #scriptForms} gives each, as one regex group safe beside others. */
    static String anyScriptForm(String alternatives) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (String a : alternatives.split("\\|")) all.addAll(scriptForms(a));
        return "(?:" + String.join("|", all) + ")";
    }

    /** The words with every form {@link #scriptForms} gives each, each form once. */
    static String[] scriptForms(String... words) {
        return java.util.Arrays.stream(words).flatMap(w -> scriptForms(w).stream()).distinct().toArray(String[]::new);
    }

    /** A word as a page may write it: as given, in OpenCC's traditional forms and in Taiwan's, each form once. */
    static java.util.Set<String> scriptForms(String word) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(word);
        forms.add(traditional(word));
        forms.add(taiwanese(word));
        // and the word as OpenCC converts a page, word by word: a character with two traditional forms takes the one
        // its word needs (钟 alone is 鍾, 分钟 is 分鐘), and character by character no form above was the page's
        String whole = ZhConverterUtil.toTraditional(word);
        if (whole.length() == word.length()) forms.add(whole);
        return forms;
    }

    /**
     * {@link #traditional} with Taiwan's character forms (OpenCC's s2tw, character by character): 群, 裡, 著 where
     * OpenCC's standard has 羣, 裏, 着. A line typed by a writer in Taiwan or Hong Kong uses these.
     */
    static String taiwanese(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(Forms.TAIWANESE.of(s.charAt(i)));
        return b.toString();
    }

    public List<Term> terms() {
        return terms;
    }

    /** Scans {@code text} once; overlapping matches are not counted twice. */
    public Hits scan(String text) {
        if (text == null || text.isEmpty()) return Hits.NONE;
        String lower = hasUpperAscii(text) ? text.toLowerCase(Locale.ROOT) : text;
        int count = 0;
        int weight = 0;
        int covered = 0;
        Set<String> distinct = null;
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if ((firstBits[c >>> 6] & (1L << c)) == 0
                    || ((singleBits[c >>> 6] & (1L << c)) == 0
                        && (i + 1 >= lower.length() || (pairBits[pairHash(c, lower.charAt(i + 1)) >>> 6] & (1L << pairHash(c, lower.charAt(i + 1)))) == 0))) {
                i++;
                continue;
            }
            Term[] cands = byChar[c];
            Term found = null;
            for (Term t : cands) {
                if (lower.startsWith(t.text(), i)) {
                    found = t;
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            count++;
            weight += found.weight();
            covered += found.text().length();
            if (distinct == null) distinct = new HashSet<>();
            distinct.add(found.text());
            i += found.text().length();
        }
        return count == 0 ? Hits.NONE : new Hits(count, distinct.size(), weight, covered);
    }

    private static boolean hasUpperAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') return true;
        }
        return false;
    }

    /** The project lexicon: classpath {@value #RESOURCE}, else {@code models/spam-lexicon.txt} under
     * {@code policyminer.root} or the working directory. Loaded on first use, then shared (immutable). */
    public static SpamLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SpamLexicon STANDARD = loadStandard();
    }

    private static SpamLexicon loadStandard() {
        try (InputStream in = SpamLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in != null) return new SpamLexicon(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        Path file = root.resolve("models").resolve("spam-lexicon.txt");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SpamLexicon(parse(r));
        } catch (IOException e) {
            throw new UncheckedIOException("spam lexicon not found on the classpath (" + RESOURCE + ") nor at " + file, e);
        }
    }

    /** Parses the lexicon format (see the header of models/spam-lexicon.txt). */
    public static List<Term> parse(BufferedReader r) throws IOException {
        List<Term> out = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            String[] f = s.split("\t");
            if (f.length < 2) throw new IOException("spam lexicon line " + no + ": expected term<TAB>category[<TAB>weight]: " + s);
            int w = f.length > 2 ? Integer.parseInt(f[2].strip()) : 1;
            out.add(new Term(f[0].strip(), f[1].strip(), w));
        }
        return out;
    }
}
