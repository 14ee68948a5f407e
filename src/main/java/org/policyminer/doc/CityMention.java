package org.policyminer.doc;

/** A city (or province) named in the text, with its canonical name and statistical code. */
public record CityMention(String text, String name, String province, String code, int start, int end) {
    public CityMention {
        Span.check(start, end);
    }
}
