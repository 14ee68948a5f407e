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
            boolean expected = starts.indexOf(c) >= 0 || c == '：' || c == ':';
            assertEquals(expected, InsertedAsides.mayHold("正文" + (char) c + "正文"), "character " + c);
        }
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
}
