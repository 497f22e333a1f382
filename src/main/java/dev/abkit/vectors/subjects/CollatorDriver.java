package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.spi.Implementation;
import dev.abkit.vectors.AnswerType;
import dev.abkit.vectors.SubjectDriver;

/**
 * Vectors of the collator subject. The parameters are what the collator knows (the relay chain and its local
 * parachain blocks); the subject has no events, and every step is a question: a parent search, a build decision, a
 * production interval, or one of the runtime's choices while a block is built.
 */
public final class CollatorDriver extends SubjectDriver<CollatorView, CollatorDriver.Event, CollatorDriver.Query,
        CollatorSubject> {
    /** The answer to {@link BuildParent} when there is no potential parent. */
    public static final String NO_PARENT = "none";

    public CollatorDriver() {
        super(Subject.COLLATOR, CollatorView.class, Event.class, Query.class);
    }

    /** The collator subject has no events; its vectors hold checks only. */
    public sealed interface Event permits NoEvent {
    }

    /** Cannot be built: an event in a collator vector is a malformed vector. */
    public record NoEvent() implements Event {
        public NoEvent {
            throw new IllegalArgumentException("the collator subject has no events, its vectors hold checks only");
        }
    }

    /** The questions a collator case asks. */
    public sealed interface Query permits PotentialParents, BuildParent, DecideBuild, ProductionInterval,
            WaitForNextAttempt, BlocksPerRelaySlot, SelectOutbound, GoAhead, OutboundLimits, InboundToProcess {
    }

    /** The potential parents (AB-COL-001 to AB-COL-006): an array of {@code block, depth, aligned_with_pending}. */
    public record PotentialParents(ParentSearchParams search) implements Query {
    }

    /** The parent the collator builds on, or {@value #NO_PARENT} (AB-COL-007). */
    public record BuildParent(ParentSearchParams search) implements Query {
    }

    /** Whether the collator builds now and how it asked the runtime (AB-COL-008 to AB-COL-010). */
    public record DecideBuild(BuildOpportunity opportunity) implements Query {
    }

    /** The slot-based collator's interval between attempts in milliseconds (AB-COL-011). */
    public record ProductionInterval(SlotTiming timing) implements Query {
    }

    /** The slot-based collator's wait from {@code now_millis} for its next attempt, in milliseconds (AB-COL-011). */
    public record WaitForNextAttempt(SlotTiming timing, long nowMillis, long offsetMillis) implements Query {
        public WaitForNextAttempt {
            if (nowMillis < 0 || offsetMillis < 0) {
                throw new IllegalArgumentException("expected a non-negative time and offset but was " + nowMillis
                        + " and " + offsetMillis);
            }
        }
    }

    /** Blocks authored per relay slot (AB-COL-012). */
    public record BlocksPerRelaySlot(AuthoringPace pace) implements Query {
    }

    /** The outbound messages a block sends and keeps (AB-RTD-001, AB-RTD-002). */
    public record SelectOutbound(OutboundRequest request) implements Query {
    }

    /** What a block does with the upgrade signal (AB-RTD-003). */
    public record GoAhead(GoAheadSituation situation) implements Query {
    }

    /** The outbound limits derived from the relay-chain messaging state (AB-RTD-004). */
    public record OutboundLimits(MessagingState state) implements Query {
    }

    /** The inbound messages still to process (AB-RTD-005). */
    public record InboundToProcess(InboundRequest request) implements Query {
    }

    @Override
    public CollatorSubject open(Implementation implementation, CollatorView parameters) {
        return implementation.collator(parameters);
    }

    @Override
    public Outcome apply(CollatorSubject instance, Event event) {
        throw new IllegalStateException("unhandled " + event);
    }

    @Override
    public AnswerType answerType(Class<? extends Query> query) {
        if (query == PotentialParents.class) {
            return AnswerType.returnOf(CollatorSubject.class, "potentialParents");
        }
        if (query == BuildParent.class) {
            return AnswerType.returnOf(CollatorSubject.class, "buildParent", NO_PARENT);
        }
        if (query == DecideBuild.class) {
            return AnswerType.returnOf(CollatorSubject.class, "decideBuild");
        }
        if (query == ProductionInterval.class) {
            return AnswerType.returnOf(CollatorSubject.class, "productionIntervalMillis");
        }
        if (query == WaitForNextAttempt.class) {
            return AnswerType.returnOf(CollatorSubject.class, "waitForNextAttemptMillis");
        }
        if (query == BlocksPerRelaySlot.class) {
            return AnswerType.returnOf(CollatorSubject.class, "blocksPerRelaySlot");
        }
        if (query == SelectOutbound.class) {
            return AnswerType.returnOf(CollatorSubject.class, "selectOutbound");
        }
        if (query == GoAhead.class) {
            return AnswerType.returnOf(CollatorSubject.class, "goAhead");
        }
        if (query == OutboundLimits.class) {
            return AnswerType.returnOf(CollatorSubject.class, "outboundLimits");
        }
        if (query == InboundToProcess.class) {
            return AnswerType.returnOf(CollatorSubject.class, "inboundToProcess");
        }
        throw new IllegalStateException("unhandled " + query);
    }

    @Override
    public Object answer(CollatorSubject collator, Query query) {
        if (query instanceof PotentialParents q) {
            return collator.potentialParents(q.search());
        }
        if (query instanceof BuildParent q) {
            return collator.buildParent(q.search()).<Object>map(p -> p).orElse(NO_PARENT);
        }
        if (query instanceof DecideBuild q) {
            return collator.decideBuild(q.opportunity());
        }
        if (query instanceof ProductionInterval q) {
            return collator.productionIntervalMillis(q.timing());
        }
        if (query instanceof WaitForNextAttempt q) {
            return collator.waitForNextAttemptMillis(q.timing(), q.nowMillis(), q.offsetMillis());
        }
        if (query instanceof BlocksPerRelaySlot q) {
            return collator.blocksPerRelaySlot(q.pace());
        }
        if (query instanceof SelectOutbound q) {
            return collator.selectOutbound(q.request());
        }
        if (query instanceof GoAhead q) {
            return collator.goAhead(q.situation());
        }
        if (query instanceof OutboundLimits q) {
            return collator.outboundLimits(q.state());
        }
        if (query instanceof InboundToProcess q) {
            return collator.inboundToProcess(q.request());
        }
        throw new IllegalStateException("unhandled " + query);
    }
}
