package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import org.junit.jupiter.api.Test;

/** A character's script forms, converted once and kept, are the converter's: the first ask and every later one. */
class ScriptFormsTest {
    private static final String TEXT = "关于印发新能源汽车产业发展规划的通知，集群产值突破4000亿元；群台后里面发钟表 free 着干";

    @Test
    void keptFormsAreTheConvertersCharacterByCharacter() {
        for (int round = 0; round < 2; round++) {
            StringBuilder traditional = new StringBuilder(), taiwanese = new StringBuilder();
            for (char c : TEXT.toCharArray()) {
                String t = ZhConverterUtil.toTraditional(String.valueOf(c));
                traditional.append(t.length() == 1 ? t : String.valueOf(c));
                String tw = ZhTwConverterUtil.toTraditional(String.valueOf(c));
                taiwanese.append(tw.length() == 1 ? tw : String.valueOf(c));
            }
            assertEquals(traditional.toString(), SpamLexicon.traditional(TEXT), "round " + round);
            assertEquals(taiwanese.toString(), SpamLexicon.taiwanese(TEXT), "round " + round);
        }
    }
}
