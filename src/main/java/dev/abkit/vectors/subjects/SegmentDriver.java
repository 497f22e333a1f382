package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Subject;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.ParaBlock;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.UnincludedSegmentSubject;
import dev.abkit.vectors.AnswerType;
import dev.abkit.vectors.SubjectDriver;

/**
 * Vectors of the unincluded-segment subject: blocks authored one after another on a parachain's runtime, with
 * checks of the segment view and of the size_after_included and can_build_upon answers.
 */
public final class SegmentDriver extends SubjectDriver<SegmentDriver.Parameters, SegmentDriver.Event,
        SegmentDriver.Query, UnincludedSegmentSubject> {

    public SegmentDriver() {
        super(Subject.UNINCLUDED_SEGMENT, Parameters.class, Event.class, Query.class);
    }

    /**
     * The parachain's configuration (capacity, velocity, slot durations in milliseconds) and its genesis head; the
     * profile is the one the implementation under test declares.
     */
    public record Parameters(int capacity, int velocity, long relaySlotMillis, long paraSlotMillis,
            HeadData genesisHead) {
        public Parameters {
            if (genesisHead == null) {
                throw new IllegalArgumentException("segment parameters need a genesis head");
            }
        }
    }

    /** Events of the subject. */
    public sealed interface Event permits Author {
    }

    /** A block is authored on the current tip with what its relay-parent proof says. */
    public record Author(RelayParentProof proof, ParaBlock block) implements Event {
    }

    /** Queries of the subject. */
    public sealed interface Query permits Segment, SizeAfterIncluded, CanBuildUpon {
    }

    /** The observable segment view. */
    public record Segment() implements Query {
    }

    /** The segment size after the given included head. */
    public record SizeAfterIncluded(HeadData includedHead) implements Query {
    }

    /** Whether a collator may build on the tip with the given included head, in the given slot. */
    public record CanBuildUpon(HeadData includedHead, long slot) implements Query {
    }

    @Override
    public UnincludedSegmentSubject open(Implementation implementation, Parameters parameters) {
        SegmentParams params = new SegmentParams(parameters.capacity(), parameters.velocity(),
                parameters.relaySlotMillis(), parameters.paraSlotMillis(), implementation.capabilities().profile());
        return implementation.unincludedSegment(params, parameters.genesisHead());
    }

    @Override
    public Outcome apply(UnincludedSegmentSubject instance, Event event) {
        if (event instanceof Author author) {
            return instance.author(new AuthorBlock(author.proof(), author.block()));
        }
        throw new IllegalStateException("unhandled " + event);
    }

    @Override
    public AnswerType answerType(Class<? extends Query> query) {
        if (query == Segment.class) {
            return AnswerType.returnOf(UnincludedSegmentSubject.class, "view");
        }
        if (query == SizeAfterIncluded.class) {
            return AnswerType.returnOf(UnincludedSegmentSubject.class, "sizeAfterIncluded");
        }
        if (query == CanBuildUpon.class) {
            return AnswerType.returnOf(UnincludedSegmentSubject.class, "canBuildUpon");
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public Object answer(UnincludedSegmentSubject instance, Query query) {
        if (query instanceof Segment) {
            return instance.view();
        }
        if (query instanceof SizeAfterIncluded size) {
            // Vectors read numbers back as 64-bit nodes, and the tree comparison tells int and long nodes apart.
            return (long) instance.sizeAfterIncluded(size.includedHead());
        }
        if (query instanceof CanBuildUpon can) {
            return instance.canBuildUpon(can.includedHead(), can.slot());
        }
        throw new IllegalStateException("unhandled " + query);
    }
}
