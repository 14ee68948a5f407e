package org.policyminer.eval;

import java.util.Map;

/** One judged query: text, filters (named like the search options), and graded relevant documents (id → gain). */
public record JudgedQuery(String id, String q, Map<String, String> filters, Map<String, Integer> grades) {}
