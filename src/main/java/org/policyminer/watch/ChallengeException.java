package org.policyminer.watch;

import org.policyminer.fetch.FetchException;

/**
 * The site answered with an anti-bot challenge (加速乐 / 瑞数 style JavaScript cookie check) instead of content. It is a
 * failure of that request, never an article: indexing the challenge script would replace real text with junk.
 */
public final class ChallengeException extends FetchException {
    public ChallengeException(String url, int status, String reason) {
        super(url, status, reason);
    }
}
