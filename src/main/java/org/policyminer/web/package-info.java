/**
 * {@code policyminer serve}: the web UI and JSON API over the index on the JDK's HTTP server, read-only. Imports
 * {@code search} and {@code view} (and below).
 */
package org.policyminer.web;
