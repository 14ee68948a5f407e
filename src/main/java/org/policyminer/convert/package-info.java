/**
 * Stage 2: traditional to simplified script through OpenCC's tables and the project's overrides, keeping the length
 * so offsets into the simplified text are offsets into the original. Imports {@code doc}, {@code stage}, {@code util}.
 */
package org.policyminer.convert;
