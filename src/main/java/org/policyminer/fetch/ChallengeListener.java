package org.policyminer.fetch;

import java.util.List;

/** Told each time the fetcher solved a round of a JavaScript cookie challenge, so a command can say so. */
@FunctionalInterface
public interface ChallengeListener {
    ChallengeListener NONE = (url, round, cookies) -> {};

    /**
     * @param url     the page that answered with the challenge
     * @param round   1 for the first round of this fetch, 2 for the next (加速乐 asks twice), …
     * @param cookies names of the cookies the challenge's script set
     */
    void solved(String url, int round, List<String> cookies);
}
