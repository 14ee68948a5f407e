package org.policyminer.util;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} that tries only the positions where a match can start. {@code find()} tries a pattern at
 * every position of the text, and a pattern that opens with an alternation of some hundred words tries each of them
 * there: on short lines of prose that was a fifth of extraction. The characters a match can start with are read from
 * the pattern's own source when it is compiled, so they follow every change to the pattern; a pattern whose start
 * cannot be read that way (a leading {@code .}, {@code \s}, a negated class, flags) is searched the plain way.
 * Exact: a non-empty match that starts at {@code i} consumes {@code text[i]} first, and each candidate position is
 * tried with transparent, non-anchoring bounds, so look-behinds see the text before it and {@code ^} keeps its meaning.
 */
public final class QuickFind {
    private final Pattern pattern;
    /** Characters a match can start with; null: any (search the plain way). */
    private final BitSet starts;
    /** A matcher per thread, reset for each text: making one a call was a third of the search on short lines. */
    private final ThreadLocal<Matcher> matchers;

    private QuickFind(Pattern pattern, BitSet starts) {
        this.pattern = pattern;
        this.starts = starts;
        this.matchers = ThreadLocal.withInitial(() -> pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
    }

    public static QuickFind of(Pattern pattern) {
        return new QuickFind(pattern, pattern.flags() == 0 ? StartChars.of(pattern.pattern()) : null);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern matches somewhere in {@code text}, as {@code pattern.matcher(text).find()}. */
    public boolean find(CharSequence text) {
        if (starts == null) return pattern.matcher(text).find();
        Matcher m = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!starts.get(text.charAt(i))) continue;
            if (m == null) m = matchers.get().reset(text);
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** Whether the pattern's start could be read (the fast path is taken). */
    public boolean isQuick() {
        return starts != null;
    }

    /**
     * The first characters of a regular expression's matches, read from its source: literals, groups, alternation,
     * character classes of literals and ranges, quantifiers, anchors and look-arounds (zero-width). Anything else
     * makes the answer "any character" (null).
     */
    static final class StartChars {
        private final String re;
        private int pos;

        private StartChars(String re) {
            this.re = re;
        }

        static BitSet of(String regex) {
            try {
                StartChars p = new StartChars(regex);
                Node n = p.alternation();
                if (p.pos != regex.length() || n.nullable || n.first == null) return null;
                return n.first;
            } catch (Unreadable e) {
                return null;
            }
        }

        /** What a sub-expression can start with (null: any character) and whether it can match the empty string. */
        private record Node(BitSet first, boolean nullable) {
            static final Node EMPTY = new Node(new BitSet(), true);
            static final Node ANY = new Node(null, false);
        }

        private static final class Unreadable extends RuntimeException {
            Unreadable() {
                super(null, null, false, false);
            }
        }

        private Node alternation() {
            BitSet first = new BitSet();
            boolean any = false;
            boolean nullable = false;
            while (true) {
                Node b = sequence();
                if (b.first == null) any = true;
                else first.or(b.first);
                nullable |= b.nullable;
                if (pos < re.length() && re.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                return new Node(any ? null : first, nullable);
            }
        }

        private Node sequence() {
            BitSet first = new BitSet();
            boolean open = true; // every element so far can match empty: the next one's start is a start too
            boolean any = false;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Node a = quantified(atom());
                if (open) {
                    if (a.first == null) any = true;
                    else first.or(a.first);
                    open = a.nullable;
                }
            }
            return new Node(any ? null : first, open);
        }

        private Node quantified(Node a) {
            if (pos >= re.length()) return a;
            char c = re.charAt(pos);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                pos++;
            } else if (c == '+') {
                optional = false;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unreadable();
                String min = re.substring(pos + 1, close).split(",", -1)[0].strip();
                if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) throw new Unreadable();
                optional = Integer.parseInt(min) == 0;
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++; // lazy or possessive
            return optional ? new Node(a.first, true) : a;
        }

        private Node atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '^':
                case '$':
                    pos++;
                    return Node.EMPTY;
                case '.':
                    pos++;
                    return Node.ANY;
                case '\\':
                    return escape();
                case '*', '+', '?', '{':
                    throw new Unreadable();
                default:
                    int cp = re.codePointAt(pos);
                    pos += Character.charCount(cp);
                    return literal(re.charAt(pos - Character.charCount(cp)));
            }
        }

        private Node group() {
            pos++;
            boolean zeroWidth = false;
            if (re.startsWith("?:", pos)) pos += 2;
            else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (re.startsWith("?", pos)) throw new Unreadable(); // flags, named groups, atomic groups
            Node inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') throw new Unreadable();
            pos++;
            return zeroWidth ? Node.EMPTY : inner;
        }

        private Node charClass() {
            pos++;
            boolean negated = pos < re.length() && re.charAt(pos) == '^';
            if (negated) pos++;
            BitSet set = new BitSet();
            boolean firstInClass = true;
            while (pos < re.length() && (re.charAt(pos) != ']' || firstInClass)) {
                firstInClass = false;
                char from = classChar();
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    char to = classChar();
                    if (to < from) throw new Unreadable();
                    set.set(from, to + 1);
                } else {
                    set.set(from);
                }
            }
            if (pos >= re.length()) throw new Unreadable();
            pos++;
            return negated ? Node.ANY : new Node(set, false);
        }

        private char classChar() {
            char c = re.charAt(pos);
            if (c == '[' || c == '&') throw new Unreadable(); // nested classes, intersections
            if (Character.isSurrogate(c)) throw new Unreadable();
            if (c != '\\') {
                pos++;
                return c;
            }
            char e = escapedLiteral(re.charAt(pos + 1));
            pos += 2;
            return e;
        }

        private Node escape() {
            if (pos + 1 >= re.length()) throw new Unreadable();
            char e = re.charAt(pos + 1);
            if ("bBAGzZ".indexOf(e) >= 0) {
                pos += 2;
                return Node.EMPTY;
            }
            if ("dDsSwWhHvV".indexOf(e) >= 0) {
                pos += 2;
                return Node.ANY;
            }
            if (e == 'p' || e == 'P') {
                int close = re.indexOf('}', pos);
                if (!re.startsWith("{", pos + 2) || close < 0) throw new Unreadable();
                pos = close + 1;
                return Node.ANY;
            }
            char lit = escapedLiteral(e);
            pos += 2;
            return literal(lit);
        }

        /** The character an escape stands for when it stands for one; classes (\s, \d, \p…) and the rest are unreadable. */
        private static char escapedLiteral(char e) {
            return switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                default -> {
                    if (Character.isLetterOrDigit(e)) throw new Unreadable();
                    yield e;
                }
            };
        }

        private static Node literal(char c) {
            BitSet s = new BitSet();
            s.set(c);
            return new Node(s, false);
        }
    }
}
