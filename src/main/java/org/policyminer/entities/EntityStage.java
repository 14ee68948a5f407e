package org.policyminer.entities;

import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.Part;
import org.policyminer.stage.BaseStage;
import org.policyminer.util.IsoDay;

/** Pipeline stage: simplified text → entity mentions (offsets into {@link PolicyDoc#analysedText()}). */
public final class EntityStage extends BaseStage {
    private final EntityRecognizer recognizer;

    public EntityStage() {
        this(new EntityRecognizer());
    }

    public EntityStage(EntityRecognizer recognizer) {
        super("entities", Part.SIMPLIFIED, Part.ENTITIES);
        this.recognizer = recognizer;
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) {
        // The convert stage already simplified the text: hand both forms over instead of converting again.
        // Mentions keep the page's own surface text; offsets fit both forms.
        // A Taiwan or Hong Kong paper's host names its place when its text does not (a bare 元 there is not the yuan).
        return doc.withEntities(recognizer.recognizeSimplified(doc.originalText(), doc.analysedText(),
                IsoDay.of(doc.article().published()), PlaceCurrency.ofUrl(doc.url())));
    }
}
