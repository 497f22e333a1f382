package dev.abkit.reference.collator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a collator knows when it searches for a parent: the relay chain around the relay parent and the parachain
 * blocks in its local database. Names are unique within each list.
 */
public record CollatorView(List<RelayBlockInfo> relayChain, List<ParaBlockInfo> paraBlocks) {
    /** A view with no blocks, for cases that ask only about build decisions and the runtime's choices. */
    public static final CollatorView EMPTY = new CollatorView(List.of(), List.of());

    public CollatorView {
        relayChain = List.copyOf(relayChain);
        paraBlocks = List.copyOf(paraBlocks);
        Set<BlockName> relayNames = new HashSet<>();
        for (RelayBlockInfo block : relayChain) {
            if (!relayNames.add(block.name())) {
                throw new IllegalArgumentException("expected unique relay block names but " + block.name()
                        + " is listed twice");
            }
        }
        Set<BlockName> paraNames = new HashSet<>();
        for (ParaBlockInfo block : paraBlocks) {
            if (!paraNames.add(block.name())) {
                throw new IllegalArgumentException("expected unique parachain block names but " + block.name()
                        + " is listed twice");
            }
        }
    }
}
