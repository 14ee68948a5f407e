package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.util.QuickFind;

/**
 * Elements a browser would not show: inline styles (display:none, visibility:hidden, zero size with overflow
 * hidden, far off-screen, font-size 0, opacity 0), the {@code hidden} attribute, {@code aria-hidden="true"}, and
 * classes or ids that the page's own {@code <style>} hides. Hacked pages hide link farms this way so that
 * search engines read them and visitors do not; no reader ever sees that text, so it is never article text.
 */
final class HiddenElements {
    // searched only where a match can start (QuickFind): a declaration is mostly letters no property here opens with
    static final QuickFind INLINE_HIDDEN = QuickFind.of(Pattern.compile(
            "display:none|visibility:hidden|font-size:0(?:px|pt|em|rem)?(?:;|$|!)|opacity:0(?:\\.0+)?(?:;|$|!)"
                    + "|text-indent:-\\d{3,}|(?:left|top|margin-left|margin-top):-\\d{3,}"));
    static final QuickFind ZERO_BOX = QuickFind.of(Pattern.compile("(?:^|;)(?:height|width|max-height):0(?:px)?(?:;|$|!)"));
    private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern SIMPLE_COMPOUND = Pattern.compile("[a-zA-Z0-9]*(?:[.#][\\w-]+)+");

    /** A selector's last compound part that names classes and/or an id, e.g. {@code div.abc#x}. */
    private record Compound(String tag, List<String> classes, String id) {
        boolean matches(Element e) {
            if (tag != null && !tag.equalsIgnoreCase(e.normalName())) return false;
            if (id != null && !id.equals(e.id())) return false;
            for (String c : classes) if (!e.hasClass(c)) return false;
            return true;
        }
    }

    private final List<Compound> hiddenByCss;

    private HiddenElements(List<Compound> hiddenByCss) {
        this.hiddenByCss = hiddenByCss;
    }

    /** Reads the page's {@code <style>} blocks; call before styles are removed. */
    static HiddenElements of(Document doc) {
        return of(doc.getElementsByTag("style"));
    }

    /** From the page's {@code <style>} elements, in document order. */
    static HiddenElements of(List<Element> styles) {
        StringBuilder css = new StringBuilder();
        for (Element s : styles) {
            css.append(s.data()).append('\n');
            if (css.length() > 512 * 1024) break; // bounded work on pathological pages
        }
        return new HiddenElements(parseCss(css.toString()));
    }

    static List<Compound> parseCss(String css) {
        List<Compound> out = new ArrayList<>();
        if (css.isEmpty()) return out;
        String s = css.indexOf("/*") >= 0 ? css.replaceAll("(?s)/\\*.*?\\*/", " ") : css;
        s = stripAtBlocks(s);
        // Walk the rules by their braces (no regex over what may be 100 KB of CSS); a declaration block is read
        // only when it can hide something.
        int pos = 0;
        while (pos < s.length() && out.size() < 500) {
            int open = s.indexOf('{', pos);
            if (open < 0) break;
            int close = s.indexOf('}', open);
            if (close < 0) break;
            String declRaw = s.substring(open + 1, close);
            String selectors = s.substring(pos, open);
            pos = close + 1;
            String lower = declRaw.toLowerCase(Locale.ROOT);
            if (lower.indexOf("none") < 0 && lower.indexOf("hidden") < 0 && lower.indexOf('0') < 0 && lower.indexOf('-') < 0) continue;
            String decl = lower.replace(" ", "").replace("\t", "").replace("\n", "").replace("\r", "");
            if (!hidesBox(decl)) continue;
            for (String sel : selectors.split(",")) {
                String one = sel.trim();
                // Only a lone compound (".k9x", "div#ad"): "#a .b{display:none}" hides .b in one context only, and
                // pseudo-classes (:hover) or attributes hide conditionally; taking those would drop visible text.
                if (!SIMPLE_COMPOUND.matcher(one).matches()) continue;
                out.add(compound(one));
            }
        }
        return out;
    }

    /** Drops {@code @media}/{@code @supports} blocks: a rule hidden only on print or small screens still shows. */
    private static String stripAtBlocks(String css) {
        StringBuilder b = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int at = css.indexOf('@', i);
            if (at < 0) {
                b.append(css, i, css.length());
                break;
            }
            b.append(css, i, at);
            int brace = css.indexOf('{', at);
            int semi = css.indexOf(';', at);
            if (brace < 0 || (semi >= 0 && semi < brace)) { // @import …; @charset …;
                i = semi < 0 ? css.length() : semi + 1;
                continue;
            }
            int depth = 0;
            int j = brace;
            for (; j < css.length(); j++) {
                char c = css.charAt(j);
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) break;
            }
            i = j + 1;
        }
        return b.toString();
    }

    static boolean hidesBox(String decl) {
        if (decl.indexOf("none") < 0 && decl.indexOf("hidden") < 0 && decl.indexOf(":0") < 0 && decl.indexOf(":-") < 0) return false;
        return decl.contains("display:none") || decl.contains("visibility:hidden")
                || INLINE_HIDDEN.find(decl)
                || (ZERO_BOX.find(decl) && decl.contains("overflow:hidden"));
    }

    private static Compound compound(String s) {
        String tag = null;
        String id = null;
        List<String> classes = new ArrayList<>();
        Matcher m = Pattern.compile("([.#]?)([\\w-]+)").matcher(s);
        while (m.find()) {
            switch (m.group(1)) {
                case "." -> classes.add(m.group(2));
                case "#" -> id = m.group(2);
                default -> tag = m.group(2);
            }
        }
        return new Compound(tag, List.copyOf(classes), id);
    }

    boolean isHidden(Element e) {
        if (e.attributesSize() == 0) return false; // every test below reads an attribute
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String st = style.toLowerCase(Locale.ROOT);
            if (st.indexOf("none") >= 0 || st.indexOf("hidden") >= 0 || st.indexOf('0') >= 0 || st.indexOf(":-") >= 0 || st.indexOf(": -") >= 0) {
                if (hidesBox(st.replace(" ", "").replace("\t", "").replace("\n", ""))) return true;
            }
        }
        if (!hiddenByCss.isEmpty() && (e.hasAttr("class") || e.hasAttr("id"))) {
            for (Compound c : hiddenByCss) if (c.matches(e)) return true;
        }
        return false;
    }
}
