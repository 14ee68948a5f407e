package org.policyminer.cli;

import java.util.List;

/** The progress line a command prints when the fetcher solved a round of a site's JavaScript cookie challenge. */
final class ChallengeNote {
    private ChallengeNote() {}

    static String solved(String url, int round, List<String> cookies) {
        return "solved the JavaScript cookie challenge of " + url + " (round " + round + (cookies.isEmpty() ? "" : ", cookie " + String.join(", ", cookies)) + ")";
    }
}
