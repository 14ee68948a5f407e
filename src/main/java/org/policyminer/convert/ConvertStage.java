package org.policyminer.convert;

import java.util.EnumSet;
import java.util.Set;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.Part;
import org.policyminer.stage.Stage;

/** Pipeline stage: article in its own script → simplified title and body of the same length. */
public final class ConvertStage implements Stage {
    private final ScriptConverter converter;

    public ConvertStage() {
        this(new ScriptConverter());
    }

    public ConvertStage(ScriptConverter converter) {
        this.converter = converter;
    }

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public Set<Part> requires() {
        return EnumSet.of(Part.ARTICLE);
    }

    @Override
    public Set<Part> provides() {
        return EnumSet.of(Part.SIMPLIFIED);
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) {
        return doc.withSimplified(converter.convert(doc.article().title(), doc.article().text()));
    }
}
