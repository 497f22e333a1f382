package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Catalog;
import dev.abkit.encoding.Blake2;
import dev.abkit.encoding.Bytes;
import dev.abkit.encoding.Receipts;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.spi.ReferenceImplementation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An implementation that computes candidate hashes from the receipts the wrong way (blake2-256 of the committed
 * receipt's bytes instead of the plain receipt's) is told it has an encoding error, with both hashes.
 */
class EncodingDiagnosisTest {
    private static final Path CASE = Path.of("vectors/prospective-parachains/chain/"
            + "chain-001-pending-counted-depth-one.yaml");

    /** The reference behind a front that names each candidate by blake2-256 of its committed receipt's bytes. */
    private static final class HashesTheCommittedBytes implements Implementation {
        private final ReferenceImplementation reference = new ReferenceImplementation();

        @Override
        public Capabilities capabilities() {
            Capabilities c = reference.capabilities();
            return new Capabilities("hashes-committed-bytes", "1", c.profile(), c.subjects(), true);
        }

        @Override
        public ProspectiveParachainsSubject prospectiveParachains(AsyncBackingParams params) {
            ProspectiveParachainsSubject inner = reference.prospectiveParachains(params);
            Map<CandidateHash, CandidateHash> own = new HashMap<>();
            return (ProspectiveParachainsSubject) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ProspectiveParachainsSubject.class}, (proxy, method, args) -> {
                        Object[] mapped = args == null ? null : args.clone();
                        for (int i = 0; mapped != null && i < mapped.length; i++) {
                            mapped[i] = ownNames(mapped[i], own);
                        }
                        try {
                            return method.invoke(inner, mapped);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static CandidateHash wrongHash(EncodedReceipt receipt) {
            return new CandidateHash(Blake2.hash(Bytes.ofHex(receipt.hex())));
        }

        private static Object ownNames(Object arg, Map<CandidateHash, CandidateHash> own) {
            if (arg instanceof Candidate c) {
                CandidateHash mine = wrongHash(c.receipt());
                own.put(c.hash(), mine);
                return new Candidate(mine, c.para(), c.relayParent(), c.validationData(), c.commitments(),
                        c.codeHash(), c.receipt());
            }
            if (arg instanceof CandidateHash h) {
                return own.getOrDefault(h, h);
            }
            if (arg instanceof ProspectiveEvent.ActivateLeaf a) {
                Map<dev.abkit.model.ParaId, BackingState> paras = new TreeMap<>();
                a.paras().forEach((para, state) -> paras.put(para, new BackingState(state.constraints(),
                        state.pendingAvailability().stream().map(p -> {
                            CandidateHash mine = wrongHash(p.receipt());
                            own.put(p.hash(), mine);
                            return new PendingCandidate(mine, p.relayParent(), p.commitments(), p.codeHash(),
                                    p.maxPovSize(), p.receipt());
                        }).toList())));
                return ProspectiveEvent.ActivateLeaf.of(a.leaf(), a.ancestors(), paras);
            }
            return arg;
        }
    }

    @Test
    void a_hash_computed_the_wrong_way_is_named_an_encoding_error_with_both_values() {
        VectorCase c = VectorRepository.file(CASE);
        CaseResult result = new VectorRunner(new HashesTheCommittedBytes(), Catalog.load()).run(c);
        assertEquals(CaseResult.Status.FAILED, result.status(), result.message());
        String vectorHash = "0x012d3cf5ed7b316d0b192f038b9e56444d9176e37f95897fe0b0c39fb27b8ad2";
        EncodedReceipt receipt = c.steps().get(0) instanceof Step.Event e ? new EncodedReceipt(e.event()
                .findValue("pending_availability").get(0).get("receipt").asText()) : null;
        assertEquals(vectorHash, Receipts.candidateHash(receipt).hex(), "the sample's first pending candidate");
        String wrong = HashesTheCommittedBytes.wrongHash(receipt).hash().hex();
        assertTrue(result.message().contains("encoding error")
                && result.message().contains("the vector's receipt hashes to " + vectorHash
                        + " but the implementation computed " + wrong), result.message());
    }

    @Test
    void a_protocol_error_with_the_vectors_own_hashes_is_no_encoding_error() {
        VectorCase c = VectorRepository.file(Path.of("vectors/prospective-parachains/admit/"
                + "admit-006-ump-usage-summed-along-chain.yaml"));
        String text = c.steps().toString();
        assertTrue(text.contains("receipt"), "a case with receipts");
        assertFalse(EncodingDiagnosis.of(c, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                .add(c.steps().get(1) instanceof Step.Event e ? e.event().get("candidate").get("hash").asText() : ""),
                java.util.List.of()).isPresent());
    }
}
