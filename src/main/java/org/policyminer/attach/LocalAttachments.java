package org.policyminer.attach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.PageSource;

/**
 * Attachments of a page saved on disk: the file the link names, relative to the page, when it sits beside the page
 * (in its directory or below). The link was resolved against the page's URL (its file: URL, or the site URL a
 * prefix mapped it to), so the part of the link under the page's directory is the path under the file's directory.
 * Links that leave the page's directory, or go to another site, are not read.
 */
public final class LocalAttachments implements AttachmentSource {

    static boolean isLocalPage(PolicyDoc page) {
        return page.input() != null && !PageSource.isUrl(page.input()) && !page.input().toLowerCase(Locale.ROOT).startsWith("file:");
    }

    /** file:///tmp/a and file:/tmp/a are one file (Path.toUri writes the first, Jsoup's absUrl the second). */
    static String sameFileForm(String url) {
        if (url.startsWith("file:///")) return "file:/" + url.substring(8);
        if (url.startsWith("file://localhost/")) return "file:/" + url.substring(17);
        return url;
    }

    @Override
    public byte[] load(PolicyDoc page, Attachment a) throws Unavailable {
        if (!isLocalPage(page)) throw new Unavailable("the page is not a local file");
        String pageUrl = sameFileForm(page.url());
        String dir = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        String link = sameFileForm(a.url());
        if (!link.startsWith(dir) || link.length() == dir.length()) throw new Unavailable("not a file beside the page");
        String rel = java.net.URLDecoder.decode(link.substring(dir.length()).replaceAll("[?#].*$", "").replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        Path base = Path.of(page.input()).toAbsolutePath().normalize().getParent();
        Path file = base.resolve(rel).normalize();
        if (!file.startsWith(base)) throw new Unavailable("not a file beside the page");
        try {
            if (!Files.isRegularFile(file)) throw new Unavailable("no such file beside the page: " + rel);
            if (Files.size(file) > PageSource.MAX_FILE_BYTES) throw new Unavailable("file larger than " + (PageSource.MAX_FILE_BYTES >> 20) + " MB");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unavailable("cannot read " + rel + ": " + e.getMessage());
        }
    }
}
