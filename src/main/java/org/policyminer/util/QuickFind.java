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
 * Exact: a non-empty match that starts at {@code i} consumes {@code text[i]} first (and, when it is longer than one
 * character, {@code text[i+1]} second), and each candidate position is tried with transparent, non-anchoring bounds,
 * so look-behinds see the text before it and {@code ^} keeps its meaning.
 */
public final class QuickFind {
    private final Pattern pattern;
    /** Characters a match can start with; null: any (search the plain way). */
    private final BitSet starts;
    /** Some match can start only at the text's start ({@code ^…}): position 0 is tried (see {@link #zeroStarts}). */
    private final boolean atZero;
    /**
     * When {@link #atZero}: the characters any match can start with, {@code ^} read as an empty match (the reading
     * before anchors were read, a superset); position 0 is tried only when its character is one. Null: any. Tried
     * whatever its character, a clause was asked {@code ^(?:马上|立即…)} once more than before (AdvertShape's calls).
     */
    private final BitSet zeroStarts;
    /**
     * For each start character (sorted, looked up by binary search), the characters that can follow it in a match;
     * a null set: anything, or nothing (a match may end after it).
     */
    private final char[] pairFirsts;
    /**
     * {@link #pairFirsts} as an open-addressing table (a start character at {@code 2 * slot}, its index right after
     * it, -1 where free): a look-up a candidate position, which a binary search over a few hundred characters was
     * (the claim families' start characters are common in prose).
     */
    private final int[] pairTable;
    private final int pairMask;
    private final BitSet[] pairSeconds;
    /**
     * For each start character, when every alternative a match can start with it opens with a run ({@code [0-9]+}…):
     * the characters that, right before the position, make asking there useless (null: none). A match of {@code X+R}
     * at {@code i} with {@code text[i-1]} in X is also a match at {@code i-1} (the run takes one more character, R is
     * tried at the same place), so when none started at {@code i-1} none starts at {@code i}: each digit of 2024 was
     * asked the digit families again.
     */
    private final BitSet[] pairRuns;
    /**
     * A matcher per thread and pattern, reset for each text: making one a call was a third of the search on short lines.
     * One thread-local for every pattern, an array by {@link #id}: with a thread-local a pattern, each take looked one up
     * among some sixty in the thread's map (its entry, its key and its value, seldom all in the cache), a fiftieth of
     * extraction; the one shared entry stays in the cache.
     */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[64]);
    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();
    /** This pattern's index in {@link #MATCHERS}' arrays. */
    private final int id = IDS.getAndIncrement();

    /** {@code source}: the pattern's source to read its start from (see {@link #of}); null: searched the plain way. */
    private QuickFind(Pattern pattern, String source) {
        this.pattern = pattern;
        this.screenIndex = UNREGISTERED;
        Starts read = source == null ? null : StartChars.starts(source);
        this.starts = read == null ? null : read.first();
        this.atZero = read != null && read.atZero();
        Starts unanchored = atZero ? StartChars.starts(source, false) : null;
        this.zeroStarts = unanchored == null ? null : unanchored.first();
        this.pairFirsts = new char[read == null ? 0 : read.seconds().size()];
        this.pairSeconds = new BitSet[pairFirsts.length];
        this.pairRuns = new BitSet[pairFirsts.length];
        if (read != null) {
            int k = 0;
            for (char c : new java.util.TreeSet<>(read.seconds().keySet())) {
                pairFirsts[k] = c;
                pairRuns[k] = read.runs().get(c);
                pairSeconds[k++] = read.seconds().get(c);
            }
        }
        int size = Integer.highestOneBit(Math.max(8, pairFirsts.length * 4) - 1) << 1;
        this.pairTable = new int[2 * size];
        this.pairMask = size - 1;
        java.util.Arrays.fill(pairTable, -1);
        for (int k = 0; k < pairFirsts.length; k++) {
            int at = pairSlot(pairFirsts[k]);
            pairTable[2 * at] = pairFirsts[k];
            pairTable[2 * at + 1] = k;
        }
    }

    /** This thread's matcher of the pattern (transparent bounds, no anchoring bounds), made on its first use. */
    private Matcher matcher() {
        Matcher[] all = MATCHERS.get();
        if (id >= all.length) MATCHERS.set(all = java.util.Arrays.copyOf(all, Math.max(id + 1, 2 * all.length)));
        Matcher m = all[id];
        if (m == null) m = all[id] = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        return m;
    }

    public static QuickFind of(Pattern pattern) {
        // flags() holds the inline flags too ((?i) reports CASE_INSENSITIVE, wherever it stands), so a flag given at
        // compile time cannot be told from one written inside: the source is read with no flag, or with CASE_INSENSITIVE
        // when it opens with (?i) (then the whole pattern is caseless either way); "ab(?i)c" compiled caseless is not
        String source = pattern.pattern();
        if (pattern.flags() == 0 || (pattern.flags() == Pattern.CASE_INSENSITIVE && source.startsWith("(?i)"))) return new QuickFind(pattern, source);
        if (pattern.flags() != Pattern.CASE_INSENSITIVE) return new QuickFind(pattern, null);
        // a (?i) past the start (首充…|(?i)first deposit…): the pattern is the source as written, or the whole of it
        // caseless. Where both read the same starts, the reading is exact whichever it is (what comes before the flag
        // has no ASCII letter a match can open with); searched the plain way, PlayerBonus's deposit bonus was
        // tried at every position of every short line
        String caseless = "(?i)" + source;
        boolean same = java.util.Objects.equals(StartChars.starts(source), StartChars.starts(caseless))
                && java.util.Objects.equals(StartChars.starts(source, false), StartChars.starts(caseless, false));
        return new QuickFind(pattern, same ? source : null);
    }

    /**
     * The characters a match can start with, for each of them what can come second (null: anything), and for those
     * only runs start with, the characters before that make a position useless ({@link #pairRuns}).
     */
    record Starts(BitSet first, java.util.Map<Character, BitSet> seconds, java.util.Map<Character, BitSet> runs, boolean atZero) {}

    public Pattern pattern() {
        return pattern;
    }

    /**
     * This pattern's index in {@link LineStarts}' table, registered the first time a line's view is asked about it
     * (patterns only ever searched without one, as the tests make by the thousand, are never registered);
     * {@link #UNREGISTERED} before, -1 when it cannot be screened (its start unread, or position 0 tried whatever its
     * character).
     */
    private volatile int screenIndex;
    private static final int UNREGISTERED = -2;

    /**
     * {@link #find(CharSequence)} of {@code text}, a part of the line {@code line} was read from (the line itself, a
     * clause, the line stripped: every character of it is the line's): false without reading the text when the line
     * holds none of the characters a match can start with.
     */
    public boolean find(CharSequence text, LineStarts line) {
        return line.mayMatch(screenIndex()) && find(text);
    }

    /** {@link #screenIndex}, registered on the first ask. */
    int screenIndex() {
        int index = screenIndex;
        return index != UNREGISTERED ? index : registerScreen();
    }

    private synchronized int registerScreen() {
        if (screenIndex != UNREGISTERED) return screenIndex;
        if (starts == null || (atZero && zeroStarts == null)) return screenIndex = -1;
        BitSet chars = (BitSet) starts.clone();
        if (atZero) chars.or(zeroStarts);
        return screenIndex = LineStarts.register(chars);
    }

    /** Whether the pattern matches somewhere in {@code text}, as {@code pattern.matcher(text).find()}. */
    public boolean find(CharSequence text) {
        if (starts == null) return pattern.matcher(text).find();
        Matcher m = null;
        int n = text.length();
        int i = 0;
        if (atZero) {
            // every alternative tried at the start (an empty text too, ^$, when nothing narrows the start)
            if (zeroStarts == null || (n > 0 && zeroStarts.get(text.charAt(0)))) {
                m = matcher().reset(text);
                if (m.lookingAt()) return true;
            }
            if (starts.isEmpty()) return false;
            i = 1;
        }
        for (; i < n; i++) {
            // every position before i has been passed: none of them starts a match
            if (!starts.get(text.charAt(i)) || !mayStart(text, i)) continue;
            if (m == null) m = matcher().reset(text);
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** The characters a match can start with; null: any (the pattern is searched the plain way). */
    BitSet starts() {
        return starts;
    }

    /**
     * Whether a match starts at {@code i}, as {@link #find} tries it there: {@code text[i]} a start character (the
     * caller's screen), then the second character, the run before it and the pattern itself. Only for a caller that
     * has found no match starting before {@code i} (as {@link #find} has when it reaches {@code i}).
     */
    boolean matchesAt(CharSequence text, int i) {
        if (!mayStart(text, i)) return false;
        Matcher m = matcher().reset(text);
        m.region(i, text.length());
        return m.lookingAt();
    }

    /**
     * {@link #matchesAt(CharSequence, int)} for a caller that asks at many positions of one text: the pattern's matcher
     * on {@code text} is kept in {@code matchers[slot]}, taken there at the first ask that reaches the pattern (each
     * take was a thread-local look-up and a reset).
     */
    boolean matchesAt(CharSequence text, int i, Matcher[] matchers, int slot) {
        return matchesAt(text, i, pairIndex(text.charAt(i)), matchers, slot);
    }

    /**
     * {@link #matchesAt(CharSequence, int, Matcher[], int)} with {@code pairIndexOf(text[i])} read by the caller: a
     * set looks it up once for each of its start characters, not at every ask (each pattern's table is another place
     * in memory, and a line asks several patterns at each start character).
     */
    boolean matchesAt(CharSequence text, int i, int pairIndex, Matcher[] matchers, int slot) {
        if (!mayStart(text, i, pairIndex)) return false;
        Matcher m = matchers[slot];
        if (m == null) m = matchers[slot] = matcher().reset(text);
        m.region(i, text.length());
        return m.lookingAt();
    }

    /** What can follow start character {@code c} in a match; null: anything, or nothing (a match may end after it). */
    BitSet seconds(char c) {
        int k = pairIndex(c);
        return k < 0 ? null : pairSeconds[k];
    }

    /**
     * Whether the character after {@code i} can follow {@code text[i]} at the start of a match, and the one before it
     * does not extend a run that would have started a match at {@code i-1} already (no match started before {@code i}).
     */
    private boolean mayStart(CharSequence text, int i) {
        return mayStart(text, i, pairIndex(text.charAt(i)));
    }

    /** {@link #mayStart(CharSequence, int)} with {@code k} the {@link #pairIndexOf} of {@code text[i]}. */
    private boolean mayStart(CharSequence text, int i, int k) {
        if (k < 0) return true;
        BitSet seconds = pairSeconds[k];
        if (seconds != null && (i + 1 >= text.length() || !seconds.get(text.charAt(i + 1)))) return false;
        return i == 0 || pairRuns[k] == null || !pairRuns[k].get(text.charAt(i - 1));
    }

    /** The slot of {@code c} in {@link #pairTable}, or the free slot where it would go. */
    private int pairSlot(int c) {
        int at = (c * 0x9E3779B9) >>> 16 & pairMask;
        int k;
        while ((k = pairTable[2 * at]) != -1 && k != c) at = (at + 1) & pairMask;
        return at;
    }

    /** What {@link #matchesAt(CharSequence, int, int, Matcher[], int)} is given for a start character {@code c}. */
    int pairIndexOf(char c) {
        return pairIndex(c);
    }

    /** The index of {@code c} in {@link #pairFirsts}, or -1 when no match starts with it. */
    private int pairIndex(char c) {
        int at = pairSlot(c);
        return pairTable[2 * at] == -1 ? -1 : pairTable[2 * at + 1];
    }

    /** Whether some match can start only at the text's start ({@link #find} tries position 0 whatever its character). */
    boolean triesStart() {
        return atZero;
    }

    /** Whether the pattern's start could be read (the fast path is taken). */
    public boolean isQuick() {
        return starts != null;
    }

    /**
     * The first characters of a regular expression's matches, read from its source: literals, groups, alternation,
     * character classes of literals and ranges, quantifiers, anchors and look-arounds (zero-width). Anything else
     * makes the answer "any character" (null). Read with them: for each first character, the characters that can
     * follow it in a match ({@link Starts#seconds}), so that a candidate position whose next character cannot continue
     * any match is not tried either (a family opening with 不 or 一 has a few dozen words, and prose is full of both).
     */
    static final class StartChars {
        private final String re;
        private int pos;
        /** Group nesting at {@link #pos}: 0 at the pattern's top level. */
        private int depth;
        /** The top-level alternatives and, for each, the class its leading run repeats (null: it opens otherwise). */
        private final java.util.List<Node> tops = new java.util.ArrayList<>();
        private final java.util.List<BitSet> topRuns = new java.util.ArrayList<>();
        /** The class the sequence being read opens with as a run ({@code X+}), at the top level. */
        private BitSet run;
        /**
         * Inside a {@code (?i:…)} group: each atom matches its ASCII letters in either case. Without {@code u} Java
         * folds ASCII only ({@code (?i:s)} does not match ſ), so both ASCII cases are exactly what it can match.
         */
        private boolean caseless;

        /**
         * For each start character, when every top-level alternative that can start with it opens with a run
         * {@code X+} (one character class or literal, greedy or lazy, nothing before it): the characters in all
         * their X.
         */
        java.util.Map<Character, BitSet> runs(BitSet first) {
            java.util.Map<Character, BitSet> out = new java.util.HashMap<>();
            for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
                BitSet all = null;
                for (int a = 0; a < tops.size(); a++) {
                    BitSet f = tops.get(a).first();
                    if (f == null || !f.get(c)) continue;
                    BitSet r = topRuns.get(a);
                    if (r == null) {
                        all = null;
                        break;
                    }
                    if (all == null) all = (BitSet) r.clone();
                    else all.and(r);
                }
                if (all != null && !all.isEmpty()) out.put((char) c, all);
            }
            return out;
        }

        /** {@code ^} read as {@link Node#ANCHOR}; false: as an empty match. */
        private boolean anchors = true;

        private StartChars(String re) {
            this.re = re;
        }

        /** The first characters (null: any), or null. */
        static BitSet of(String regex) {
            Starts s = starts(regex);
            return s == null ? null : s.first;
        }

        /** The first characters and what can follow each, or null when the start cannot be read. */
        static Starts starts(String regex) {
            return starts(regex, true);
        }

        /** {@code anchors} false: {@code ^} read as an empty match (what any match, anchored or not, can start with). */
        static Starts starts(String regex, boolean anchors) {
            try {
                StartChars p = new StartChars(regex);
                p.anchors = anchors;
                Node n = p.alternation();
                if (p.pos != regex.length() || n.nullable || n.first() == null) return null;
                return new Starts(n.first(), n.pairs(), p.runs(n.first()), n.atZero);
            } catch (Unreadable e) {
                return null;
            }
        }

        /**
         * What a sub-expression can start with and whether it can match the empty string. {@code one}: the characters
         * that can be a whole match (a match of length one, so anything may follow it); {@code two}: for each first
         * character of a longer match, the characters that can come second (a null set: any). {@code anyFirst}: a
         * match can start with any character (a negated class, {@code .}, {@code \s}); then {@code one} and {@code two}
         * are not kept, only the fact.
         */
        private record Node(boolean anyFirst, boolean nullable, BitSet one, java.util.Map<Character, BitSet> two, boolean atZero) {
            static final Node EMPTY = new Node(false, true, new BitSet(), java.util.Map.of());
            static final Node ANY = new Node(true, false, null, null);
            /**
             * {@code ^} (no MULTILINE: compile flags are refused, an inline one is unreadable): what follows it matches
             * only at the text's start, so it adds no start character, only {@code atZero}, and it is not nullable
             * (it matches nothing elsewhere). Read as an empty match before, {@code ^\\W{0,3}…} made a whole pattern
             * "any start" (ENGLISH_CALL's sale label, ENGLISH_SEND's hooks).
             */
            static final Node ANCHOR = new Node(false, false, new BitSet(), java.util.Map.of(), true);

            Node(boolean anyFirst, boolean nullable, BitSet one, java.util.Map<Character, BitSet> two) {
                this(anyFirst, nullable, one, two, false);
            }

            /** One character of the set. */
            static Node of(BitSet chars) {
                return new Node(false, false, chars, java.util.Map.of());
            }

            /** The first characters, null: any. */
            BitSet first() {
                if (anyFirst) return null;
                BitSet f = (BitSet) one.clone();
                for (char c : two.keySet()) f.set(c);
                return f;
            }

            /** For each first character, what can follow it in a match; null: anything (a match may end after it). */
            java.util.Map<Character, BitSet> pairs() {
                java.util.Map<Character, BitSet> out = new java.util.HashMap<>(two);
                for (int c = one.nextSetBit(0); c >= 0; c = one.nextSetBit(c + 1)) out.put((char) c, null);
                return out;
            }
        }

        private static final class Unreadable extends RuntimeException {
            Unreadable() {
                super(null, null, false, false);
            }
        }

        /** Either set may be null (any); the union. */
        private static BitSet union(BitSet a, BitSet b) {
            if (a == null || b == null) return null;
            BitSet u = (BitSet) a.clone();
            u.or(b);
            return u;
        }

        private static void addSeconds(java.util.Map<Character, BitSet> into, char c, BitSet seconds) {
            if (into.containsKey(c)) into.put(c, union(into.get(c), seconds));
            else into.put(c, seconds == null ? null : (BitSet) seconds.clone());
        }

        private static Node either(Node a, Node b) {
            if (a.anyFirst || b.anyFirst) return new Node(true, a.nullable || b.nullable, null, null);
            java.util.Map<Character, BitSet> two = new java.util.HashMap<>(a.two);
            b.two.forEach((c, s) -> addSeconds(two, c, s));
            return new Node(false, a.nullable || b.nullable, union(a.one, b.one), two, a.atZero || b.atZero);
        }

        /** {@code a} then {@code b}. */
        private static Node then(Node a, Node b) {
            boolean nullable = a.nullable && b.nullable;
            if (a.anyFirst || (a.nullable && b.anyFirst)) return new Node(true, nullable, null, null);
            BitSet one = new BitSet();
            if (b.nullable) one.or(a.one);
            java.util.Map<Character, BitSet> two = new java.util.HashMap<>(a.two);
            BitSet bFirst = b.first();
            for (int c = a.one.nextSetBit(0); c >= 0; c = a.one.nextSetBit(c + 1)) addSeconds(two, (char) c, bFirst);
            if (a.nullable) {
                one.or(b.one);
                b.two.forEach((c, s) -> addSeconds(two, c, s));
            }
            return new Node(false, nullable, one, two, a.atZero || (a.nullable && b.atZero));
        }

        private Node alternation() {
            Node n = null;
            while (true) {
                boolean top = depth == 0;
                if (top) run = null;
                Node b = sequence();
                if (top) {
                    tops.add(b);
                    topRuns.add(run);
                }
                n = n == null ? b : either(n, b);
                if (pos < re.length() && re.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                return n;
            }
        }

        private Node sequence() {
            Node n = Node.EMPTY;
            boolean top = depth == 0;
            boolean opening = true;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                char open = re.charAt(pos);
                Node a = atom();
                BitSet runClass = null;
                // a leading X+ (X one class or literal; not possessive, which gives back nothing)
                if (top && opening && open != '(' && !a.anyFirst && !a.nullable && a.two.isEmpty() && !a.one.isEmpty()
                        && pos < re.length() && re.charAt(pos) == '+' && !(pos + 1 < re.length() && re.charAt(pos + 1) == '+')) {
                    runClass = a.one;
                }
                n = then(n, quantified(a));
                if (top && opening) run = runClass;
                opening = false;
            }
            return n;
        }

        private Node quantified(Node a) {
            if (pos >= re.length()) return a;
            char c = re.charAt(pos);
            boolean optional;
            boolean repeated;
            if (c == '?' || c == '*') {
                optional = true;
                repeated = c == '*';
                pos++;
            } else if (c == '+') {
                optional = false;
                repeated = true;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unreadable();
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                String min = bounds[0].strip();
                if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) throw new Unreadable();
                optional = Integer.parseInt(min) == 0;
                String max = bounds.length > 1 ? bounds[1].strip() : min;
                repeated = !max.equals("0") && !max.equals("1");
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++; // lazy or possessive
            Node n = repeated ? either(a, then(a, a)) : a; // a second repetition can follow a one-character first
            return optional ? new Node(n.anyFirst, true, n.one, n.two, n.atZero) : n;
        }

        private Node atom() {
            Node a = atomAsWritten();
            return caseless ? bothCases(a) : a;
        }

        /** {@code n} with each ASCII letter it can start with or follow with also in the other case. */
        private static Node bothCases(Node n) {
            if (n.anyFirst) return n;
            java.util.Map<Character, BitSet> two = new java.util.HashMap<>();
            n.two.forEach((c, s) -> {
                BitSet folded = s == null ? null : bothCases(s);
                addSeconds(two, c, folded);
                char o = otherCase(c);
                if (o != c) addSeconds(two, o, folded);
            });
            return new Node(false, n.nullable, bothCases(n.one), two, n.atZero);
        }

        private static BitSet bothCases(BitSet chars) {
            BitSet out = (BitSet) chars.clone();
            for (int c = chars.nextSetBit('A'); c >= 0 && c <= 'z'; c = chars.nextSetBit(c + 1)) out.set(otherCase((char) c));
            return out;
        }

        /** The other case of an ASCII letter; any other character itself. */
        private static char otherCase(char c) {
            if (c >= 'a' && c <= 'z') return (char) (c - 32);
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            return c;
        }

        private Node atomAsWritten() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '^':
                    pos++;
                    return anchors ? Node.ANCHOR : Node.EMPTY;
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
                    if (Character.charCount(cp) > 1) {
                        // a character outside the BMP: its high surrogate first, its low one second
                        java.util.Map<Character, BitSet> pair = new java.util.HashMap<>();
                        pair.put(c, bitOf(re.charAt(pos + 1)));
                        pos += 2;
                        return new Node(false, false, new BitSet(), pair);
                    }
                    if (Character.isSurrogate(c)) throw new Unreadable(); // a lone surrogate: not read here
                    pos++;
                    return literal(c);
            }
        }

        private Node group() {
            pos++;
            boolean zeroWidth = false;
            boolean wasCaseless = caseless;
            if (re.startsWith("?:", pos)) pos += 2;
            else if (re.startsWith("?i)", pos)) {
                // the flag alone ((?i) opening ENGLISH_CALL's alternatives): ASCII letters in either case from here to
                // the end of the enclosing group, as Java reads it (that group's close restores the case); it matches nothing
                pos += 3;
                caseless = true;
                return Node.EMPTY;
            } else if (re.startsWith("?i:", pos)) {
                // an ASCII word in either case (vpn, VPN): read as written, each letter in both cases
                pos += 3;
                caseless = true;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (re.startsWith("?", pos)) throw new Unreadable(); // flags, named groups, atomic groups
            if (!zeroWidth) {
                depth++;
                Node inner = alternation();
                depth--;
                caseless = wasCaseless;
                if (pos >= re.length() || re.charAt(pos) != ')') throw new Unreadable();
                pos++;
                return inner;
            }
            // a look-around consumes nothing, so what it holds (a \p class, an intersection: 有点我 is not a
                // pointer, (?<![\p{IsHan}&&[^请]])点我) need not be read, only passed: a pattern with one was searched
                // the plain way at every position (ReaderHook's pointers, a tenth of extraction)
            int open = pos - 3 - (re.charAt(pos - 2) == '<' ? 1 : 0);
            skipToGroupEnd();
            checkWhole(open, pos);
            return Node.EMPTY;
        }

        /**
         * Moves past the {@code )} that closes the group whose body starts at {@code pos}: escapes, classes (nested
         * ones too) and inner groups are passed whole. {@code \Q…\E} is not read here.
         */
        private void skipToGroupEnd() {
            int depth = 1;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '\\') {
                    skipEscape();
                } else if (c == '[') {
                    skipClass();
                } else {
                    pos++;
                    if (c == '(') depth++;
                    else if (c == ')' && --depth == 0) return;
                }
            }
            throw new Unreadable();
        }

        /** Moves past the escape at {@code pos} (a {@code \p{…}} with its braces). */
        private void skipEscape() {
            if (pos + 1 >= re.length()) throw new Unreadable();
            char e = re.charAt(pos + 1);
            if (e == 'Q') throw new Unreadable();
            if ((e == 'p' || e == 'P') && re.startsWith("{", pos + 2)) {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new Unreadable();
                pos = close + 1;
            } else {
                pos += 2;
            }
        }

        /** Moves past the character class opening at {@code pos}, nested classes and intersections included. */
        private void skipClass() {
            int depth = 0;
            boolean opening = false;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '\\') {
                    skipEscape();
                    opening = false;
                    continue;
                }
                pos++;
                if (c == '[') {
                    depth++;
                    opening = true;
                    if (pos < re.length() && re.charAt(pos) == '^') pos++;
                    continue;
                }
                // a ']' right after '[' or '[^' is a literal ']' in a Java class
                if (c == ']' && !opening && --depth == 0) return;
                opening = false;
            }
            throw new Unreadable();
        }

        /** A part passed without reading it must be a whole expression on its own, or the reading stops here. */
        private void checkWhole(int from, int to) {
            try {
                Pattern.compile(re.substring(from, to));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new Unreadable();
            }
        }

        private Node charClass() {
            int open = pos;
            pos++;
            boolean negated = pos < re.length() && re.charAt(pos) == '^';
            if (negated) pos++;
            BitSet set = new BitSet();
            java.util.Map<Character, BitSet> pairs = new java.util.HashMap<>();
            boolean firstInClass = true;
            while (pos < re.length() && (re.charAt(pos) != ']' || firstInClass)) {
                firstInClass = false;
                if (unreadInClass()) {
                    // a \p class, a nested class or an intersection: it may match any character (as a negated class
                    // does); the class is passed whole and read as "any"
                    pos = open;
                    skipClass();
                    checkWhole(open, pos);
                    return Node.ANY;
                }
                BitSet shorthand = re.charAt(pos) == '\\' ? shorthand(re.charAt(pos + 1)) : null;
                if (shorthand != null) {
                    set.or(shorthand);
                    pos += 2;
                    continue;
                }
                if (Character.isHighSurrogate(re.charAt(pos)) && pos + 1 < re.length() && Character.isLowSurrogate(re.charAt(pos + 1))
                        && !(pos + 2 < re.length() && re.charAt(pos + 2) == '-')) {
                    // a character outside the BMP (👉) is two chars in the text: its high surrogate first, its low second
                    addSeconds(pairs, re.charAt(pos), bitOf(re.charAt(pos + 1)));
                    pos += 2;
                    continue;
                }
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
            if (negated) return Node.ANY;
            return pairs.isEmpty() ? Node.of(set) : new Node(false, false, set, pairs);
        }

        /** What {@link #classChar} cannot read as one character or a range bound: a class escape, a nested class, {@code &&}. */
        private boolean unreadInClass() {
            char c = re.charAt(pos);
            if (c == '[' || (c == '&' && pos + 1 < re.length() && re.charAt(pos + 1) == '&')) return true;
            if (c != '\\' || pos + 1 >= re.length()) return false;
            char e = re.charAt(pos + 1);
            // \d \s \w are read as their sets, unless a '-' follows (no range bound): the class is then "any"
            if ("dsw".indexOf(e) >= 0) return pos + 2 < re.length() && re.charAt(pos + 2) == '-';
            return "pPDSWhHvV".indexOf(e) >= 0;
        }

        /**
         * What {@code \\d}, {@code \\s} and {@code \\w} match without {@code UNICODE_CHARACTER_CLASS} (compile flags are
         * refused, and an inline flag other than {@code i} is unreadable): {@code [0-9]}, {@code [ \\t\\n\\x0B\\f\\r]},
         * {@code [a-zA-Z_0-9]}, as Pattern's documentation gives them. Null for any other escape. Read as "any", a
         * {@code \\s} in a pattern's opening made it searched the plain way at every position (ENGLISH_CALL's
         * {@code \\s[-—–]\\s}).
         */
        private static BitSet shorthand(char e) {
            BitSet b = new BitSet();
            switch (e) {
                case 'd' -> b.set('0', '9' + 1);
                case 's' -> {
                    b.set(' ');
                    b.set('\t');
                    b.set('\n');
                    b.set(0x0B);
                    b.set('\f');
                    b.set('\r');
                }
                case 'w' -> {
                    b.set('a', 'z' + 1);
                    b.set('A', 'Z' + 1);
                    b.set('_');
                    b.set('0', '9' + 1);
                }
                default -> {
                    return null;
                }
            }
            return b;
        }

        /**
         * The character a code escape at {@code pos} stands for ({@code \\uXXXX}, {@code \\xhh}, {@code \\x{h…h}} within
         * the BMP), {@code pos} moved past it; null, {@code pos} unmoved, when the escape is no such one. A class
         * written with its range's codes (BettingVenue's {@code [\\u4e00-\\u9fff&&…]}) made its pattern unreadable.
         */
        private Character codeEscape() {
            if (pos + 1 >= re.length()) return null;
            char e = re.charAt(pos + 1);
            int from, to;
            if (e == 'u') {
                from = pos + 2;
                to = from + 4;
            } else if (e == 'x' && re.startsWith("{", pos + 2)) {
                from = pos + 3;
                to = re.indexOf('}', from);
                if (to < 0) throw new Unreadable();
            } else if (e == 'x') {
                from = pos + 2;
                to = from + 2;
            } else {
                return null;
            }
            if (to > re.length() || to == from) throw new Unreadable();
            int code = 0;
            for (int i = from; i < to; i++) {
                int d = Character.digit(re.charAt(i), 16);
                if (d < 0 || code > 0xFFFF) throw new Unreadable();
                code = code * 16 + d;
            }
            if (code > 0xFFFF || Character.isSurrogate((char) code)) throw new Unreadable();
            pos = e == 'x' && re.charAt(pos + 2) == '{' ? to + 1 : to;
            return (char) code;
        }

        private static BitSet bitOf(char c) {
            BitSet b = new BitSet();
            b.set(c);
            return b;
        }

        private char classChar() {
            char c = re.charAt(pos);
            if (c == '[' || c == '&') throw new Unreadable(); // nested classes, intersections
            if (Character.isSurrogate(c)) throw new Unreadable();
            if (c != '\\') {
                pos++;
                return c;
            }
            Character code = codeEscape();
            if (code != null) return code;
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
            BitSet shorthand = shorthand(e);
            if (shorthand != null) {
                pos += 2;
                return Node.of(shorthand);
            }
            if ("DSWhHvV".indexOf(e) >= 0) {
                pos += 2;
                return Node.ANY;
            }
            Character code = codeEscape();
            if (code != null) return literal(code);
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
            return Node.of(s);
        }
    }
}
