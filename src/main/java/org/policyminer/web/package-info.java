/**
 * {@code policyminer serve}: the web UI and JSON API over the index on Jetty, read-only. Imports
 * {@code search} and {@code view} (and below).
 */
package org.policyminer.web;
