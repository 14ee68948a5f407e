package org.policyminer.stage;

/** A stage failed on one document; carries the stage name and the input so the message says where. */
public final class StageException extends Exception {
    private final String stage;
    private final String input;

    public StageException(String stage, String input, Throwable cause) {
        super(stage + " failed on " + org.policyminer.util.UserInfo.strip(input) + ": " + describe(cause), cause);
        this.stage = stage;
        this.input = input;
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    public String stage() {
        return stage;
    }

    public String input() {
        return input;
    }
}
