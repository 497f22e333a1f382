package dev.abkit.zoo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every faulty implementation of the kit, grouped by subject. */
public final class Zoo {
    private Zoo() {
    }

    /** All faults, in subject order; names are unique. */
    public static List<Fault> all() {
        List<Fault> all = new ArrayList<>();
        all.addAll(SegmentFaults.all());
        all.addAll(ProspectiveFaults.all());
        all.addAll(ConstraintsFaults.all());
        all.addAll(RuntimeFaults.all());
        all.addAll(PipelineFaults.all());
        all.addAll(CollatorFaults.all());
        Set<String> names = new HashSet<>();
        for (Fault fault : all) {
            if (!names.add(fault.name())) {
                throw new IllegalStateException("two faults are named " + fault.name());
            }
        }
        return List.copyOf(all);
    }
}
