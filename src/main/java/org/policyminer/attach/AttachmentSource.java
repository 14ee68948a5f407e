package org.policyminer.attach;

import org.policyminer.doc.Attachment;
import org.policyminer.doc.PolicyDoc;

/** Where the bytes of an article's attachment come from. Implementations are thread-safe. */
@FunctionalInterface
public interface AttachmentSource {
    /** The file's bytes; throws {@link Unavailable} with the one-line reason when it cannot be had. */
    byte[] load(PolicyDoc page, Attachment attachment) throws Unavailable;

    /** Why an attachment's bytes could not be had: robots.txt, HTTP status, too large, no such file. */
    final class Unavailable extends Exception {
        public Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The standard source: a page read from a file takes its attachments from beside it ({@link LocalAttachments});
     * a page fetched over HTTP through {@code http} ({@link FetchedAttachments}).
     */
    static AttachmentSource standard(org.policyminer.fetch.Fetcher http) {
        AttachmentSource local = new LocalAttachments();
        AttachmentSource remote = new FetchedAttachments(http);
        return (page, a) -> LocalAttachments.isLocalPage(page) ? local.load(page, a) : remote.load(page, a);
    }
}
