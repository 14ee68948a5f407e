/**
 * The SolrCloud backend: the same documents, queries and answers as the local index, on a Solr collection that is
 * sharded and replicated by SolrCloud. {@link org.policyminer.solr.SolrTarget} says where (Solr URLs or a ZooKeeper
 * address and a collection), {@link org.policyminer.solr.SolrCollections} uploads the configset shipped under
 * {@code /solr/policyminer/conf} and creates a collection, {@link org.policyminer.solr.SolrDocumentStore} is the
 * ingest side. Sits above {@code search}: it answers with search's records. docs/solr.md says how to run it.
 */
package org.policyminer.solr;
