package org.policyminer.stage;

import java.util.EnumSet;
import java.util.Set;

/** A stage that needs one part and adds one: its name and parts are given once, the subclass writes {@link #apply}. */
public abstract class BaseStage implements Stage {
    private final String name;
    private final Set<Part> requires;
    private final Set<Part> provides;

    protected BaseStage(String name, Part requires, Part provides) {
        this.name = name;
        this.requires = EnumSet.of(requires);
        this.provides = EnumSet.of(provides);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<Part> requires() {
        return requires;
    }

    @Override
    public final Set<Part> provides() {
        return provides;
    }
}
