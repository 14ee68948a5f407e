package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policyminer.convert.ScriptConverter;

class CopySignatureTest {
    private final ScriptConverter converter = new ScriptConverter();

    @Test
    void sameTextHasSimilarityOne() {
        assertEquals(1.0, CopySignature.of(CopyTexts.REPORT).similarity(CopySignature.of(CopyTexts.REPORT)));
    }

    @Test
    void simplifiedMirrorWithSpamParagraphIsACopy() {
        CopySignature original = CopySignature.of(CopyTexts.REPORT);
        CopySignature mirror = CopySignature.of(converter.toSimplified(CopyTexts.MIRROR_TRADITIONAL));
        assertTrue(original.isCopy(mirror), "similarity " + original.similarity(mirror));
        assertTrue(original.similarity(mirror) > 0.7, "similarity " + original.similarity(mirror));
    }

    @Test
    void anotherArticleOnTheSameTopicIsNoCopy() {
        CopySignature a = CopySignature.of(CopyTexts.REPORT);
        CopySignature b = CopySignature.of(CopyTexts.OTHER);
        assertFalse(a.isCopy(b), "similarity " + a.similarity(b));
        assertTrue(a.similarity(b) < 0.2, "similarity " + a.similarity(b));
    }

    @Test
    void punctuationSpacingAndCaseDoNotCount() {
        String reformatted = CopyTexts.REPORT.replace("，", ", ").replace("。", ".\n\n");
        assertEquals(1.0, CopySignature.of(CopyTexts.REPORT).similarity(CopySignature.of(reformatted)));
        assertEquals(1.0, CopySignature.of("Smart Manufacturing 智能制造示范工厂").similarity(CopySignature.of("smart-manufacturing：智能制造示范工厂")));
    }

    @Test
    void shortSiblingNoticesAreNoCopies() {
        CopySignature fourth = CopySignature.of("关于公布第四批专精特新小巨人企业名单的通知，各省工业和信息化主管部门：现将名单予以公布。");
        CopySignature fifth = CopySignature.of("关于公布第五批专精特新小巨人企业名单的通知，各省工业和信息化主管部门：现将名单予以公布。");
        assertTrue(fourth.chars() < CopySignature.MIN_CHARS);
        assertFalse(fourth.isCopy(fifth), "similarity " + fourth.similarity(fifth));
        assertTrue(fourth.isCopy(CopySignature.of("关于公布第四批专精特新小巨人企业名单的通知。各省工业和信息化主管部门，现将名单予以公布")));
    }

    @Test
    void emptyTextHasNoSignature() {
        assertNull(CopySignature.of(""));
        assertNull(CopySignature.of("，。！"));
    }

    @Test
    void copiesShareBandsAndOthersDoNot() {
        int[] a = CopySignature.of(CopyTexts.REPORT).bandHashes();
        int[] mirror = CopySignature.of(converter.toSimplified(CopyTexts.MIRROR_TRADITIONAL)).bandHashes();
        int[] other = CopySignature.of(CopyTexts.OTHER).bandHashes();
        assertEquals(CopySignature.BANDS, a.length);
        int shared = 0, sharedOther = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == mirror[i]) shared++;
            if (a[i] == other[i]) sharedOther++;
        }
        assertTrue(shared >= 5, "bands shared with the mirror: " + shared);
        assertEquals(0, sharedOther);
    }

    @Test
    void aSketchKeepsTheSimilarity() {
        CopySignature report = CopySignature.of(CopyTexts.REPORT);
        CopySignature mirror = CopySignature.of(converter.toSimplified(CopyTexts.MIRROR_TRADITIONAL));
        CopySignature other = CopySignature.of(CopyTexts.OTHER);
        assertEquals(1.0, report.similarity(report.sketch()));
        assertEquals(report.similarity(mirror), report.similarity(mirror.sketch()), 0.01);
        assertEquals(report.similarity(other), report.similarity(other.sketch()), 0.01);
        assertTrue(report.isCopy(mirror.sketch()));
        assertFalse(report.isCopy(other.sketch()));
    }

    @Test
    void bandHashesAreNeverZeroAndDifferByBand() {
        int[] h = CopySignature.of(CopyTexts.REPORT).bandHashes();
        assertEquals(CopySignature.BANDS, java.util.Arrays.stream(h).filter(x -> x != 0).distinct().count());
    }

    @Test
    void encodesAndDecodes() {
        CopySignature s = CopySignature.of(CopyTexts.REPORT);
        byte[] bytes = s.encode();
        CopySignature back = CopySignature.decode(bytes, 0, bytes.length);
        assertEquals(1.0, s.similarity(back));
        assertEquals(s.chars(), back.chars());
        assertArrayEquals(s.bandHashes(), back.bandHashes());
        assertNull(CopySignature.decode(new byte[3], 0, 3));
    }

    /** The signature's fast path takes U+4E00–U+9FA5 as letters that are their own lower case, as Character's rules do. */
    @Test
    void commonHanAreLettersTheirOwnLowerCase() {
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            assertTrue(Character.isLetterOrDigit(c), "U+" + Integer.toHexString(c));
            assertEquals(c, Character.toLowerCase((int) c));
        }
    }
}
