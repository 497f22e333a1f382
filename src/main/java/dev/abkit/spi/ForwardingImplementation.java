package dev.abkit.spi;

import dev.abkit.model.HeadData;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.reference.segment.SegmentParams;
import java.util.Objects;

/**
 * An implementation that hands every call to another one; override the calls to change. Used to declare another
 * profile for an implementation, or to wrap one subject of an implementation in a fault.
 */
public class ForwardingImplementation implements Implementation {
    private final Implementation delegate;

    public ForwardingImplementation(Implementation delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The implementation calls are handed to. */
    protected final Implementation delegate() {
        return delegate;
    }

    @Override
    public Capabilities capabilities() {
        return delegate.capabilities();
    }

    @Override
    public CandidateConstraintsSubject candidateConstraints(Constraints base) {
        return delegate.candidateConstraints(base);
    }

    @Override
    public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
        return delegate.prospectiveParachains(params);
    }

    @Override
    public RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
        return delegate.runtimeAcceptance(params, genesis);
    }

    @Override
    public PipelineSubject pipeline() {
        return delegate.pipeline();
    }

    @Override
    public UnincludedSegmentSubject unincludedSegment(SegmentParams params, HeadData genesisHead) {
        return delegate.unincludedSegment(params, genesisHead);
    }

    @Override
    public CollatorSubject collator(CollatorView view) {
        return delegate.collator(view);
    }
}
