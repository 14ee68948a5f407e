package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bit-set screens of {@link InsertedAsides} say what the mark strings and the labels say: a character opens an
 * aside (or may) exactly when it did before, and every label is still found where it starts a sentence.
 */
class InsertedAsidesScreensTest {
    @Test
    void mayHoldReadsEveryCharacterAsTheMarkStringDoes() throws Exception {
        String starts = privateString("STARTS");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = starts.indexOf(c) >= 0;
            assertEquals(expected, InsertedAsides.mayHold("正文" + (char) c + "正文"), "character " + c);
        }
        // a colon passes after a label's first character only (speed14)
        assertTrue(InsertedAsides.mayHold("广告：凤凰彩票"));
        assertTrue(InsertedAsides.mayHold("据悉，PS:凤凰彩票"));
        assertEquals(false, InsertedAsides.mayHold("一、总体要求：坚持稳中求进"));
        assertEquals(false, InsertedAsides.mayHold("：广告"));
    }

    /**
     * Where the screen says no, the search finds nothing: on every line of {@link AdvertLinesForScreens}, and on each
     * with a label and its colon put in at a sentence's start, a clause's or the line's (the label test below fails a
     * screen too tight for a label: one that ignored colons, tried).
     */
    @Test
    void whereTheScreenSaysNoTheSearchFindsNothing() throws Exception {
        Field f = InsertedAsides.class.getDeclaredField("LABELS");
        f.setAccessible(true);
        String[] labels = (String[]) f.get(null);
        java.util.Random random = new java.util.Random(5);
        int screened = 0, found = 0;
        for (String line : AdvertLinesForScreens.lines()) {
            String label = labels[random.nextInt(labels.length)] + (random.nextBoolean() ? "：" : ":");
            int at = random.nextInt(line.length() + 1);
            for (String l : List.of(line, line.substring(0, at) + label + line.substring(at), label + line)) {
                boolean says = InsertedAsides.mayHold(l);
                List<InsertedAsides.Aside> all = InsertedAsides.markedUnscreened(l);
                if (!all.isEmpty()) found++;
                if (says) continue;
                screened++;
                assertTrue(all.isEmpty(), () -> "screened out, yet " + all + " in " + l);
            }
        }
        assertTrue(screened > 10_000 && found > 10_000, "screened " + screened + ", found " + found);
    }

    @Test
    void everyLabelIsFoundWhereItStartsASentence() throws Exception {
        Field f = InsertedAsides.class.getDeclaredField("LABELS");
        f.setAccessible(true);
        String[] labels = (String[]) f.get(null);
        assertTrue(labels.length > 20, "both scripts' labels");
        for (String label : labels) {
            for (String before : List.of("", "项目总投资约3亿元。", "项目总投资约3亿元，", "项目总投资约3亿元 ")) {
                String text = before + label + "：凤凰彩票稳定计划群免费进，天天有福利。项目建成后年产值可达十亿元。";
                List<InsertedAsides.Aside> asides = InsertedAsides.marked(text);
                assertEquals(1, asides.size(), () -> label + " after '" + before + "': " + asides);
                assertEquals(before.length(), asides.get(0).from(), () -> label + " after '" + before + "'");
            }
        }
    }

    private static String privateString(String name) throws Exception {
        Field f = InsertedAsides.class.getDeclaredField(name);
        f.setAccessible(true);
        return (String) f.get(null);
    }

    /**
     * {@link InsertedAsides#inOrder} gives what a stable sort by start gives, element for element: on random lists of
     * asides with starts repeated (a seam's two parts can start apart and overlap; equal starts keep their order), in
     * order, reversed and shuffled, and on the asides found in every line of {@link AdvertLinesForScreens}.
     */
    @Test
    void asidesInOrderAreTheStableSort() throws Exception {
        java.util.Random random = new java.util.Random(5);
        int unsorted = 0;
        for (int n = 0; n < 20_000; n++) {
            List<InsertedAsides.Aside> list = new java.util.ArrayList<>();
            int size = random.nextInt(6);
            for (int k = 0; k < size; k++) {
                int from = random.nextInt(8);
                list.add(new InsertedAsides.Aside(from, from + 1 + random.nextInt(5), "a" + k));
            }
            if (n % 3 == 0) list.sort(java.util.Comparator.comparingInt(InsertedAsides.Aside::from));
            List<InsertedAsides.Aside> expected = new java.util.ArrayList<>(list);
            expected.sort(java.util.Comparator.comparingInt(InsertedAsides.Aside::from));
            if (!expected.equals(list)) unsorted++;
            InsertedAsides.inOrder(list);
            for (int k = 0; k < list.size(); k++) org.junit.jupiter.api.Assertions.assertSame(expected.get(k), list.get(k), list::toString);
        }
        org.junit.jupiter.api.Assertions.assertTrue(unsorted > 5_000, unsorted + " lists out of order");
        for (String l : AdvertLinesForScreens.lines()) {
            List<InsertedAsides.Aside> found = InsertedAsides.find(l);
            for (int k = 1; k < found.size(); k++) org.junit.jupiter.api.Assertions.assertTrue(found.get(k - 1).from() <= found.get(k).from(), l);
        }
    }
}
