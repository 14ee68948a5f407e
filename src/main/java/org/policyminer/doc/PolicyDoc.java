package org.policyminer.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one immutable record that flows through the pipeline. Each stage fills one more part and returns a new
 * value: fetched → article → simplified → document → entities → attachments. A part not produced yet is null
 * (attachments: empty).
 *
 * <p>Entity offsets index {@link #analysedText()}: the simplified title, a newline, then the simplified body.
 */
public record PolicyDoc(String input, String url, Fetched fetched, Article article, Simplified simplified, Entities entities,
                        PolicyDocument document, java.util.List<AttachmentText> attachments) {

    public PolicyDoc {
        org.policyminer.util.Validate.notNull(url, "url");
        // credentials in a URL are never stored nor shown
        url = org.policyminer.util.UserInfo.strip(url);
        input = input == null ? url : org.policyminer.util.UserInfo.strip(input);
        attachments = attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments);
    }

    /** A record without the text of its attachments (pipelines that do not read them). */
    public PolicyDoc(String input, String url, Fetched fetched, Article article, Simplified simplified, Entities entities,
                     PolicyDocument document) {
        this(input, url, fetched, article, simplified, entities, document, null);
    }

    /** A record without its document part (stages before {@code document}, tests). */
    public PolicyDoc(String input, String url, Fetched fetched, Article article, Simplified simplified, Entities entities) {
        this(input, url, fetched, article, simplified, entities, null);
    }

    public static PolicyDoc of(Fetched fetched) {
        return new PolicyDoc(fetched.url(), fetched.url(), fetched, null, null, null);
    }

    public static PolicyDoc of(String input, Fetched fetched) {
        return new PolicyDoc(input, fetched.url(), fetched, null, null, null);
    }

    /** The same document under another URL (and so another id). */
    public PolicyDoc withUrl(String u) {
        return new PolicyDoc(input, u, fetched, article, simplified, entities, document, attachments);
    }

    /** The same document without its fetched page: what the stages after extraction and the index need. */
    public PolicyDoc withoutPage() {
        return new PolicyDoc(input, url, null, article, simplified, entities, document, attachments);
    }

    public PolicyDoc withArticle(Article a) {
        return new PolicyDoc(input, url, fetched, a, simplified, entities, document, attachments);
    }

    public PolicyDoc withSimplified(Simplified s) {
        return new PolicyDoc(input, url, fetched, article, s, entities, document, attachments);
    }

    public PolicyDoc withEntities(Entities e) {
        return new PolicyDoc(input, url, fetched, article, simplified, e, document, attachments);
    }

    public PolicyDoc withDocument(PolicyDocument d) {
        return new PolicyDoc(input, url, fetched, article, simplified, entities, d, attachments);
    }

    public PolicyDoc withAttachments(java.util.List<AttachmentText> a) {
        return new PolicyDoc(input, url, fetched, article, simplified, entities, document, a);
    }

    /** A stable id derived from the URL, so re-ingesting a page replaces its document. */
    public String id() {
        return idFor(url);
    }

    public static String idFor(String url) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Simplified title + "\n" + simplified body: the text entity offsets point into. */
    public String analysedText() {
        return simplified == null ? "" : simplified.title() + "\n" + simplified.text();
    }

    /** The same text in the page's own script (same length as {@link #analysedText()}). */
    public String originalText() {
        return article == null ? "" : article.title() + "\n" + article.text();
    }

    /** SHA-256 of what the article says, to skip unchanged pages on re-ingest. */
    public String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (article != null) {
                md.update(article.title().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(String.valueOf(article.published()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(String.valueOf(article.source()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(article.text().getBytes(StandardCharsets.UTF_8));
            }
            // only a page whose attachments were read hashes them: every other page keeps the hash it had
            for (AttachmentText a : attachments) {
                md.update((byte) 1);
                md.update(a.url().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(String.valueOf(a.error() != null ? "!" + a.error() : a.text()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
