package org.policyminer.util;

/** Argument checks with messages that name the parameter, so a misuse fails where it happens. */
public final class Validate {
    private Validate() {}

    public static <T> T notNull(T value, String name) {
        if (value == null) throw new IllegalArgumentException("The parameter '" + name + "' must not be null");
        return value;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
