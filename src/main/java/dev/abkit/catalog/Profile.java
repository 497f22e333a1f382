package dev.abkit.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set of upstream variants an implementation targets. The baseline (no variant) is the profile described in
 * DESIGN.md: the fragment-chain node of mid-2024 with PR 6417, the 2024 parachain-system segment and the
 * relay-slot velocity hook. Written {@code baseline} or as variant keys joined by {@code +}.
 */
public record Profile(Set<Variant> variants) {
    public static final Profile BASELINE = new Profile(Set.of());

    public Profile {
        variants = variants.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(variants));
    }

    public static Profile of(Variant... variants) {
        return new Profile(Set.of(variants));
    }

    public boolean has(Variant variant) {
        return variants.contains(variant);
    }

    public static Profile parse(String text) {
        if (text == null || text.isBlank() || text.equals("baseline")) {
            return BASELINE;
        }
        return new Profile(Arrays.stream(text.split("\\+"))
                .map(String::trim)
                .map(Variant::fromKey)
                .collect(Collectors.toSet()));
    }

    public String name() {
        if (variants.isEmpty()) {
            return "baseline";
        }
        return variants.stream().sorted().map(Variant::key).collect(Collectors.joining("+"));
    }

    @Override
    public String toString() {
        return name();
    }
}
