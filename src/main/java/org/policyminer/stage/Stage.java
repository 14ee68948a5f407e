package org.policyminer.stage;

import java.util.Set;
import org.policyminer.doc.PolicyDoc;

/**
 * One step of the pipeline. A stage declares what it needs and what it adds, so that {@link Pipeline} can check
 * the chain when it is built, before any document runs. Stages must be thread-safe: ingest runs them in parallel.
 */
public interface Stage {
    String name();

    Set<Part> requires();

    Set<Part> provides();

    PolicyDoc apply(PolicyDoc doc) throws Exception;
}
