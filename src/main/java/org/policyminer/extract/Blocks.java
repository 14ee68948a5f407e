package org.policyminer.extract;

import java.util.Set;

/** Tags that start a new line when rendered: the boundaries of text blocks and of paragraphs. */
final class Blocks {
    private Blocks() {}

    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "blockquote", "section", "article", "pre", "dd",
            "dt", "dl", "center", "form", "hr", "header", "footer", "main", "figure", "figcaption", "address",
            "fieldset", "legend", "caption", "details", "summary", "body", "html", "nav", "aside");

    /** A link a reader can follow: an anchor without href (a named anchor left unclosed) is not one. */
    static boolean isLink(org.jsoup.nodes.Element e) {
        return e.normalName().equals("a") && e.hasAttr("href");
    }

    static boolean isBlock(String normalName) {
        return BLOCK.contains(normalName);
    }
}
