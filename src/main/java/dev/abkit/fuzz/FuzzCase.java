package dev.abkit.fuzz;

import java.util.List;

/**
 * A generated case: the generator and seed that made it (one seed reproduces one case exactly), the subject's
 * parameters and the ordered steps. It becomes a vector through {@link FindingVector}.
 */
public record FuzzCase<P, E, Q>(String generator, int version, long seed, P parameters, List<FuzzStep<E, Q>> steps) {
    public FuzzCase {
        if (generator == null || parameters == null) {
            throw new IllegalArgumentException("a fuzz case needs its generator and parameters");
        }
        steps = List.copyOf(steps);
    }

    public FuzzCase<P, E, Q> withSteps(List<FuzzStep<E, Q>> newSteps) {
        return new FuzzCase<>(generator, version, seed, parameters, newSteps);
    }

    public FuzzCase<P, E, Q> withParameters(P newParameters) {
        return new FuzzCase<>(generator, version, seed, newParameters, steps);
    }

    public int eventCount() {
        return (int) steps.stream().filter(s -> s instanceof FuzzStep.Act).count();
    }
}
