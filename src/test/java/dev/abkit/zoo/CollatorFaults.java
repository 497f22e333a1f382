package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.ParaId;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.BlockName;
import dev.abkit.reference.collator.BuildDecision;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.CollatorRules;
import dev.abkit.reference.collator.CollatorView;
import dev.abkit.reference.collator.EgressChannel;
import dev.abkit.reference.collator.GoAheadDecision;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundMessages;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.OutboundSelection;
import dev.abkit.reference.collator.ParaBlockInfo;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.Pending;
import dev.abkit.reference.collator.PotentialParent;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.CollatorSubject;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Faulty collators (areas COL and RTD): each the reference collator with one bug, placed in one question it answers.
 * Every bug is one a collator or runtime author could make: an off-by-one in the ancestry or the depth, a shortcut
 * taken too early or never, a limit read without the segment's usage, a comparison made strict.
 */
final class CollatorFaults {
    private static final ReferenceImplementation REFERENCE = new ReferenceImplementation();
    private static final ReferenceImplementation NO_BYPASS =
            new ReferenceImplementation(Profile.of(Variant.NO_INCLUDED_PARENT_BYPASS), RuleProbe.NONE);

    private CollatorFaults() {
    }

    static List<Fault> all() {
        return List.of(
                fault("UnknownIncludedStillAParent", CollatorRules.AB_COL_001,
                        "an included block missing from the database is still offered as the parent at depth 0",
                        c -> new Delegate(c) {
                            @Override
                            public List<PotentialParent> potentialParents(ParentSearchParams s) {
                                List<PotentialParent> found = c.potentialParents(s);
                                return found.isEmpty() ? List.of(new PotentialParent(s.included(), 0, true)) : found;
                            }
                        }),
                fault("MaxDepthZeroSearchesChildren", CollatorRules.AB_COL_002,
                        "max_depth 0 is read as 1, so the included block's children are parents too",
                        c -> new Delegate(c) {
                            @Override
                            public List<PotentialParent> potentialParents(ParentSearchParams s) {
                                return c.potentialParents(s.maxDepth() == 0 ? withDepth(s, 1) : s);
                            }
                        }),
                fault("AncestryOneBlockShort", CollatorRules.AB_COL_003,
                        "the ancestry holds ancestry_lookback relay blocks counting the target, one too few",
                        c -> new Delegate(c) {
                            @Override
                            public List<PotentialParent> potentialParents(ParentSearchParams s) {
                                return c.potentialParents(new ParentSearchParams(s.relayParent(), s.included(),
                                        s.pending(), Math.max(0, s.ancestryLookback() - 1), s.maxDepth(),
                                        s.ignoreAlternativeBranches()));
                            }
                        }),
                fault("DepthOneTooDeep", CollatorRules.AB_COL_004,
                        "children are searched while their depth is at most max_depth + 1",
                        c -> new Delegate(c) {
                            @Override
                            public List<PotentialParent> potentialParents(ParentSearchParams s) {
                                return c.potentialParents(s.maxDepth() > 0 ? withDepth(s, s.maxDepth() + 1) : s);
                            }
                        }),
                fault("AlternativeBranchesNeverIgnored", CollatorRules.AB_COL_005,
                        "ignore_alternative_branches has no effect: branches beside the pending block stay parents",
                        c -> new Delegate(c) {
                            @Override
                            public List<PotentialParent> potentialParents(ParentSearchParams s) {
                                return c.potentialParents(new ParentSearchParams(s.relayParent(), s.included(),
                                        s.pending(), s.ancestryLookback(), s.maxDepth(), false));
                            }
                        }),
                fault("UnknownPendingTreatedAsNone", CollatorRules.AB_COL_006,
                        "a pending block the collator does not know is treated as no pending block at all",
                        (c, view) -> new UnknownPendingTreatedAsNone(c, view)),
                fault("BuildsOnTheIncludedBlock", CollatorRules.AB_COL_007,
                        "the collator builds on the shallowest potential parent, the included block",
                        c -> new Delegate(c) {
                            @Override
                            public Optional<PotentialParent> buildParent(ParentSearchParams s) {
                                return c.potentialParents(s).stream().findFirst();
                            }
                        }),
                fault("BuildsWithoutSlotClaim", CollatorRules.AB_COL_008,
                        "the collator skips the slot claim and builds whenever the runtime allows it",
                        c -> new Delegate(c) {
                            @Override
                            public BuildDecision decideBuild(BuildOpportunity o) {
                                return c.decideBuild(new BuildOpportunity(o.parent(), o.included(), true,
                                        o.apiVersion(), o.paraSlot(), o.relaySlot(), o.runtimeAllows()));
                            }
                        }),
                fault("NoIncludedParentBypass", CollatorRules.AB_COL_009,
                        "the collator asks the runtime even when the parent is the included block (before PR 7205)",
                        c -> new Delegate(c) {
                            @Override
                            public BuildDecision decideBuild(BuildOpportunity o) {
                                return NO_BYPASS.collator(CollatorView.EMPTY).decideBuild(o);
                            }
                        }),
                fault("ParachainSlotForEveryVersion", CollatorRules.AB_COL_010,
                        "the runtime is asked with the parachain slot whatever the API version",
                        c -> new Delegate(c) {
                            @Override
                            public BuildDecision decideBuild(BuildOpportunity o) {
                                return c.decideBuild(new BuildOpportunity(o.parent(), o.included(), o.claimsSlot(),
                                        o.apiVersion(), o.paraSlot(), o.paraSlot(), o.runtimeAllows()));
                            }
                        }),
                fault("NoMinimumInterval", CollatorRules.AB_COL_011,
                        "the slot-based collator splits the relay slot between any number of cores, below 500 ms",
                        c -> new Delegate(c) {
                            @Override
                            public long productionIntervalMillis(SlotTiming t) {
                                long interval = c.productionIntervalMillis(t);
                                return t.cores() > 0 && interval == 500 ? t.relaySlotMillis() / t.cores() : interval;
                            }
                        }),
                fault("VelocityIgnoredByCollator", CollatorRules.AB_COL_012,
                        "the collator counts every attempt as a block, whatever the runtime's velocity",
                        c -> new Delegate(c) {
                            @Override
                            public int blocksPerRelaySlot(AuthoringPace p) {
                                return c.blocksPerRelaySlot(new AuthoringPace(p.collator(), 1000, p.timing()));
                            }
                        }),
                fault("UpwardSegmentUsageIgnored", CollatorRules.AB_RTD_001,
                        "the upward messages of the unincluded ancestors are not subtracted from the relay's room",
                        c -> new Delegate(c) {
                            @Override
                            public OutboundSelection selectOutbound(OutboundRequest r) {
                                return c.selectOutbound(new OutboundRequest(r.relayState(), new UsedBandwidth(0, 0,
                                        r.segmentUsed().hrmp()), r.maxUpwardMessagesPerCandidate(),
                                        r.maxHorizontalMessagesPerCandidate(), r.pendingUpward(),
                                        r.pendingHorizontal()));
                            }
                        }),
                fault("HorizontalSegmentUsageIgnored", CollatorRules.AB_RTD_002,
                        "a channel's status is read without the messages the unincluded ancestors sent on it",
                        c -> new Delegate(c) {
                            @Override
                            public OutboundSelection selectOutbound(OutboundRequest r) {
                                return c.selectOutbound(new OutboundRequest(r.relayState(),
                                        UsedBandwidth.ump(r.segmentUsed().umpMessages(), r.segmentUsed().umpBytes()),
                                        r.maxUpwardMessagesPerCandidate(), r.maxHorizontalMessagesPerCandidate(),
                                        r.pendingUpward(), r.pendingHorizontal()));
                            }
                        }),
                fault("UpgradeSignalActedOnTwice", CollatorRules.AB_RTD_003,
                        "the signal consumed by an unincluded ancestor is not consulted: every block acts on it again",
                        c -> new Delegate(c) {
                            @Override
                            public GoAheadDecision goAhead(GoAheadSituation s) {
                                return c.goAhead(new GoAheadSituation(s.relaySignal(), UpgradeSignal.NONE,
                                        s.pendingCode()));
                            }
                        }),
                fault("LimitsIgnoreQueuedMessages", CollatorRules.AB_RTD_004,
                        "the outbound limits per channel are its full capacity, ignoring what is queued in it",
                        c -> new Delegate(c) {
                            @Override
                            public BandwidthLimits outboundLimits(MessagingState state) {
                                TreeMap<ParaId, EgressChannel> empty = new TreeMap<>();
                                state.egressChannels().forEach((para, ch) -> empty.put(para, new EgressChannel(
                                        ch.maxCapacity(), ch.maxTotalSize(), ch.maxMessageSize(), 0, 0)));
                                return c.outboundLimits(new MessagingState(state.relayDispatchRemainingCount(),
                                        state.relayDispatchRemainingSize(), empty));
                            }
                        }),
                fault("ProcessedMessagesComparedStrictly", CollatorRules.AB_RTD_005,
                        "only messages sent before the parent's relay parent are dropped (< for <=)",
                        c -> new Delegate(c) {
                            @Override
                            public InboundMessages inboundToProcess(InboundRequest r) {
                                return c.inboundToProcess(new InboundRequest(Math.max(0,
                                        r.lastRelayChainBlockNumber() - 1), r.offered()));
                            }
                        }));
    }

    private static ParentSearchParams withDepth(ParentSearchParams s, int maxDepth) {
        return new ParentSearchParams(s.relayParent(), s.included(), s.pending(), s.ancestryLookback(), maxDepth,
                s.ignoreAlternativeBranches());
    }

    private static Fault fault(String name, RuleId rule, String description,
            Function<CollatorSubject, CollatorSubject> bug) {
        return fault(name, rule, description, (c, view) -> bug.apply(c));
    }

    private static Fault fault(String name, RuleId rule, String description,
            BiFunction<CollatorSubject, CollatorView, CollatorSubject> bug) {
        return new Fault(name, rule, description, new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", Profile.BASELINE, Set.of(Subject.COLLATOR), true);
            }

            @Override
            public CollatorSubject collator(CollatorView view) {
                return bug.apply(REFERENCE.collator(view), view);
            }
        });
    }

    /** Treats a pending block missing from the collator's view as no pending block. */
    private static final class UnknownPendingTreatedAsNone extends Delegate {
        private final Set<BlockName> known;

        UnknownPendingTreatedAsNone(CollatorSubject c, CollatorView view) {
            super(c);
            this.known = view.paraBlocks().stream().map(ParaBlockInfo::name).collect(Collectors.toSet());
        }

        @Override
        public List<PotentialParent> potentialParents(ParentSearchParams s) {
            if (s.pending() instanceof Pending.PendingBlock p && !known.contains(p.block())) {
                return reference().potentialParents(new ParentSearchParams(s.relayParent(), s.included(),
                        new Pending.NoPending(), s.ancestryLookback(), s.maxDepth(), s.ignoreAlternativeBranches()));
            }
            return reference().potentialParents(s);
        }
    }

    /** Answers every question as the reference does; a fault overrides the one it breaks. */
    private static class Delegate implements CollatorSubject {
        private final CollatorSubject reference;

        Delegate(CollatorSubject reference) {
            this.reference = reference;
        }

        CollatorSubject reference() {
            return reference;
        }

        @Override
        public List<PotentialParent> potentialParents(ParentSearchParams search) {
            return reference.potentialParents(search);
        }

        @Override
        public Optional<PotentialParent> buildParent(ParentSearchParams search) {
            return reference.buildParent(search);
        }

        @Override
        public BuildDecision decideBuild(BuildOpportunity opportunity) {
            return reference.decideBuild(opportunity);
        }

        @Override
        public long productionIntervalMillis(SlotTiming timing) {
            return reference.productionIntervalMillis(timing);
        }

        @Override
        public long waitForNextAttemptMillis(SlotTiming timing, long nowMillis, long offsetMillis) {
            return reference.waitForNextAttemptMillis(timing, nowMillis, offsetMillis);
        }

        @Override
        public int blocksPerRelaySlot(AuthoringPace pace) {
            return reference.blocksPerRelaySlot(pace);
        }

        @Override
        public OutboundSelection selectOutbound(OutboundRequest request) {
            return reference.selectOutbound(request);
        }

        @Override
        public GoAheadDecision goAhead(GoAheadSituation situation) {
            return reference.goAhead(situation);
        }

        @Override
        public BandwidthLimits outboundLimits(MessagingState state) {
            return reference.outboundLimits(state);
        }

        @Override
        public InboundMessages inboundToProcess(InboundRequest request) {
            return reference.inboundToProcess(request);
        }
    }
}
