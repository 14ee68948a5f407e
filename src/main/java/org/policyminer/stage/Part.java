package org.policyminer.stage;

/** The parts of a {@link org.policyminer.doc.PolicyDoc} that stages require and provide. */
public enum Part {
    FETCHED, ARTICLE, SIMPLIFIED, DOCUMENT, ENTITIES, ATTACHMENTS
}
