/**
 * The output contract: the only place that turns records into the JSON objects, JSONL lines, CSV rows and terminal
 * tables that the CLI and the web API print (the same bytes from both). Imports the records of every package below;
 * imported only by {@code web} and {@code cli}.
 */
package org.policyminer.view;
