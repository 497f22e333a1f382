package dev.abkit.reference.prospective;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.HeadData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates kept outside the best chain (upstream {@code CandidateStorage}), indexed by hash, parent head and output
 * head. They may form any shape: trees, cycles, or candidates whose parent is unknown. Iteration follows insertion
 * order, so the model is deterministic.
 */
final class CandidateStorage {
    /** A stored candidate and its state. */
    record Entry(Candidate candidate, CandidateState state) {
        CandidateHash hash() {
            return candidate.hash();
        }
    }

    private final LinkedHashMap<CandidateHash, Entry> byHash = new LinkedHashMap<>();
    private final Map<HeadData, Set<CandidateHash>> byParent = new HashMap<>();
    private final Map<HeadData, Set<CandidateHash>> byOutput = new HashMap<>();

    /** Adds an entry; an entry whose hash is already stored is left as it is. */
    void add(Entry entry) {
        if (byHash.putIfAbsent(entry.hash(), entry) != null) {
            return;
        }
        byParent.computeIfAbsent(entry.candidate().parentHead(), h -> new LinkedHashSet<>()).add(entry.hash());
        byOutput.computeIfAbsent(entry.candidate().outputHead(), h -> new LinkedHashSet<>()).add(entry.hash());
    }

    void remove(CandidateHash hash) {
        Entry entry = byHash.remove(hash);
        if (entry == null) {
            return;
        }
        unindex(byParent, entry.candidate().parentHead(), hash);
        unindex(byOutput, entry.candidate().outputHead(), hash);
    }

    private static void unindex(Map<HeadData, Set<CandidateHash>> index, HeadData head, CandidateHash hash) {
        Set<CandidateHash> set = index.get(head);
        if (set != null) {
            set.remove(hash);
            if (set.isEmpty()) {
                index.remove(head);
            }
        }
    }

    void markBacked(CandidateHash hash) {
        Entry entry = byHash.get(hash);
        if (entry != null) {
            byHash.put(hash, new Entry(entry.candidate(), CandidateState.BACKED));
        }
    }

    boolean contains(CandidateHash hash) {
        return byHash.containsKey(hash);
    }

    Entry get(CandidateHash hash) {
        return byHash.get(hash);
    }

    /** The hashes of the stored candidates building on {@code parent}, as a snapshot. */
    List<CandidateHash> children(HeadData parent) {
        Set<CandidateHash> set = byParent.get(parent);
        return set == null ? List.of() : new ArrayList<>(set);
    }

    boolean hasParentHead(HeadData head) {
        return byParent.containsKey(head);
    }

    boolean hasOutputHead(HeadData head) {
        return byOutput.containsKey(head);
    }

    Collection<Entry> entries() {
        return byHash.values();
    }

    CandidateStorage copy() {
        CandidateStorage copy = new CandidateStorage();
        for (Entry entry : byHash.values()) {
            copy.add(entry);
        }
        return copy;
    }
}
