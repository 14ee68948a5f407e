package org.policyminer.entities;

import java.util.EnumSet;
import java.util.Set;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.Part;
import org.policyminer.stage.Stage;
import org.policyminer.util.IsoDay;

/** Pipeline stage: simplified text → entity mentions (offsets into {@link PolicyDoc#analysedText()}). */
public final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;

    public EntityStage() {
        this(new EntityRecognizer());
    }

    public EntityStage(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Part> requires() {
        return EnumSet.of(Part.SIMPLIFIED);
    }

    @Override
    public Set<Part> provides() {
        return EnumSet.of(Part.ENTITIES);
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) {
        // The convert stage already simplified the text: hand both forms over instead of converting again.
        // Mentions keep the page's own surface text; offsets fit both forms.
        return doc.withEntities(recognizer.recognizeSimplified(doc.originalText(), doc.analysedText(),
                IsoDay.of(doc.article().published())));
    }
}
