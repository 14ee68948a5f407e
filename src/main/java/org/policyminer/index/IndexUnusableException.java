package org.policyminer.index;

/** The index on disk cannot be used as it is (damaged, read-only, another Lucene version); the message says what to run. */
public final class IndexUnusableException extends java.io.IOException {
    IndexUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
