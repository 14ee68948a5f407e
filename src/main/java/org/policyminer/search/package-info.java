/**
 * Queries over the index: the query language (either script, filters typed in the query), ranking, facets,
 * snippets, target rows. Returns typed records ({@link org.policyminer.search.SearchResult},
 * {@link org.policyminer.search.StoredArticle}, {@link org.policyminer.search.TargetRow}); {@code view} turns them
 * into JSON. Imports {@code index} and below.
 */
package org.policyminer.search;
