package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickFindTest {
    /** Shapes the advert checks use: word alternations, look-behinds, anchors, optional parts, classes, quantifiers. */
    private static final List<String> PATTERNS = List.of(
            "(?:包|包)(?:过|成功|赢)|(?:先)[^，。]{1,4}(?:后)(?:付|收费)|(?:不)(?:成功|过)[^，。]{0,2}(?:退款|免费)",
            "(?<![0-9一二三])(?:日结)|(?:日赚|稳赚)|(?:月入)(?:过万|[0-9一二三]+万)",
            "^(?:出售|回收)|(?<![时现])(?:代)(?:开|写)(?![表码])|(?:租用|回收)(?=[，。]|$)",
            "(?:每天|一天)(?:赚|收益)?[^，。]{0,2}[0-9一二三十百]+(?:元|块)",
            "(?:(?:24|二十四)\\s*(?:小时|h)|全天候|7\\s*[×xX*]\\s*24)[^，。]{0,2}(?:在线|接单)",
            "(?:成功率|胜率)(?:高达|达)?\\s*(?:百分之|[0-9]{2}|[九八]成)",
            // what can come second: repeats, optional parts, empty branches, look-arounds between the first two
            "a{2}x|b{1,3}c|(?:ab)+c|x?yz|(?:a|bc)*d|k(?=b)b|q(?<=q)y|m[^x]{0,2}n|(?:p|)(?:0|1)?q",
            "a?b*c+", "x{0,2}y", "(?:a|)b", "\\.com|點com", "[a-c0-9]x", "z$", "\\bq", "𠀀?k",
            // look-arounds holding what is not read (a \\p class, an intersection, a nested class), classes with
            // characters outside the BMP, a \\p class after the start
            "(?<![\\p{IsHan}&&[^请快]])(?:点这|点我)|(?:链接在)|[→☞👉]+\\s*[\\p{IsHan}a-c「]",
            "(?<=[\\p{L}])(?:ab)|(?<![\\[\\]()])(?:yz)|(?!a[^b(])a\\w|👉+q|[𠀀k]{2}",
            // leading runs: alone, beside an alternative that starts otherwise or with another run, lazy, possessive,
            // with a look-behind or an anchor after them
            "[0-9一二三]+(?:个)?(?:天|日)(?:就)?(?:先|赚)|包[0-9]+万", "[0-9]+元|一天|[一二]+万",
            "[ab]+c|b+d|a+?x", "[0-9]++0|9+(?<=19)y|[0-9]+$|a+(?:b|$)", "[0-9.]+\\s*元|元[0-9]+");

    private static final String ALPHABET = "包过成功赢先后付收费不退款免日结赚稳月入万出售回收时现代开写表码租用，。每天一收益元块"
            + "二十四小时全天候在线接单率高达百分之九八七0123456789 h×xX*abcyzqk.com點dmnp点这我请快链接→☞「[]()\uD83D\uDC49\uD840\uDC00"
            + "0123456789一二三99元元";

    @Test
    void findsExactlyWhatFindFinds() {
        Random r = new Random(7);
        for (String re : PATTERNS) {
            Pattern p = Pattern.compile(re);
            QuickFind q = QuickFind.of(p);
            for (int n = 0; n < 4000; n++) {
                StringBuilder t = new StringBuilder();
                int len = r.nextInt(14);
                for (int i = 0; i < len; i++) t.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                if (r.nextInt(10) == 0) t.append("𠀀k");
                assertEquals(p.matcher(t).find(), q.find(t), () -> re + " on " + t);
            }
        }
    }

    /**
     * A line's start characters read once ({@link LineStarts}) answer as each pattern's own search, on the line and on
     * any part of it (the patterns here open with runs, anchors, look-behinds, characters outside the BMP), and in a
     * set; a pattern made after the line was read is searched its own way. A screen read from the line without its
     * first character, one step too tight, answers otherwise (an anchored pattern's zero starts are in the screen).
     */
    @Test
    void aLineReadOnceAnswersAsEachPatternsOwnSearch() {
        Random r = new Random(16);
        List<Pattern> patterns = PATTERNS.stream().map(Pattern::compile).toList();
        List<QuickFind> finds = patterns.stream().map(QuickFind::of).toList();
        QuickFindSet set = QuickFindSet.of(finds.subList(0, 12));
        int screened = 0, tooTight = 0;
        for (int n = 0; n < 6000; n++) {
            StringBuilder t = new StringBuilder();
            int len = r.nextInt(16);
            for (int i = 0; i < len; i++) t.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            LineStarts line = LineStarts.of(t);
            LineStarts tight = LineStarts.of(t.length() == 0 ? t : t.subSequence(1, t.length()));
            int from = t.length() == 0 ? 0 : r.nextInt(t.length() + 1);
            CharSequence part = t.subSequence(from, from + r.nextInt(t.length() - from + 1));
            for (int k = 0; k < finds.size(); k++) {
                QuickFind q = finds.get(k);
                boolean found = patterns.get(k).matcher(t).find();
                assertEquals(found, q.find(t, line), () -> q.pattern() + " on " + t);
                assertEquals(patterns.get(k).matcher(part).find(), q.find(part, line), () -> q.pattern() + " on " + part + " of " + t);
                if (found && !q.find(t, tight)) tooTight++;
                if (!line.mayMatch(q.screenIndex())) screened++;
            }
            assertEquals(set.matching(t), set.matching(t, line), () -> "the set on " + t);
            assertEquals(set.matching(part), set.matching(part, line), () -> "the set on " + part);
        }
        assertTrue(screened > 20_000, "answered by the screen: " + screened);
        assertTrue(tooTight > 100, "a screen one character short differs: " + tooTight);
        LineStarts before = LineStarts.of("ab");
        QuickFind later = QuickFind.of(Pattern.compile("a[bx]"));
        assertTrue(later.find("ab", before), "a pattern made after the line was read is searched its own way");
        QuickFind anchored = QuickFind.of(Pattern.compile("^(?:马上|速)来"));
        anchored.find("", LineStarts.NONE); // registered at its first ask with a view
        assertFalse(anchored.find("马上来", LineStarts.of("上来")), "zero starts are read too");
        assertTrue(anchored.find("马上来", LineStarts.of("马上来")));
        assertTrue(QuickFind.of(Pattern.compile("^$")).find("", LineStarts.of("")), "position 0 tried whatever its character: not screened");
        assertTrue(QuickFind.of(Pattern.compile(".b")).find("ab", LineStarts.of("")), "a start not read: not screened");
    }

    /** Over each pattern's own characters, where its matches and near misses are dense (runs, their neighbours). */
    @Test
    void findsExactlyWhatFindFindsOverThePatternsOwnCharacters() {
        Random r = new Random(13);
        for (String re : PATTERNS) {
            Pattern p = Pattern.compile(re);
            QuickFind q = QuickFind.of(p);
            String own = re.replaceAll("[\\\\(){}?:|!<=&^\\[\\]+*$-]", "") + "，。 ";
            for (int n = 0; n < 6000; n++) {
                StringBuilder t = new StringBuilder();
                int len = r.nextInt(12);
                for (int i = 0; i < len; i++) t.append(own.charAt(r.nextInt(own.length())));
                assertEquals(p.matcher(t).find(), q.find(t), () -> re + " on " + t);
            }
        }
    }

    @Test
    void readsTheStartsOfWordAlternationsAndLookBehinds() {
        assertTrue(QuickFind.of(Pattern.compile(PATTERNS.get(0))).isQuick());
        assertTrue(QuickFind.of(Pattern.compile(PATTERNS.get(2))).isQuick());
        assertTrue(QuickFind.of(Pattern.compile(PATTERNS.get(4))).isQuick());
    }

    @Test
    void readsPastLookAroundsItCannotReadAndCharactersOutsideTheBmp() {
        QuickFind point = QuickFind.of(Pattern.compile(PATTERNS.get(15)));
        assertTrue(point.isQuick(), "a look-behind is zero-width whatever it holds");
        assertEquals(bits("点链→☞\uD83D"), point.starts());
        assertEquals(bits("\uDC49"), QuickFind.StartChars.starts(PATTERNS.get(15)).seconds().get('\uD83D'));
        assertTrue(point.find("看这里👉蜜桃"));
        assertFalse(point.find("有点我们"), "the look-behind still holds");
        assertTrue(QuickFind.of(Pattern.compile(PATTERNS.get(16))).isQuick());
        assertFalse(QuickFind.of(Pattern.compile("[\\p{IsHan}]x")).isQuick(), "a \\p class first: any start");
    }

    @Test
    void aPositionInsideARunIsNotAskedAgain() {
        QuickFind.Starts s = QuickFind.StartChars.starts(PATTERNS.get(17));
        assertEquals(bits("0123456789一二三"), s.runs().get('0'), "only runs open with a digit");
        assertNull(s.runs().get('包'));
        assertNull(QuickFind.StartChars.starts(PATTERNS.get(18)).runs().get('一'), "一天 opens with no run");
        assertEquals(bits("b"), QuickFind.StartChars.starts(PATTERNS.get(19)).runs().get('b'), "b+ and [ab]+ share b");
        assertNull(QuickFind.StartChars.starts("[0-9]++0").runs().get('0'), "a possessive run gives nothing back");
        assertNull(QuickFind.StartChars.starts("(?:[0-9]+)元").runs().get('0'), "a run inside a group is not read");
        QuickFind q = QuickFind.of(Pattern.compile(PATTERNS.get(17)));
        assertTrue(q.find("共2024天赚"));
        assertFalse(q.find("2024年"));
    }

    @Test
    void aSetFindsWhatEachOfItsPatternsFinds() {
        List<QuickFind> finds = new java.util.ArrayList<>();
        for (String re : PATTERNS) finds.add(QuickFind.of(Pattern.compile(re)));
        finds.add(QuickFind.of(Pattern.compile("\\d+元"))); // searched the plain way inside the set
        QuickFindSet set = QuickFindSet.of(finds);
        Random r = new Random(11);
        for (int n = 0; n < 20000; n++) {
            StringBuilder t = new StringBuilder();
            int len = r.nextInt(20);
            for (int i = 0; i < len; i++) t.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            int expected = 0;
            for (int k = 0; k < finds.size(); k++) if (finds.get(k).pattern().matcher(t).find()) expected |= 1 << k;
            assertEquals(expected, set.matching(t), () -> "on " + t);
        }
    }

    @Test
    void readsWhatCanComeSecond() {
        QuickFind.Starts s = QuickFind.StartChars.starts("(?:不)(?:成功|过)[^，]{0,2}|一天|一(?:分|次)|私我$|代(?![表码])");
        assertEquals(Set.of('不', '一', '私', '代'), s.seconds().keySet());
        assertEquals(bits("成过"), s.seconds().get('不'));
        assertEquals(bits("天分次"), s.seconds().get('一'));
        assertEquals(bits("我"), s.seconds().get('私'));
        assertNull(s.seconds().get('代'), "a one-character match: anything may follow");
        assertNull(QuickFind.StartChars.starts("a[^x]b").seconds().get('a'), "a negated class: any second character");
        assertEquals(bits("ab"), QuickFind.StartChars.starts("a+b").seconds().get('a'), "a repeat can follow itself");
        QuickFind q = QuickFind.of(Pattern.compile("(?:不)(?:成功|过)"));
        assertFalse(q.find("不是不行，不"));
        assertTrue(q.find("不是不过"));
    }

    private static BitSet bits(String chars) {
        BitSet b = new BitSet();
        chars.chars().forEach(b::set);
        return b;
    }

    /**
     * {@code (?i:…)} groups (AdvertShape's trade words: vpn, VPN, Clash) are read, each ASCII letter in both cases: they
     * were searched the plain way at every position of every line (3 % of extraction). Java folds ASCII only without
     * {@code u}, so ſ, K (Kelvin) and İ must not start a match of s, k or i.
     */
    @Test
    void readsCaselessGroupsExactly() {
        List<String> caseless = List.of("(?i:vpn|ssr|v2ray|clash)|梯子|加速器", "(?i:q|v|tg|vx|wx)(?![a-z])", "加(?i:[a-c]x|k+s)",
                "x(?i:ab)?y|(?i:(?:ok|i)[Z-a]z)", "(?i:[^a]b)|c", "(?i:@[a-z0-9_]{2,})", "s(?i:s)(?:s)");
        String alphabet = "vpnVPNssrSSRv2rayV2RAYclashCLASHqQtTgGxXwWaAbBcCkKzZ_[`iI@19 梯子加速器ſ\u212Aİı";
        Random r = new Random(17);
        for (String re : caseless) {
            Pattern p = Pattern.compile(re);
            QuickFind q = QuickFind.of(p);
            if (!re.startsWith("(?i:[^a]")) assertTrue(q.isQuick(), re);
            for (int n = 0; n < 20000; n++) {
                StringBuilder t = new StringBuilder();
                int len = r.nextInt(10);
                for (int i = 0; i < len; i++) t.append(alphabet.charAt(r.nextInt(alphabet.length())));
                assertEquals(p.matcher(t).find(), q.find(t), () -> re + " on " + t);
            }
        }
        QuickFind.Starts s = QuickFind.StartChars.starts("(?i:vpn|ssr)|梯子");
        assertEquals(bits("vVsS梯"), s.first());
        assertEquals(bits("pP"), s.seconds().get('V'));
        assertTrue(QuickFind.of(Pattern.compile("(?i:vpn)")).find("好用的VpN"));
        assertFalse(QuickFind.of(Pattern.compile("(?i:ssr)")).find("ſsr"), "ASCII folding only");
        assertFalse(QuickFind.of(Pattern.compile("(?i:ab)c")).find("ABC"), "the group's case ends with it");
    }

    /** The start characters' table (a hash table since the binary search) gives each its own seconds, and none to the rest. */
    @Test
    void looksUpEachStartCharactersSeconds() {
        for (String re : PATTERNS) {
            QuickFind q = QuickFind.of(Pattern.compile(re));
            QuickFind.Starts s = QuickFind.StartChars.starts(re);
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                if (s.seconds().containsKey(c)) assertEquals(s.seconds().get(c), q.seconds(c), re + " at " + c);
                else assertNull(q.seconds(c));
            }
            // a start character with seconds is found in the table: a table that found none would skip no position
            s.seconds().forEach((c, seconds) -> {
                if (seconds != null) assertTrue(q.seconds(c) != null, re + " at " + c);
            });
        }
    }

    @Test
    void searchesThePlainWayWhenTheStartIsUnknown() {
        for (String re : List.of(".x", "\\Sx", "[^a]x", "(?u)ab", "(?i)(?u)ab", "a*", "(?<n>a)b", "\\D+", "[\\p{L}]x", "\\hx")) {
            QuickFind q = QuickFind.of(Pattern.compile(re));
            assertFalse(q.isQuick(), re);
        }
        assertTrue(QuickFind.of(Pattern.compile("\\d+元")).find("共3元"));
        assertTrue(QuickFind.of(Pattern.compile("a*")).find("")); // matches empty: searched the plain way
    }

    /**
     * {@code \\s}, {@code \\d}, {@code \\w} as their sets, code escapes ({@code \\u4e00}, {@code \\x41}) as their characters
     * and the {@code (?i)} flag to its group's end: read as "any" (or not at all), each made its pattern searched the
     * plain way at every position (BettingVenue's call, ENGLISH_CALL: a fortieth of extraction). Each read is asked
     * of texts dense in what the sets hold and what they leave out (U+00A0, U+3000, the Unicode digits and letters,
     * the long s and the Kelvin sign that Unicode case folding would take for s and k).
     */
    @Test
    void readsShorthandsCodeEscapesAndTheCaselessFlagExactly() {
        List<String> patterns = List.of("\\sx|\\s[-—]\\s", "\\d+元|¥\\s*\\d", "\\w{2}@|[\\w.]k", "[\\s,]+y|[\\d\\s]z",
                "体育[\\u4e00-\\u9fff&&[^局院]]{2}|买球[\\u4e00-\\u9fff]", "\\x41b|[\\x{61}-c]\\u0078",
                "(?i)ab|cd", "(?i)x|(?i)sk|z", "(?:a(?i)b)c|(?i:d)e", "(?i)(?:^|[.!,]\\s*|\\s-\\s)(?:apply|sk)(?![a-z])|(?<![a-z])(?:ok)\\s+(?:now)",
                "(?i)[0-9][0-9,.]*\\s*(?:rmb|元)(?![a-z])|[¥$]\\s*[0-9]",
                // anchored alternatives: tried at the start only, whatever the character there
                "(?i)^\\W{0,3}(?:ad|ok)\\s*:|(?<![a-z])sk", "(?:^|[.!])\\s*ab", "^$|k", "a?^b|c", "^\\W?[ab]+c|x^y", "^(?:ab|马上)c|k", "(?i)^(?:sk|d)\\s*:");
        String alphabet = "abcdkszxyABCDKSZXY元¥$体育买球局院中文-—,.! \t\n\u000B\f\r\u00A0\u3000\u0663\uFF11ſ\u212A_@0123456789"
                + "applyAPPLYoknowOKNOWrmbRMB";
        Random r = new Random(23);
        for (String re : patterns) {
            Pattern p = Pattern.compile(re);
            QuickFind q = QuickFind.of(p);
            assertTrue(q.isQuick(), re);
            String own = re.replaceAll("[\\\\(){}?:|!<=&^\\[\\]+*$-]", "");
            for (int n = 0; n < 20000; n++) {
                StringBuilder t = new StringBuilder();
                int len = r.nextInt(12);
                String from = n % 2 == 0 ? alphabet : own + " \u3000\t";
                for (int i = 0; i < len; i++) t.append(from.charAt(r.nextInt(from.length())));
                assertEquals(p.matcher(t).find(), q.find(t), () -> re + " on " + t);
            }
        }
        assertEquals(bits(" \t\n\u000B\f\rx"), QuickFind.StartChars.starts("\\sx|x").first(), "the Java whitespace set, not any");
        assertEquals(bits("买"), QuickFind.StartChars.starts("买[\\u4e00-\\u9fff&&[^局]]").first());
        assertEquals(bits("aAcC"), QuickFind.StartChars.starts("(?i)ab|cd").first());
        assertEquals(bits("xsSzZ"), QuickFind.StartChars.starts("x|(?i)sk|z").first(), "the flag holds to its group's end");
        assertFalse(QuickFind.of(Pattern.compile("(?:a(?i)b)c")).find("aBC"), "the group's close restores the case");
        // a flag at the top level past the start reads as a compile-time one (flags() reports both): searched the plain
        // way (one inside a group ends with it and is not reported: read)
        assertFalse(QuickFind.of(Pattern.compile("x|(?i)sk|z")).isQuick());
        assertTrue(QuickFind.of(Pattern.compile("ab(?i)c", Pattern.CASE_INSENSITIVE)).find("ABC"), "caseless from the start");
        assertTrue(QuickFind.of(Pattern.compile("\\d+元")).find("共3元"));
        QuickFind label = QuickFind.of(Pattern.compile("^\\W{0,3}(?:for sale|wts)\\s*[:：]"));
        assertTrue(label.isQuick() && label.triesStart() && label.starts().isEmpty(), "an anchored pattern asks the start only");
        assertTrue(label.find("** for sale: x"));
        assertFalse(label.find("x ** for sale: x"));
        assertTrue(QuickFind.of(Pattern.compile("^$")).find(""));
        assertEquals(bits(".!"), QuickFind.StartChars.starts("(?:^|[.!])ab").first());
    }

    /**
     * A {@code (?i)} past the start is reported by {@code flags()} as a compile-time flag would be, so the pattern is
     * its source as written or the whole of it caseless: read when both give the same starts (PlayerBonus's deposit
     * bonus, Han words and then {@code (?i)} English ones), searched the plain way when they differ. Each pattern
     * compiled both ways is asked of texts dense in both cases; it fails with the two readings not compared (tried).
     */
    @Test
    void readsAFlagPastTheStartWhenEitherReadingGivesTheSameStarts() {
        List<String> same = List.of("首充(?:即|就)?送|(?i)(?<![a-z])(?:first|1st) deposits?(?![a-z])|(?i)double your deposit",
                "(?:首存|首储)返|(?i)x2", "[0-9]元|(?i)kb", "(?:^|。)首充|(?i)(?:^|\\s)ab");
        List<String> differ = List.of("ab(?i)c", "x|(?i)sk|z", "首充|Ab|(?i)cd", "^a|(?i)b");
        String alphabet = "首充即就送存储返元。 \t0123456789abcdkxyzABCDKXYZfirstFIRSTdepositDEPOSITdoubleDOUBLEyourYOUR1st";
        Random r = new Random(16);
        for (String re : same) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                Pattern p = Pattern.compile(re, flags);
                QuickFind q = QuickFind.of(p);
                assertTrue(q.isQuick(), re + " flags " + flags);
                String own = re.replaceAll("[\\\\(){}?:|!<=&^\\[\\]+*$-]", "");
                for (int n = 0; n < 20000; n++) {
                    StringBuilder t = new StringBuilder();
                    int len = r.nextInt(14);
                    String from = n % 2 == 0 ? alphabet : own + own.toUpperCase(java.util.Locale.ROOT) + " ";
                    for (int i = 0; i < len; i++) t.append(from.charAt(r.nextInt(from.length())));
                    assertEquals(p.matcher(t).find(), q.find(t), () -> re + " flags " + flags + " on " + t);
                }
            }
        }
        for (String re : differ) {
            assertFalse(QuickFind.of(Pattern.compile(re)).isQuick(), re);
            assertFalse(QuickFind.of(Pattern.compile(re, Pattern.CASE_INSENSITIVE)).isQuick(), re);
        }
        assertTrue(QuickFind.of(Pattern.compile("ab(?i)c", Pattern.CASE_INSENSITIVE)).find("ABC"));
        assertFalse(QuickFind.of(Pattern.compile("ab(?i)c")).find("ABC"));
    }

    @Test
    void anchorsKeepTheirMeaningAtACandidatePosition() {
        QuickFind q = QuickFind.of(Pattern.compile("^出售"));
        assertTrue(q.find("出售账号"));
        assertFalse(q.find("公开出售账号"));
        QuickFind behind = QuickFind.of(Pattern.compile("(?<!时)代写"));
        assertFalse(behind.find("时代写作"));
        assertTrue(behind.find("专业代写"));
    }

    /**
     * Each pattern's matcher is this thread's, kept in one thread-local array by the pattern's index: many patterns
     * (past the array's first size), asked in turns on two threads at once, each find as its own pattern's
     * {@code Matcher.find}; a set over some of them as their own finds.
     */
    @Test
    void matchersArePerPatternAndPerThread() throws Exception {
        List<QuickFind> finds = new java.util.ArrayList<>();
        for (int k = 0; k < 150; k++) finds.add(QuickFind.of(Pattern.compile("(?:" + (char) ('一' + k) + "|a" + k + ")[0-9]")));
        Runnable check = () -> {
            Random random = new Random(Thread.currentThread().getId());
            for (int n = 0; n < 20_000; n++) {
                QuickFind f = finds.get(random.nextInt(finds.size()));
                int k = random.nextInt(finds.size());
                String text = "前" + (char) ('一' + k) + random.nextInt(3) + "a" + k + (random.nextBoolean() ? "9" : "x");
                assertEquals(f.pattern().matcher(text).find(), f.find(text), text);
            }
        };
        Thread other = new Thread(check);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        other.setUncaughtExceptionHandler((t, e) -> failed.set(e));
        other.start();
        check.run();
        other.join();
        assertNull(failed.get());
        QuickFindSet set = QuickFindSet.of(finds.subList(100, 130));
        String text = "甲" + (char) ('一' + 120) + "5乙";
        assertEquals(1 << 20, set.matching(text));
        assertTrue(finds.get(120).find(text));
        assertFalse(finds.get(121).find(text));
    }

    /**
     * A set hands each pattern the index of the start character in the pattern's own pair table, read once a start
     * character when the set is made: the same index the pattern's own look-up finds (a wrong one would pass every
     * differential while it only let more positions through, so the indexes are read here).
     */
    @Test
    void aSetHandsEachPatternItsOwnPairIndex() {
        List<QuickFind> finds = new java.util.ArrayList<>();
        for (String re : PATTERNS) finds.add(QuickFind.of(Pattern.compile(re)));
        QuickFindSet set = QuickFindSet.of(finds);
        int screened = 0;
        for (int k = 0; k < finds.size(); k++) {
            BitSet starts = finds.get(k).starts();
            // a pattern anchored in part (^…) is asked its own way, not through the set's table
            if (starts == null || finds.get(k).triesStart()) continue;
            for (int c = starts.nextSetBit(0); c >= 0; c = starts.nextSetBit(c + 1)) {
                assertEquals(finds.get(k).pairIndexOf((char) c), set.pairIndexOf((char) c, k), "pattern " + k + " at " + (char) c);
                if (finds.get(k).pairIndexOf((char) c) >= 0) screened++;
            }
        }
        assertTrue(screened > 20, "start characters with a pair screen: " + screened);
    }
}
