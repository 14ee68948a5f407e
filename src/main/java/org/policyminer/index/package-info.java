/**
 * The local Lucene index: how a processed document becomes Lucene documents (two text views per field, facets, figure
 * points, stored entities) and the {@link org.policyminer.index.DocumentStore} interface documents are written through.
 * Imports the stages' records and {@code convert} (for the analysers); never ingest, search or anything above.
 */
package org.policyminer.index;
