package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The domain fold's screen reads a bit set: the same characters the comparisons it replaced accepted. */
class DomainJoinersTest {
    private static boolean comparedOneByOne(char c) {
        return c == '点' || c == '點' || c == '。' || c == ' ' || c == '·' || c == '・' || c == '(' || c == '[' || c == '{' || c == '<'
                // the full-width brackets a dot is put in (www［.］mao-vpn［.］lol: eighteenth pass)
                || c == '［' || c == '（' || c == '｛' || c == '〔' || c == '【';
    }

    @Test
    void everyCharacterAnswersAsTheComparisonsDid() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(comparedOneByOne((char) c), SpamDetector.DOMAIN_JOINERS.get(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theSplitChannelScreenReadsTheSameFirstCharacters() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(SpamDetector.SPLIT_FIRST.indexOf(c) >= 0, SpamDetector.SPLIT_FIRSTS.get(c), "U+" + Integer.toHexString(c));
        }
        assertEquals("加微信abc", SpamDetector.foldWidthAndDomains("加微 信abc"));
    }

    @Test
    void spelledAndSpacedDomainsAreStillJoined() {
        assertEquals("www.jinsha.vip", SpamDetector.foldWidthAndDomains("www点jinsha點vip"));
        assertEquals("abc.vip", SpamDetector.foldWidthAndDomains("abc[.]vip"));
        assertEquals("看到2024年。下一句", SpamDetector.foldWidthAndDomains("看到2024年。下一句"));
    }
}
