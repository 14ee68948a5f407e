/**
 * Stage 3: clusters, cities and monetary figures in text of either script, with offsets into the text as given.
 * Imports {@code doc}, {@code stage}, {@code convert} (to read either script), {@code util}.
 */
package org.policyminer.entities;
