package dev.abkit.reference.runtime;

import dev.abkit.catalog.Profile;

import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import java.util.List;

/** Builds runtime models and candidates for the tests: blocks get hashes and state roots derived from their number. */
final class RuntimeFixture {
    static final ParaId PARA = ParaId.of(100);
    static final ParaId OTHER = ParaId.of(200);
    static final HeadData GENESIS_HEAD = HeadData.ofLabel("g100");
    static final HeadData OTHER_GENESIS_HEAD = HeadData.ofLabel("g200");
    static final Hash32 CODE = Hash32.ofLabel("code-100");
    static final Hash32 OTHER_CODE = Hash32.ofLabel("code-200");

    final RuntimeAcceptance model;
    private long session;

    private RuntimeFixture(RuntimeParams params, RelayBlockNumber paraContext) {
        this(params, paraContext, Profile.BASELINE);
    }

    private RuntimeFixture(RuntimeParams params, RelayBlockNumber paraContext, Profile profile) {
        this.model = new RuntimeAcceptance(params, new RuntimeGenesis(RelayBlock.of(0, 0), List.of(
                new ParaGenesis(PARA, GENESIS_HEAD, CODE, paraContext),
                ParaGenesis.of(OTHER, OTHER_GENESIS_HEAD, OTHER_CODE))), Checks.unobserved(), profile);
    }

    static RuntimeFixture withProfile(Profile profile) {
        return new RuntimeFixture(RuntimeParams.ofAncestry(2), RelayBlockNumber.of(0), profile);
    }

    static RuntimeFixture withProfile(Profile profile, RuntimeParams params) {
        return new RuntimeFixture(params, RelayBlockNumber.of(0), profile);
    }

    static RuntimeFixture withAncestry(int a) {
        return new RuntimeFixture(RuntimeParams.ofAncestry(a), RelayBlockNumber.of(0));
    }

    static RuntimeFixture with(RuntimeParams params, RelayBlockNumber paraContext) {
        return new RuntimeFixture(params, paraContext);
    }

    /** Imports blocks up to and including {@code number} in the current session. */
    RuntimeFixture advanceTo(long number) {
        while (model.view().block().number().value() < number) {
            importNext(session);
        }
        return this;
    }

    /** Imports the next block as the first block of a new session and returns the step. */
    RuntimeStep newSession() {
        session++;
        return importNext(session);
    }

    private RuntimeStep importNext(long sessionIndex) {
        long next = model.view().block().number().value() + 1;
        return model.apply(new RuntimeEvent.RelayBlockImported(RelayBlock.of(next, sessionIndex)));
    }

    long current() {
        return model.view().block().number().value();
    }

    RuntimeStep back(BackedCandidate... candidates) {
        return model.apply(new RuntimeEvent.CandidatesBacked(List.of(candidates)));
    }

    RuntimeStep available(CandidateHash... candidates) {
        return model.apply(new RuntimeEvent.CandidatesAvailable(List.of(candidates)));
    }

    RuntimeStep timedOut(CandidateHash... candidates) {
        return model.apply(new RuntimeEvent.AvailabilityTimedOut(List.of(candidates)));
    }

    static RelayHash hashOf(long number) {
        return RelayBlock.of(number, 0).hash();
    }

    static HeadData head(String label) {
        return HeadData.ofLabel(label);
    }

    /** A candidate that passes every rule when backed on {@code parent} with relay parent block {@code rp}. */
    static BackedCandidate candidate(String label, ParaId para, long rp, HeadData parent, HeadData output) {
        RelayBlock relayParent = RelayBlock.of(rp, 0);
        return new BackedCandidate(CandidateHash.ofLabel(label), para, relayParent.hash(),
                new PersistedValidationData(parent, relayParent.number(), relayParent.stateRoot(),
                        RuntimeParams.ofAncestry(0).maxPovSize()),
                output, BackedCandidate.headHash(output), para.equals(PARA) ? CODE : OTHER_CODE, 0);
    }

    static BackedCandidate candidate(String label, long rp, HeadData parent, HeadData output) {
        return candidate(label, PARA, rp, parent, output);
    }
}
