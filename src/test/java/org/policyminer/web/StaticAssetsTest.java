package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {
    @Test
    void everyPageIsPutIntoTheSharedFrameWithItsOwnScriptAndName() {
        StaticAssets assets = StaticAssets.load();
        for (String page : new String[] {"search", "targets", "article", "cluster", "latest"}) {
            String html = new String(assets.find(page + ".html").orElseThrow().bytes(), StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!doctype html>"), page);
            assertTrue(html.contains("<script src=\"/static/" + page + ".js\" defer></script>"), page);
            assertTrue(html.contains("<body data-page=\"" + page + "\""), page);
            assertTrue(html.contains("<main class=\"" + page + "-page\">"), page);
            assertTrue(html.endsWith("</main>\n</body>\n</html>\n"), page);
            assertFalse(html.contains("{{"), page + " has a placeholder left");
        }
        assertTrue(assets.find("layout.html").isEmpty(), "the frame is not served on its own");
    }
}
