package org.policyminer.attach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.PolicyDoc;

class LocalAttachmentsTest {
    private final LocalAttachments local = new LocalAttachments();

    /** ingest --url-prefix: the page's URL is the site's, its attachment link too; the file is read from beside the page. */
    @Test
    void aPageMappedOntoItsSiteReadsTheFileBesideIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("art/files"));
        Files.write(dir.resolve("art/files/附件1.xlsx"), new byte[] {1, 2, 3});
        PolicyDoc page = new PolicyDoc(dir.resolve("art/page.html").toString(), "https://www.miit.gov.cn/art/page.html", null, null, null, null);
        byte[] got = local.load(page, new Attachment("附件1", "名单", "https://www.miit.gov.cn/art/files/%E9%99%84%E4%BB%B61.xlsx", "xlsx"));
        assertArrayEquals(new byte[] {1, 2, 3}, got);
    }

    @Test
    void linksOutOfThePagesDirectoryOrToAnotherSiteAreNotRead(@TempDir Path dir) {
        PolicyDoc page = new PolicyDoc(dir.resolve("art/page.html").toString(), "https://www.miit.gov.cn/art/page.html", null, null, null, null);
        AttachmentSource.Unavailable up = assertThrows(AttachmentSource.Unavailable.class,
                () -> local.load(page, new Attachment("", "x", "https://www.miit.gov.cn/art/../../etc/passwd", "txt")));
        assertEquals("not a file beside the page", up.getMessage());
        assertThrows(AttachmentSource.Unavailable.class, () -> local.load(page, new Attachment("", "x", "https://other.example/art/a.pdf", "pdf")));
    }
}
