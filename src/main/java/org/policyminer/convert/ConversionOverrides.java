package org.policyminer.convert;

import org.policyminer.util.ModelFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character rules that correct OpenCC4j where its tables are known to miss (乾燥 → 干燥, 著力 → 着力, 貍 → 狸 …).
 * Each rule maps one traditional character to one simplified character, optionally only when the character before
 * or after (in the converted text) belongs to a set, so the output always keeps the input's length.
 * Loaded once from {@code models/t2s-overrides.tsv}; immutable.
 */
final class ConversionOverrides {
    /** One rule; {@code before}/{@code after} null means "any", {@code negate…} flips the set. */
    record Rule(char from, char to, String before, boolean negateBefore, String after, boolean negateAfter) {
        boolean matches(char prev, char next) {
            return fits(before, negateBefore, prev) && fits(after, negateAfter, next);
        }

        private static boolean fits(String set, boolean negate, char c) {
            if (set == null) return true;
            boolean in = c != 0 && set.indexOf(c) >= 0;
            return negate != in;
        }
    }

    private final Map<Character, List<Rule>> rules;
    private final java.util.BitSet covered = new java.util.BitSet(Character.MAX_VALUE + 1);

    ConversionOverrides(List<String> lines) {
        Map<Character, List<Rule>> m = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].length() != 1 || f[1].length() != 1) {
                throw new IllegalArgumentException("t2s-overrides: bad rule (need one character → one character): " + line);
            }
            String before = f.length > 2 ? f[2] : "*";
            String after = f.length > 3 ? f[3] : "*";
            Rule r = new Rule(f[0].charAt(0), f[1].charAt(0), set(before), before.startsWith("!"), set(after), after.startsWith("!"));
            m.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.rules = Map.copyOf(m);
        for (char c : rules.keySet()) covered.set(c);
    }

    private static String set(String spec) {
        if (spec.equals("*")) return null;
        return spec.startsWith("!") ? spec.substring(1) : spec;
    }

    static ConversionOverrides instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ConversionOverrides INSTANCE = new ConversionOverrides(ModelFiles.dataLines("t2s-overrides.tsv"));
    }

    boolean covers(char c) {
        return covered.get(c);
    }

    /**
     * Applies the rules. {@code original} is the input, {@code converted} the tables' output of the same length;
     * contexts are read in the converted text so rules are written in simplified characters only.
     */
    String apply(String original, String converted) {
        char[] out = null;
        for (int i = 0; i < original.length(); i++) {
            if (!covered.get(original.charAt(i))) continue;
            List<Rule> rs = rules.get(original.charAt(i));
            if (rs == null) continue;
            char prev = i > 0 ? converted.charAt(i - 1) : 0;
            char next = i + 1 < converted.length() ? converted.charAt(i + 1) : 0;
            for (Rule r : rs) {
                if (r.matches(prev, next)) {
                    if (out == null) out = converted.toCharArray();
                    out[i] = r.to();
                    break;
                }
            }
        }
        return out == null ? converted : new String(out);
    }
}
