package dev.abkit.fuzz;

import dev.abkit.catalog.Subject;
import dev.abkit.vectors.VectorCase;
import java.util.List;

/**
 * One distinct failure of a campaign: the first case that showed it (generator, seed), how it was found and how it
 * shrank, the replayable vector, where it was written (empty when the campaign writes nothing), and how many cases
 * failed the same way.
 *
 * @param subject the subject
 * @param generator the generator name
 * @param seed the seed of the first failing case
 * @param original the finding of the generated case
 * @param originalSteps the steps of the generated case up to the failing one
 * @param shrunk the finding of the shrunk case
 * @param vector the shrunk case as a vector
 * @param file the file it was written to, or empty
 * @param occurrences how many cases of the campaign failed with the same signature
 * @param foundAfterMillis how long after the campaign's start the first failing case was found
 * @param shrinkMillis how long shrinking took
 */
public record FuzzFailure(Subject subject, String generator, long seed, Finding original, int originalSteps,
        Finding shrunk, VectorCase vector, List<String> file, long occurrences, long foundAfterMillis,
        long shrinkMillis) {
    public FuzzFailure {
        file = List.copyOf(file);
    }

    /** The number of steps of the shrunk vector. */
    public int shrunkSteps() {
        return vector.steps().size();
    }

    FuzzFailure withOccurrences(long count) {
        return new FuzzFailure(subject, generator, seed, original, originalSteps, shrunk, vector, file, count,
                foundAfterMillis, shrinkMillis);
    }
}
