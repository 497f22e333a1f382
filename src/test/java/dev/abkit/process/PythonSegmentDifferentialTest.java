package dev.abkit.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.segment.AuthorBlock;
import dev.abkit.reference.segment.BandwidthLimits;
import dev.abkit.reference.segment.ChannelLimits;
import dev.abkit.reference.segment.ChannelUsage;
import dev.abkit.reference.segment.IncludedHead;
import dev.abkit.reference.segment.ParaBlock;
import dev.abkit.reference.segment.RelayParentProof;
import dev.abkit.reference.segment.SegmentParams;
import dev.abkit.reference.segment.SegmentView;
import dev.abkit.reference.segment.UpgradeSignal;
import dev.abkit.reference.segment.UsedBandwidth;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.spi.UnincludedSegmentSubject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random block sequences, seeded, authored on both the reference and the independent Python segment: every outcome
 * (verdict and rule), every view and every size_after_included / can_build_upon answer must agree. Skipped when
 * {@code python3} is not on the PATH.
 */
class PythonSegmentDifferentialTest {
    private static final int SEQUENCES = 150;
    private static final int BLOCKS = 10;

    @Test
    @DisplayName("the Python segment agrees with the reference on random block sequences, every profile variant")
    void python_agrees_with_reference() {
        PythonExample.assumePython();
        List<Profile> profiles = new ArrayList<>(List.of(Profile.BASELINE));
        for (Variant v : Variant.values()) {
            if (Catalog.load().forSubject(Subject.UNINCLUDED_SEGMENT).stream()
                    .anyMatch(rule -> rule.profiles().containsKey(v))) {
                profiles.add(Profile.of(v));
            }
        }
        List<String> disagreements = new ArrayList<>();
        for (Profile profile : profiles) {
            try (ProcessImplementation python = ProcessImplementation.start(List.of("python3",
                    "implementations/python/segment.py", "--profile", profile.name()), Duration.ofSeconds(10))) {
                ReferenceImplementation reference = new ReferenceImplementation(profile, RuleProbe.NONE);
                SplittableRandom random = new SplittableRandom(20240611L + profile.name().hashCode());
                for (int s = 0; s < SEQUENCES && disagreements.size() < 5; s++) {
                    compare(profile, s, random, reference, python, disagreements);
                }
            }
        }
        assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements));
    }

    private static void compare(Profile profile, int sequence, SplittableRandom random,
            ReferenceImplementation reference, ProcessImplementation python, List<String> disagreements) {
        long[][] durations = {{6000, 6000}, {6000, 2000}, {2000, 6000}};
        long[] d = durations[random.nextInt(durations.length)];
        SegmentParams params = new SegmentParams(1 + random.nextInt(4), random.nextInt(4), d[0], d[1], profile);
        HeadData genesis = HeadData.of("0x00");
        UnincludedSegmentSubject expected = reference.unincludedSegment(params, genesis);
        UnincludedSegmentSubject actual = python.unincludedSegment(params, genesis);
        List<HeadData> heads = new ArrayList<>(List.of(genesis));
        long number = random.nextInt(3);
        long slot = number;
        String where = profile + " sequence " + sequence + " " + params;
        for (int b = 0; b < BLOCKS; b++) {
            number = Math.max(0, number + random.nextInt(-1, 3));
            slot = Math.max(0, slot + random.nextInt(-1, 3));
            HeadData head = HeadData.of(String.format("0x%02x%02x", sequence % 256, b + 1));
            RelayParentProof proof = proof(random, number, slot, heads);
            ParaBlock para = paraBlock(random, head, number, slot * d[0] / d[1]);
            // Consuming a signal the relay parent does not report is not a block the kit can express.
            AuthorBlock block = new AuthorBlock(proof, proof.upgradeSignal().isPresent() ? para
                    : new ParaBlock(head, para.used(), para.hrmpWatermark(), para.paraSlot(), false));
            Outcome want = expected.author(block);
            Outcome got = actual.author(block);
            String step = where + " block " + (b + 1) + " " + block;
            if (want.isAccepted() != got.isAccepted() || want instanceof Outcome.Rejected w
                    && got instanceof Outcome.Rejected g && !w.rule().equals(g.rule())) {
                disagreements.add("outcome: reference " + describe(want) + ", python " + describe(got) + " at " + step);
                return;
            }
            if (want.isAccepted()) {
                heads.add(head);
            }
            SegmentView wantView = expected.view();
            SegmentView gotView = actual.view();
            if (!wantView.equals(gotView)) {
                disagreements.add("view: reference " + wantView + ", python " + gotView + " at " + step);
                return;
            }
            HeadData probe = heads.get(random.nextInt(heads.size()));
            long querySlot = Math.max(0, slot + random.nextInt(-1, 2));
            int wantSize = expected.sizeAfterIncluded(probe);
            int gotSize = actual.sizeAfterIncluded(probe);
            boolean wantCan = expected.canBuildUpon(probe, querySlot);
            boolean gotCan = actual.canBuildUpon(probe, querySlot);
            if (wantSize != gotSize || wantCan != gotCan) {
                disagreements.add("queries for " + probe + " slot " + querySlot + ": reference size " + wantSize
                        + " can " + wantCan + ", python size " + gotSize + " can " + gotCan + " at " + step);
                return;
            }
        }
    }

    private static RelayParentProof proof(SplittableRandom random, long number, long slot, List<HeadData> heads) {
        int pick = random.nextInt(10);
        IncludedHead included = pick == 0 ? IncludedHead.absent()
                : pick == 1 ? IncludedHead.of(HeadData.of("0xffff"))
                : IncludedHead.of(heads.get(random.nextInt(Math.max(1, heads.size() - random.nextInt(3)))));
        UpgradeSignal signal = random.nextInt(4) == 0 ? UpgradeSignal.values()[random.nextInt(3)] : UpgradeSignal.NONE;
        BandwidthLimits limits = BandwidthLimits.ump(random.nextInt(8), random.nextInt(80));
        if (random.nextBoolean()) {
            limits = limits.withChannel(ParaId.of(2000), ChannelLimits.of(random.nextInt(6), random.nextInt(60)));
        }
        if (random.nextInt(3) == 0) {
            limits = limits.withChannel(ParaId.of(2001), ChannelLimits.of(random.nextInt(6), random.nextInt(60)));
        }
        return new RelayParentProof(RelayBlockNumber.of(number), slot, included, signal, limits);
    }

    private static ParaBlock paraBlock(SplittableRandom random, HeadData head, long number, long derivedSlot) {
        TreeMap<ParaId, ChannelUsage> hrmp = new TreeMap<>();
        if (random.nextInt(3) == 0) {
            hrmp.put(ParaId.of(2000), ChannelUsage.of(random.nextInt(3), random.nextInt(30)));
        }
        if (random.nextInt(5) == 0) {
            hrmp.put(ParaId.of(2001 + random.nextInt(2)), ChannelUsage.of(random.nextInt(3), random.nextInt(30)));
        }
        UsedBandwidth used = new UsedBandwidth(random.nextInt(3), random.nextInt(30), hrmp);
        long watermark = Math.max(0, number + random.nextInt(-3, 2));
        long paraSlot = Math.max(0, derivedSlot + (random.nextInt(4) == 0 ? random.nextInt(-1, 2) : 0));
        return new ParaBlock(head, used, RelayBlockNumber.of(watermark), paraSlot, random.nextInt(5) == 0);
    }

    private static String describe(Outcome outcome) {
        return outcome instanceof Outcome.Rejected r ? "rejected(" + r.rule() + ": " + r.detail() + ")" : "accepted";
    }
}
