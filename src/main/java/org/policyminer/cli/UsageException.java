package org.policyminer.cli;

/** A bad option value or query: exit status 2 with a one-line message. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
