package org.policyminer.attach;

import java.util.Set;
import org.policyminer.doc.Attachment;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.FetchException;
import org.policyminer.fetch.FetchRequest;
import org.policyminer.fetch.FetchResult;
import org.policyminer.fetch.Fetcher;
import org.policyminer.fetch.Hosts;

/**
 * Attachments fetched through the same fetcher as pages: robots.txt, the per-host delay, the size cap and the address
 * guard all apply (MIIT's robots.txt disallows its file manager: that attachment's error says so, its link stays).
 * The page's own host is trusted for its attachments, as it was for the page; the page is the Referer.
 */
public final class FetchedAttachments implements AttachmentSource {
    private final Fetcher fetcher;

    public FetchedAttachments(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public byte[] load(PolicyDoc page, Attachment a) throws Unavailable {
        String url = a.url();
        if (!url.startsWith("http://") && !url.startsWith("https://")) throw new Unavailable("not an http(s) link");
        String host = Hosts.keyOrNull(page.url());
        FetchRequest req = FetchRequest.discovered(url, host == null ? Set.of() : Set.of(host)).withReferer(page.url());
        try {
            FetchResult r = fetcher.fetch(req);
            if (r instanceof FetchResult.Page p) return p.page().body();
            throw new Unavailable("not modified");
        } catch (FetchException e) {
            throw new Unavailable(e.getMessage());
        }
    }
}
