/**
 * Polls sources (MIIT columns, gov.cn, feeds), ingests new and changed articles once through
 * {@link org.policyminer.ingest.IngestService}, records what it saw, and delivers events and saved-search alerts with
 * crash-safe bookkeeping. Imports {@code fetch}, {@code ingest}, {@code index}, {@code search} and below.
 */
package org.policyminer.watch;
