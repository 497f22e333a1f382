package dev.abkit.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A signal a parachain sends after the UMP separator (an empty upward message): {@code SelectCore(CoreSelector(u8),
 * ClaimQueueOffset(u8))} with index 0 and {@code ApprovedPeer(BoundedVec<u8, 64>)} with index 1 (upstream
 * {@code UMPSignal}, 2025 and later).
 */
public sealed interface UmpSignal permits UmpSignal.SelectCore, UmpSignal.ApprovedPeer {
    /** The most bytes of an approved peer id. */
    int MAX_PEER_ID = 64;

    Bytes encode();

    record SelectCore(int coreSelector, int claimQueueOffset) implements UmpSignal {
        @Override
        public Bytes encode() {
            return Bytes.of(new ScaleWriter().u8(0).u8(coreSelector).u8(claimQueueOffset).toByteArray());
        }
    }

    record ApprovedPeer(Bytes peerId) implements UmpSignal {
        public ApprovedPeer {
            if (peerId.size() > MAX_PEER_ID) {
                throw new IllegalArgumentException("an approved peer id has at most 64 bytes but had "
                        + peerId.size());
            }
        }

        @Override
        public Bytes encode() {
            return Bytes.of(new ScaleWriter().u8(1).vec(peerId).toByteArray());
        }
    }

    /** Decodes one signal; the bytes must hold exactly one. */
    static UmpSignal decode(Bytes bytes) {
        ScaleReader in = new ScaleReader(bytes.raw());
        UmpSignal signal = decodePrefix(in);
        in.requireEnd("ump signal");
        return signal;
    }

    /**
     * The signal an element after the separator starts with, read as upstream's {@code UMPSignal::decode} reads it:
     * bytes left over after the signal are ignored; empty when the element does not start with a signal.
     */
    static Optional<UmpSignal> read(Bytes element) {
        try {
            return Optional.of(decodePrefix(new ScaleReader(element.raw())));
        } catch (ScaleException e) {
            return Optional.empty();
        }
    }

    /**
     * The elements after the first UMP separator (an empty message), which upstream reads as signals; empty when the
     * messages hold no separator.
     */
    static List<Bytes> afterSeparator(List<Bytes> upwardMessages) {
        int separator = upwardMessages.indexOf(Bytes.EMPTY);
        return separator < 0 ? List.of() : List.copyOf(upwardMessages.subList(separator + 1, upwardMessages.size()));
    }

    private static UmpSignal decodePrefix(ScaleReader in) {
        int index = in.u8("ump signal index");
        UmpSignal signal;
        if (index == 0) {
            signal = new SelectCore(in.u8("select_core.core_selector"), in.u8("select_core.claim_queue_offset"));
        } else if (index == 1) {
            Bytes peer = in.vec("approved_peer");
            if (peer.size() > MAX_PEER_ID) {
                throw new ScaleException("approved_peer: " + peer.size() + " bytes, more than " + MAX_PEER_ID);
            }
            signal = new ApprovedPeer(peer);
        } else {
            throw new ScaleException("ump signal: unknown index " + index);
        }
        return signal;
    }

    /** The upward messages: the messages, then, if there are signals, the separator and the signals. */
    static List<Bytes> withSignals(List<Bytes> messages, List<UmpSignal> signals) {
        List<Bytes> all = new ArrayList<>(messages);
        if (!signals.isEmpty()) {
            all.add(Bytes.EMPTY);
            signals.forEach(s -> all.add(s.encode()));
        }
        return all;
    }
}
