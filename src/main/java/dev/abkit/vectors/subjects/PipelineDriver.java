package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.reference.pipeline.PipelineParameters;
import dev.abkit.reference.pipeline.Timeline;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.AnswerType;
import dev.abkit.vectors.SubjectDriver;

/**
 * Vectors of the pipeline subject. The subject is a simulation: setting up a case runs the implementation once with
 * the case's parameters, and the steps are checks of the timeline it returned (rows, windows, throughput, latency).
 * Throughput, latency and windows are derived from the rows by the kit, so only the rows come from the
 * implementation.
 */
public final class PipelineDriver extends SubjectDriver<PipelineParameters, PipelineDriver.Event,
        PipelineDriver.Query, Timeline> {

    /** The answer to a throughput query when fewer than two relay blocks include parablocks. */
    public static final String UNDETERMINED = "undetermined";
    /** The answer to a latency query when nothing is included. */
    public static final String NOTHING_INCLUDED = "nothing included";

    public PipelineDriver() {
        super(Subject.PIPELINE, PipelineParameters.class, Event.class, Query.class);
    }

    /** The pipeline subject has no events; its vectors hold checks only. */
    public sealed interface Event permits NoEvent {
    }

    /** Cannot be built: an event in a pipeline vector is a malformed vector. */
    public record NoEvent() implements Event {
        public NoEvent {
            throw new IllegalArgumentException("the pipeline subject has no events, its vectors hold checks only");
        }
    }

    /** Queries of the timeline. */
    public sealed interface Query permits Rows, WindowOf, SteadyThroughput, InclusionLatency {
    }

    /** The rows of relay blocks R(from) .. R(to), both included (AB-PIPE-001..007). */
    public record Rows(int from, int to) implements Query {
    }

    /** What R(from) .. R(to) include, and what they back without including it by R(to) (AB-PIPE-008). */
    public record WindowOf(int from, int to) implements Query {
    }

    /** Steady-state throughput, or {@value #UNDETERMINED} (AB-PIPE-008). */
    public record SteadyThroughput() implements Query {
    }

    /** Smallest and largest time from relay parent to inclusion, or {@value #NOTHING_INCLUDED} (AB-PIPE-007). */
    public record InclusionLatency() implements Query {
    }

    /** Runs the implementation's simulation; a timeline of the wrong length is a fault of the implementation. */
    @Override
    public Timeline open(Implementation implementation, PipelineParameters parameters) {
        Timeline timeline = implementation.pipeline().run(parameters);
        if (timeline != null && timeline.rows().size() != parameters.relayBlocks()) {
            throw new IllegalStateException("the timeline holds " + timeline.rows().size() + " rows for "
                    + parameters.relayBlocks() + " relay blocks");
        }
        return timeline;
    }

    @Override
    public Outcome apply(Timeline instance, Event event) {
        throw new IllegalStateException("unhandled " + event);
    }

    @Override
    public AnswerType answerType(Class<? extends Query> query) {
        if (query == Rows.class) {
            return AnswerType.returnOf(Timeline.class, "rows");
        }
        if (query == WindowOf.class) {
            return AnswerType.returnOf(Timeline.class, "window");
        }
        if (query == SteadyThroughput.class) {
            return AnswerType.returnOf(Timeline.class, "throughput", UNDETERMINED);
        }
        if (query == InclusionLatency.class) {
            return AnswerType.returnOf(Timeline.class, "latency", NOTHING_INCLUDED);
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public Object answer(Timeline timeline, Query query) {
        if (query instanceof Rows rows) {
            timeline.row(rows.from());
            timeline.row(rows.to());
            return timeline.rows().subList(rows.from(), rows.to() + 1);
        }
        if (query instanceof WindowOf window) {
            return timeline.window(window.from(), window.to());
        }
        if (query instanceof SteadyThroughput) {
            return timeline.throughput().<Object>map(t -> t).orElse(UNDETERMINED);
        }
        if (query instanceof InclusionLatency) {
            return timeline.latency().<Object>map(l -> l).orElse(NOTHING_INCLUDED);
        }
        throw new IllegalStateException("unhandled " + query);
    }
}
