package org.policyminer.view;

/** The JSON error of the API and of batch modes: {@code {"error": "one line"}}. */
public record ErrorView(String error) {
    public static ErrorView of(String message) {
        return new ErrorView(message == null || message.isBlank() ? "error" : message);
    }
}
