package org.policyminer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/** Currency words and symbols ({@code models/currencies.tsv}), matched longest first. Immutable, loaded once. */
final class CurrencyLexicon {
    record Currency(String word, String code, boolean suffix, boolean prefix, int divisor) {
        boolean isMinor() {
            return divisor > 1;
        }
    }

    private final List<Currency> longestFirst;
    /** Main-unit suffix currencies by word, and prefix currencies by reversed word: looked up at every figure. */
    private final SurfaceTrie<Currency> suffixes = new SurfaceTrie<>();
    private final SurfaceTrie<Currency> prefixesReversed = new SurfaceTrie<>();

    CurrencyLexicon(List<String> lines) {
        List<Currency> all = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 4) throw new IllegalArgumentException("currencies.tsv: need 4 columns: " + line);
            boolean both = f[2].equals("both");
            all.add(new Currency(f[0], f[1], both || f[2].equals("suffix"), both || f[2].equals("prefix"), Integer.parseInt(f[3])));
        }
        all.sort(Comparator.comparingInt((Currency c) -> c.word().length()).reversed());
        this.longestFirst = List.copyOf(all);
        // In file order: of two entries with the same word, the first is kept, as the scans over the list did.
        for (Currency c : longestFirst) {
            if (c.suffix() && !c.isMinor()) suffixes.put(c.word(), c);
            if (c.prefix()) prefixesReversed.put(SurfaceTrie.reversed(c.word()), c);
        }
    }

    static CurrencyLexicon instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CurrencyLexicon INSTANCE = new CurrencyLexicon(ModelFiles.dataLines("currencies.tsv"));
    }

    /** Every currency, longest word first (file order among equal lengths). */
    List<Currency> longestFirst() {
        return longestFirst;
    }

    /** The longest main-unit suffix currency starting at i, or null. */
    Currency suffixAt(String t, int i) {
        return i < 0 ? null : suffixes.longestValueAt(t, i);
    }

    /**
     * The code of the first currency {@code text} names by a word of two or more characters (人民币, 港元, 新台币, 澳门币),
     * or null: a bare 元 names none.
     */
    String namedIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            Currency c = suffixes.longestValueAt(text, i);
            if (c != null && c.word().length() > 1) return c.code();
        }
        return null;
    }

    /** The minor unit of {@code code} starting at i (角 after 元, 美分 after 美元), or null. */
    Currency minorAt(String t, int i, String code) {
        for (Currency c : longestFirst) if (c.isMinor() && c.code().equals(code) && t.startsWith(c.word(), i)) return c;
        return null;
    }

    /** The longest prefix currency ending exactly at {@code end}, or null. */
    Currency prefixEndingAt(String t, int end) {
        return prefixesReversed.longestValueBefore(t, end);
    }

    /** Every currency word in the text, even without a figure (人民币 美元): a currency-only mention. */
    List<AmountParser.CurrencyMention> bareMentions(String t) {
        List<AmountParser.CurrencyMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            Currency hit = null;
            for (Currency c : longestFirst) {
                if (!c.isMinor() && c.word().length() > 1 && Character.isLetter(c.word().charAt(0)) && t.startsWith(c.word(), i)) {
                    hit = c;
                    break;
                }
            }
            if (hit != null && hit.word().length() >= 2 && !hit.word().equals("块钱")) {
                out.add(new AmountParser.CurrencyMention(i, i + hit.word().length(), hit.code()));
                i += hit.word().length();
            } else {
                i++;
            }
        }
        return out;
    }
}
