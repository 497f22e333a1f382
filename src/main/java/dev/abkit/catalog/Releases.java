package dev.abkit.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of release profiles ({@code releases.yaml} beside the catalog): each upstream polkadot-sdk release that
 * reads a rule differently, oldest first, exactly one of them the baseline.
 */
public final class Releases {
    static final String RESOURCE = "dev/abkit/catalog/releases.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Releases BUNDLED = load();

    private final List<Release> releases;

    Releases(List<Release> releases) {
        this.releases = List.copyOf(releases);
        if (releases.stream().filter(Release::baseline).count() != 1) {
            throw new IllegalArgumentException("expected exactly one release marked baseline in " + RESOURCE);
        }
        if (releases.stream().map(Release::name).distinct().count() != releases.size()) {
            throw new IllegalArgumentException("a release is named twice in " + RESOURCE);
        }
        Release baseline = baseline();
        if (!baseline.profile().variants().isEmpty()) {
            throw new IllegalArgumentException("the baseline release " + baseline.name() + " lists variants in "
                    + RESOURCE);
        }
    }

    /** The registry bundled with the kit. */
    public static Releases bundled() {
        return BUNDLED;
    }

    /** Every release, oldest first. */
    public List<Release> all() {
        return releases;
    }

    public Release baseline() {
        return releases.stream().filter(Release::baseline).findFirst().orElseThrow();
    }

    public Optional<Release> find(String name) {
        return releases.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The release with this name, or an error listing the names there are. */
    public Release get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("expected a release from " + names()
                + " but was '" + name + "'"));
    }

    public List<String> names() {
        return releases.stream().map(Release::name).toList();
    }

    /** The releases whose profile is exactly this one. */
    public List<Release> following(Profile profile) {
        return releases.stream().filter(r -> r.profile().equals(profile)).toList();
    }

    /** The distinct profiles of the releases, each once, in release order. */
    public List<Profile> distinctProfiles() {
        return releases.stream().map(Release::profile).distinct().toList();
    }

    private static Releases load() {
        try (InputStream in = Releases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the kit's release registry " + RESOURCE + " is missing");
            }
            File file = YAML.readValue(in, File.class);
            List<Release> list = new ArrayList<>();
            for (int i = 0; i < file.releases.size(); i++) {
                Entry e = file.releases.get(i);
                try {
                    list.add(new Release(e.name, e.date, e.commit, e.baseline, Profile.ofVariantKeys(e.variants),
                            e.prs, e.unexpressed, e.note));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(ex.getMessage() + " at releases[" + i + "] (" + RESOURCE + ")",
                            ex);
                }
            }
            return new Releases(list);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed release registry " + RESOURCE + ": " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static final class File {
        @JsonProperty(required = true)
        List<Entry> releases = List.of();
    }

    private static final class Entry {
        @JsonProperty(required = true)
        String name;

        @JsonProperty(required = true)
        String date;

        @JsonProperty
        String commit = "";

        @JsonProperty
        boolean baseline;

        @JsonProperty
        List<String> variants = List.of();

        @JsonProperty
        List<String> prs = List.of();

        @JsonProperty
        List<String> unexpressed = List.of();

        @JsonProperty
        String note = "";
    }
}
