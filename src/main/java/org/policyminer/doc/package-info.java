/**
 * The records that flow between the stages: {@link org.policyminer.doc.PolicyDoc} and its parts (fetched page,
 * article, simplified text, entity mentions). Immutable; each stage returns a new value. Imports only {@code util}.
 */
package org.policyminer.doc;
