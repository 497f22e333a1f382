package dev.abkit.vectors;

import java.util.ArrayList;
import java.util.List;

/**
 * The common frame of a vector source: its name and version, and the list its {@link #write()} fills with
 * {@link #add(VectorCase)} each time the cases are asked for.
 */
public abstract class CaseSource implements VectorSource {
    private final String name;
    private final int version;
    private final List<VectorCase> cases = new ArrayList<>();

    protected CaseSource(String name, int version) {
        this.name = name;
        this.version = version;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int version() {
        return version;
    }

    @Override
    public final synchronized List<VectorCase> cases() {
        cases.clear();
        write();
        return List.copyOf(cases);
    }

    /** Adds every case of the source, in order, with {@link #add(VectorCase)}. */
    protected abstract void write();

    protected final void add(VectorCase c) {
        cases.add(c);
    }
}
