package org.policyminer.ingest;

import java.util.List;

/** What one ingest run did: counts per outcome, entities found, failures with their one-line causes. */
public record IngestReport(int added, int updated, int unchanged, int failed, int clusters, int cities, int amounts,
                           long millis, List<String> errors) {
    public IngestReport {
        errors = List.copyOf(errors);
    }

    public int processed() {
        return added + updated + unchanged + failed;
    }
}
