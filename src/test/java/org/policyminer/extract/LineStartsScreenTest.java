package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;
import org.policyminer.util.QuickFindSet;

/**
 * The advert checks' patterns asked through a line's start characters, read once ({@link LineStarts}, speed16), answer
 * as each pattern's own search: every {@link QuickFind} and {@link QuickFindSet} the rule classes hold, on every line
 * of {@link AdvertLinesForScreens}, its width fold and a random part of it; and the checks that take the view score each
 * line as without it.
 */
class LineStartsScreenTest {
    private static final List<Class<?>> RULES = List.of(AdvertShape.class, PlayerBonus.class, GreyPromises.class, ReaderHook.class,
            FigureReport.class, ChineseTestimony.class, EnglishTestimony.class, BettingVenue.class, ScamReport.class,
            OfficialAccount.class, KeywordChunks.class);

    @Test
    void everyRulePatternAnswersThroughTheLinesViewAsItsOwnSearch() throws Exception {
        List<QuickFind> finds = new ArrayList<>();
        List<QuickFindSet> sets = new ArrayList<>();
        for (Class<?> c : RULES) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                Object v = f.get(null);
                if (v instanceof QuickFind q) finds.add(q);
                else if (v instanceof QuickFindSet s) sets.add(s);
                else if (v instanceof List<?> l) for (Object o : l) if (o instanceof QuickFind q) finds.add(q);
            }
        }
        assertTrue(finds.size() > 40 && sets.size() >= 6, finds.size() + " patterns, " + sets.size() + " sets");
        // each asked once with a view, so the lines below are read with all of them registered
        for (QuickFind q : finds) q.find("", LineStarts.NONE);
        for (QuickFindSet s : sets) s.matching("", LineStarts.NONE);
        Random r = new Random(16);
        long notFound = 0, found = 0;
        for (String line : AdvertLinesForScreens.lines()) {
            String wide = SpamDetector.foldWidth(line);
            LineStarts view = LineStarts.of(wide);
            int from = r.nextInt(wide.length() + 1);
            String part = wide.substring(from, from + r.nextInt(wide.length() - from + 1));
            for (QuickFind q : finds) {
                boolean own = q.find(wide);
                assertEquals(own, q.find(wide, view), () -> q.pattern() + " on " + wide);
                assertEquals(q.find(part), q.find(part, view), () -> q.pattern() + " on " + part + " of " + wide);
                if (own) found++;
                else notFound++;
            }
            for (QuickFindSet s : sets) {
                assertEquals(s.matching(wide), s.matching(wide, view), () -> "a set on " + wide);
                assertEquals(s.matching(part), s.matching(part, view), () -> "a set on " + part + " of " + wide);
            }
            assertEquals(AdvertShape.score(wide), AdvertShape.score(wide, view), () -> "the shape of " + wide);
            assertEquals(PlayerBonus.points(wide), PlayerBonus.points(wide, view), () -> "the bonus of " + wide);
            assertEquals(GreyPromises.points(wide), GreyPromises.points(wide, view), () -> "the promises of " + wide);
            assertEquals(ChineseTestimony.points(wide), ChineseTestimony.points(wide, view), () -> "the testimony of " + wide);
            assertEquals(AdvertShape.asksToAct(wide), AdvertShape.asksToAct(wide, view), () -> "the call of " + wide);
            assertEquals(AdvertShape.englishPitch(wide), AdvertShape.englishPitch(wide, view), () -> "the English pitch of " + wide);
        }
        assertTrue(found > 10_000, "found: " + found);
        assertTrue(notFound > 100_000, "not found: " + notFound);
    }

    /**
     * {@link ChineseTestimony}'s families through one {@link QuickFindSet}: each family quick, and two of them found
     * exactly where the families' own searches find two (on the screen lines, and with each family's words put in).
     */
    @Test
    void theTestimonyFamiliesInOnePassCountAsEachSearch() throws Exception {
        assertTrue(ChineseTestimony.familiesAreQuick());
        Field f = ChineseTestimony.class.getDeclaredField("FAMILIES");
        f.setAccessible(true);
        Pattern[] families = (Pattern[]) f.get(null);
        List<String> words = List.of("亲测有效", "自从用了", "用了这个才3周", "吃了只两个月", "朋友都问我", "同事都夸我", "强烈推荐", "Highly recommend", "已回购");
        Random r = new Random(61);
        int two = 0;
        for (String line : AdvertLinesForScreens.lines()) {
            String t = r.nextInt(3) == 0 ? line : line + words.get(r.nextInt(words.size())) + "，" + words.get(r.nextInt(words.size()));
            String wide = SpamDetector.foldWidth(t);
            int n = 0;
            for (Pattern p : families) if (p.matcher(wide).find()) n++;
            // (the class's screen of characters passes wherever a family matches: each family's first word holds one)
            if (n >= 2 && Chars.cjk(wide) >= 8) two++;
            assertEquals(n >= 2 && Chars.cjk(wide) >= 8 ? ChineseTestimony.POINTS : 0, ChineseTestimony.points(wide), () -> wide);
        }
        assertTrue(two > 1_000, "lines with two families: " + two);
    }
}
