package org.policyminer.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.policyminer.doc.PolicyDoc;

/**
 * Stages composed in order. {@link Builder#build()} checks that every stage's requirements are provided by the
 * stages before it (or by the input), and each run records the time spent in every stage.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).build();
 * PolicyDoc doc = p.run(PolicyDoc.of(new Fetched(url, bytes, headers)));
 * }</pre>
 */
public final class Pipeline implements Stage {
    private final List<Stage> stages;
    private final Set<Part> inputParts;
    private final Map<String, Timing> timings = new LinkedHashMap<>();

    private Pipeline(List<Stage> stages, Set<Part> inputParts) {
        this.stages = List.copyOf(stages);
        this.inputParts = inputParts;
        for (Stage s : stages) timings.put(s.name(), new Timing());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Set<Part> requires() {
        return inputParts;
    }

    @Override
    public Set<Part> provides() {
        EnumSet<Part> all = EnumSet.noneOf(Part.class);
        stages.forEach(s -> all.addAll(s.provides()));
        return all;
    }

    public List<Stage> stages() {
        return stages;
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) throws StageException {
        return run(doc);
    }

    /** Runs every stage in order; a failing stage is reported with its name and the document's input. */
    public PolicyDoc run(PolicyDoc doc) throws StageException {
        PolicyDoc current = doc;
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            try {
                current = apply(s, current, doc);
            } finally {
                timings.get(s.name()).add(System.nanoTime() - t0);
            }
        }
        return current;
    }

    /** One stage on one document; any failure becomes a StageException naming the stage and the input. */
    private static PolicyDoc apply(Stage s, PolicyDoc current, PolicyDoc input) throws StageException {
        try {
            return s.apply(current);
        } catch (StageException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new StageException(s.name(), input.input(), e);
        }
    }

    /** One document's outcome in {@link #runEach}: the processed document, or the failure that stopped it. */
    public record Outcome(PolicyDoc doc, StageException error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * What {@link #run} gives for each document, computed a stage at a time over all of them: each stage's code
     * and data stay hot over the whole list instead of being evicted by the other stages after every document
     * (docs/benchmarks.md: a stage at a time). A document that fails a stage skips the later ones; the others go on.
     */
    public List<Outcome> runEach(List<PolicyDoc> docs) {
        PolicyDoc[] current = docs.toArray(new PolicyDoc[0]);
        StageException[] errors = new StageException[current.length];
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            int calls = 0;
            for (int i = 0; i < current.length; i++) {
                if (errors[i] != null) continue;
                calls++;
                try {
                    current[i] = apply(s, current[i], docs.get(i));
                } catch (StageException e) {
                    errors[i] = e;
                }
            }
            timings.get(s.name()).add(System.nanoTime() - t0, calls);
        }
        List<Outcome> out = new ArrayList<>(current.length);
        for (int i = 0; i < current.length; i++) out.add(errors[i] == null ? new Outcome(current[i], null) : new Outcome(null, errors[i]));
        return out;
    }

    /** Time spent per stage since the pipeline was built (or last reset), in stage order. */
    public Map<String, Timing> timings() {
        return Collections.unmodifiableMap(timings);
    }

    public void resetTimings() {
        timings.values().forEach(Timing::reset);
    }

    /** Accumulated wall time and call count of one stage; safe to update from several threads. */
    public static final class Timing {
        private final LongAdder nanos = new LongAdder();
        private final LongAdder calls = new LongAdder();

        void add(long n) {
            add(n, 1);
        }

        void add(long n, int count) {
            nanos.add(n);
            calls.add(count);
        }

        void reset() {
            nanos.reset();
            calls.reset();
        }

        public long nanos() {
            return nanos.sum();
        }

        public long calls() {
            return calls.sum();
        }
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private Set<Part> input = EnumSet.of(Part.FETCHED);

        /** What documents carry when they enter (FETCHED by default). */
        public Builder input(Part first, Part... rest) {
            input = EnumSet.of(first, rest);
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(org.policyminer.util.Validate.notNull(stage, "stage"));
            return this;
        }

        public Pipeline build() {
            EnumSet<Part> have = EnumSet.copyOf(input);
            for (Stage s : stages) {
                for (Part need : s.requires()) {
                    if (!have.contains(need)) {
                        throw new IllegalStateException("stage '" + s.name() + "' requires " + need
                                + "; add a stage that provides it before '" + s.name() + "'");
                    }
                }
                have.addAll(s.provides());
            }
            long distinct = stages.stream().map(Stage::name).distinct().count();
            if (distinct != stages.size()) throw new IllegalStateException("stage names must be unique");
            return new Pipeline(stages, EnumSet.copyOf(input));
        }
    }
}
