package dev.abkit.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set of upstream variants an implementation targets. The baseline (no variant) is the profile described in
 * DESIGN.md: the fragment-chain node of mid-2024 with PR 6417, the 2024 parachain-system segment and the
 * relay-slot velocity hook. Written {@code baseline}, as a release name ({@code polkadot-sdk-stable2506}, see
 * {@link Releases}), as variant keys, or as release names and variant keys joined by {@code +}
 * ({@code polkadot-sdk-stable2506+expect-parent-included}).
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
        Set<Variant> variants = new HashSet<>();
        for (String token : text.split("\\+")) {
            String name = token.trim();
            if (name.equals("baseline")) {
                continue;
            }
            if (Release.isName(name)) {
                variants.addAll(Releases.bundled().get(name).profile().variants());
            } else if (Arrays.stream(Variant.values()).anyMatch(v -> v.key().equals(name))) {
                variants.add(Variant.fromKey(name));
            } else {
                throw new IllegalArgumentException("expected baseline, a release (" + String.join(", ",
                        Releases.bundled().names()) + ") or a variant key ("
                        + Arrays.stream(Variant.values()).map(Variant::key).collect(Collectors.joining(", "))
                        + ") but was '" + name + "'");
            }
        }
        return new Profile(variants);
    }

    /** The profile of these variant keys; an unknown key is an error naming it. */
    public static Profile ofVariantKeys(Collection<String> keys) {
        return new Profile(keys.stream().map(String::trim).map(Variant::fromKey).collect(Collectors.toSet()));
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
