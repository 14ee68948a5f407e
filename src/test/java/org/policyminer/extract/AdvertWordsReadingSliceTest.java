package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A slice of a line's reading gives what the model gives the slice's text: the glued-insert reader reads pieces so. */
class AdvertWordsReadingSliceTest {
    @Test
    void aSliceLeansAndWeighsAsItsText() {
        AdvertWords model = AdvertWords.standard();
        String line = "据了解，本届进博会共吸引3400余家企业参展，LOL电竞竞猜就上凌霄电竞，赛事直播加即时滚球，展览面积再创新高 play slots。";
        AdvertWords.Reading reading = model.read(line);
        for (int from = 0; from <= line.length(); from++) {
            for (int to = from; to <= line.length(); to++) {
                String part = line.substring(from, to);
                assertEquals(model.lean(part), reading.lean(from, to), part);
                assertEquals(model.evidence(part), reading.evidence(from, to), part);
                assertEquals(model.evidence(part), reading.part(from, to - from).evidence(), part);
            }
        }
        assertEquals(model.evidence(line), reading.evidence());
    }

    @Test
    void anEnglishPieceLeansByTheEnglishModelOverARange() {
        String text = "据了解，get cheap Ozempic online without a prescription at slimfast-rx dot shop，展览";
        int from = text.indexOf('g'), to = text.indexOf("shop") + 4;
        assertEquals(EnglishInsert.lean(text.substring(from, to)), EnglishInsert.lean(text, from, to));
        assertEquals(0.0, EnglishInsert.lean(text, 0, text.length()));
    }
}
