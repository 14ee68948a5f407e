package org.policyminer.search;

import java.util.List;
import java.util.Map;

/** One monetary figure with its article: the amount fields of DESIGN.md plus docId, url, title, published, sentence. */
public record TargetRow(Map<String, Object> amount, String docId, String url, String title, String published, String sentence,
                        List<String> cities) {}
