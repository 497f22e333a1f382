package dev.abkit.conformance;

import dev.abkit.spi.Capabilities;
import java.util.List;

/**
 * What a verification run checked, with what: enough to reproduce it and to tell two runs apart.
 *
 * @param kitVersion the kit's version
 * @param implementationName the implementation's declared name
 * @param implementationVersion the implementation's declared version
 * @param implementationOrigin how it was plugged in: {@code embedded reference}, {@code class <name>}, ...
 * @param protocolVersion the wire protocol version of an out-of-process implementation; empty in process
 * @param profile the profile the implementation targets
 * @param subjects the subjects it provides
 * @param reportsReasons whether its rejections name the rule
 * @param vectorSha256 the SHA-256 of the vector set (see {@link dev.abkit.vectors.VectorSet})
 * @param vectorCount how many vectors the set holds
 * @param vectorOrigin where the vectors were read from
 * @param featureOrigin where the features were read from
 * @param selection which cases were selected
 * @param seeds the seeds of generated cases; empty when there are none
 * @param started when the run started, ISO-8601 UTC
 */
public record RunProvenance(
        String kitVersion,
        String implementationName,
        String implementationVersion,
        String implementationOrigin,
        String protocolVersion,
        String profile,
        List<String> subjects,
        boolean reportsReasons,
        String vectorSha256,
        int vectorCount,
        String vectorOrigin,
        String featureOrigin,
        String selection,
        List<Long> seeds,
        String started) {
    public RunProvenance {
        subjects = List.copyOf(subjects);
        seeds = List.copyOf(seeds);
    }

    /** The provenance of a run of which only the implementation's capabilities are known. */
    public static RunProvenance of(Capabilities capabilities) {
        return new RunProvenance(Kit.version(), capabilities.name(), capabilities.version(), "", "",
                capabilities.profile().name(), capabilities.subjects().stream().map(s -> s.key()).toList(),
                capabilities.reportsReasons(), "", 0, "", "", "all", List.of(), "");
    }
}
