/**
 * The Lucene analysis chain of the index (HanLP word view, bigram view, simplification filter), with factories
 * under their SPI names so a Solr schema can name them. Part of {@code index}; imports {@code convert} and {@code util}.
 */
package org.policyminer.index.analysis;
