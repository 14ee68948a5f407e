package org.policyminer.search;

import java.util.List;
import org.policyminer.doc.AmountMention;

/** One monetary figure with its article: the figure as recognised, the article's id, url, title and date, its sentence. */
public record TargetRow(AmountMention amount, String docId, String url, String title, String published, String sentence,
                        List<String> cities) {}
