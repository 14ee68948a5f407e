package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<script>alert(1)</script>        | &lt;script&gt;alert(1)&lt;/script&gt;",
        "<img src=x onerror=alert(1)>     | &lt;img src=x onerror=alert(1)&gt;",
        "`a \"b\" 'c' & d`                | `a &quot;b&quot; &#39;c&#39; &amp; d`",
        "集成电路 😀                       | 集成电路 😀",
    })
    void escapesMarkupAndKeepsText(String in, String out) {
        assertEquals(out.strip(), Html.escape(in.strip()));
    }

    @org.junit.jupiter.api.Test
    void dropsCharactersXmlForbids() {
        assertEquals("ab\ncd", Html.escape("a\u0000b\ncd\uFFFF\uD800"));
        assertEquals("", Html.escape(null));
    }
}
