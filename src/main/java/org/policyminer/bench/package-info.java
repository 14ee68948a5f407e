/**
 * {@code policyminer bench}: stage throughput against baselines timed in the same run, ingest rate against HanLP
 * alone, search latency, peak heap. Imports what it times.
 */
package org.policyminer.bench;
