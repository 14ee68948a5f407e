package org.policyminer.convert;

import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.Part;
import org.policyminer.stage.BaseStage;

/** Pipeline stage: article in its own script → simplified title and body of the same length. */
public final class ConvertStage extends BaseStage {
    private final ScriptConverter converter;

    public ConvertStage() {
        this(new ScriptConverter());
    }

    public ConvertStage(ScriptConverter converter) {
        super("convert", Part.ARTICLE, Part.SIMPLIFIED);
        this.converter = converter;
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) {
        return doc.withSimplified(converter.convert(doc.article().title(), doc.article().text()));
    }
}
