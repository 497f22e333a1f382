package dev.abkit.spi;

import dev.abkit.catalog.Profile;
import dev.abkit.model.Checks;
import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.AuthoringRuntime;
import dev.abkit.reference.collator.BuildDecision;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.BuildRules;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.collator.GoAheadDecision;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundMessages;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.OutboundSelection;
import dev.abkit.reference.collator.ParentSearch;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.PotentialParent;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.reference.segment.BandwidthLimits;
import java.util.List;
import java.util.Optional;

/** The reference collator: the kit's parent search, build rules and authoring runtime behind the subject interface. */
final class ReferenceCollator implements CollatorSubject {
    private final ParentSearch search;
    private final BuildRules build;
    private final AuthoringRuntime runtime;

    ReferenceCollator(Checks checks, Profile profile, CollatorView view) {
        this.search = new ParentSearch(checks, profile, view);
        this.build = new BuildRules(checks, profile);
        this.runtime = new AuthoringRuntime(checks);
    }

    @Override
    public List<PotentialParent> potentialParents(ParentSearchParams params) {
        return search.potentialParents(params);
    }

    @Override
    public Optional<PotentialParent> buildParent(ParentSearchParams params) {
        return search.buildParent(params);
    }

    @Override
    public BuildDecision decideBuild(BuildOpportunity opportunity) {
        return build.decide(opportunity);
    }

    @Override
    public long productionIntervalMillis(SlotTiming timing) {
        return build.productionIntervalMillis(timing);
    }

    @Override
    public long waitForNextAttemptMillis(SlotTiming timing, long nowMillis, long offsetMillis) {
        return build.waitMillis(timing, nowMillis, offsetMillis);
    }

    @Override
    public int blocksPerRelaySlot(AuthoringPace pace) {
        return build.blocksPerRelaySlot(pace);
    }

    @Override
    public OutboundSelection selectOutbound(OutboundRequest request) {
        return runtime.selectOutbound(request);
    }

    @Override
    public GoAheadDecision goAhead(GoAheadSituation situation) {
        return runtime.goAhead(situation);
    }

    @Override
    public BandwidthLimits outboundLimits(MessagingState state) {
        return runtime.outboundLimits(state);
    }

    @Override
    public InboundMessages inboundToProcess(InboundRequest request) {
        return runtime.toProcess(request);
    }
}
