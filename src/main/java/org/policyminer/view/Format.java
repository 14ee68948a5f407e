package org.policyminer.view;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An output format a command or API call may ask for; each one names the formats it offers. */
public enum Format {
    JSON, JSONL, CSV, TABLE;

    /** The format named {@code name} (any case) if it is one of {@code offered}; the message lists them otherwise. */
    public static Format parse(String name, Format... offered) {
        List<Format> ok = Arrays.asList(offered);
        for (Format f : ok) if (f.label().equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) return f;
        List<String> labels = ok.stream().map(Format::label).toList();
        String choices = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
        throw new IllegalArgumentException("format must be " + choices + ", not '" + name + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
