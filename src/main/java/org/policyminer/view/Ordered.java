package org.policyminer.view;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object as name, value pairs in the order the contract gives them; the map may be added to afterwards. */
final class Ordered {
    private Ordered() {}

    static Map<String, Object> object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return m;
    }
}
