/**
 * Quality measurement: gold sets and peer suites (extraction, entities, conformance, search), their scorers and
 * reports. Imports what it measures; nothing imports it but {@code bench} and the CLI.
 */
package org.policyminer.eval;
