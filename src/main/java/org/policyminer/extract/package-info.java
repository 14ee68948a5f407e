/**
 * Stage 1: page bytes to article (title, date, source, body paragraphs in the page's script) with every spam and
 * boilerplate removal recorded. No I/O. Imports {@code doc}, {@code stage}, {@code util}.
 */
package org.policyminer.extract;
