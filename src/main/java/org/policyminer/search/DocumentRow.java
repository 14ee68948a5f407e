package org.policyminer.search;

import org.policyminer.doc.PolicyDocument;

/** One row of the {@code documents} export: the indexed article (id, URL, publication date) and its document record. */
public record DocumentRow(String id, String url, String published, PolicyDocument document) {}
