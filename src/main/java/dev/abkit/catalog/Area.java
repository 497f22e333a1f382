package dev.abkit.catalog;

import java.util.Arrays;

/**
 * The closed list of rule areas. Each area has one catalog file ({@code catalog/<code>.yaml}) and one feature
 * file; the area code is the middle part of every rule id.
 */
public enum Area {
    SYNC("Synchronous backing as the zero-parameter corner case"),
    SCOPE("Relay-parent scope and expiry"),
    SEG("Unincluded segment"),
    VEL("Block production velocity"),
    ADMIT("Candidate admission"),
    FORK("Fork choice"),
    CHAIN("Best backable chain"),
    PA("Pending availability"),
    LEAF("Leaf activation and deactivation"),
    QUERY("Queries of prospective parachains"),
    CONS("Candidate constraints"),
    RT("Runtime acceptance"),
    PIPE("Pipeline timing"),
    COL("Collator parent search and build decisions"),
    RTD("Parachain runtime decisions while a block is built");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The catalog resource that holds this area's rules. */
    public String resource() {
        return "dev/abkit/catalog/" + name().toLowerCase() + ".yaml";
    }

    public static Area fromCode(String code) {
        return Arrays.stream(values())
                .filter(a -> a.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected an area code from "
                        + Arrays.toString(values()) + " but was '" + code + "'"));
    }
}
