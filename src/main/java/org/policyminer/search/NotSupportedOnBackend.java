package org.policyminer.search;

/**
 * A request one backend cannot answer yet (the SolrCloud collection lacks what the local index keeps for it):
 * one line for the CLI's stderr and the API's error body, never a silently different answer.
 */
public final class NotSupportedOnBackend extends UnsupportedOperationException {
    public NotSupportedOnBackend(String backend, String what) {
        super("not supported on the " + backend + " backend yet: " + what);
    }

    /** The SolrCloud backend's refusal of {@code what}. */
    public static NotSupportedOnBackend solr(String what) {
        return new NotSupportedOnBackend("SolrCloud", what);
    }
}
