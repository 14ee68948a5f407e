package org.policyminer.fetch;

/**
 * The site answered with an anti-bot challenge (加速乐 / 瑞数 style JavaScript cookie check) instead of content, and
 * it was not passed: solving was off, or the solver failed. It is a failure of that request, never an article:
 * indexing the challenge script would replace real text with junk.
 */
public class ChallengeException extends FetchException {
    private final String reason;
    private final boolean repeated;

    public ChallengeException(String url, int status, String reason) {
        this(url, status, reason, false);
    }

    /** {@code repeated}: the host already failed a challenge in this pass and was not asked again (no new fact to report). */
    public ChallengeException(String url, int status, String reason, boolean repeated) {
        super(url, status, reason);
        this.reason = reason;
        this.repeated = repeated;
    }

    /** The cause without the URL, to build a longer message on. */
    public String reason() {
        return reason;
    }

    public boolean repeated() {
        return repeated;
    }
}
