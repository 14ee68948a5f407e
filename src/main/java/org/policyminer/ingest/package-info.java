/**
 * The one way documents reach the index: {@link org.policyminer.ingest.IngestService} runs pages through the standard
 * pipeline on every core and writes them to a {@link org.policyminer.index.DocumentStore} under a
 * {@link org.policyminer.ingest.CommitPolicy}. Used by ingest, crawl, watch, the bench and the library API. Imports the
 * stages, {@code fetch} and {@code index}.
 */
package org.policyminer.ingest;
