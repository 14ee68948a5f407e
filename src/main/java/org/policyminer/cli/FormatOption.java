package org.policyminer.cli;

import org.policyminer.view.Format;

/** Reads a {@code --format} value; a format the command does not offer is a usage error (exit 2). */
final class FormatOption {
    private FormatOption() {}

    static Format parse(String value, Format... offered) {
        try {
            return Format.parse(value, offered);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }
}
