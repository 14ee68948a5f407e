/**
 * The {@code policyminer} command line (picocli): option parsing, exit codes, one-line errors, progress. Each
 * command wires the packages below; none holds logic of its own beyond that.
 */
package org.policyminer.cli;
