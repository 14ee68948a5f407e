package org.policyminer.search;

/** A query or filter the user must fix; the message names the problem in one line. */
public final class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
