package org.policyminer.document;

import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.BaseStage;
import org.policyminer.stage.Part;

/** Pipeline stage: simplified article and its page facts → {@link org.policyminer.doc.PolicyDocument}. */
public final class DocumentStage extends BaseStage {
    private final DocumentReader reader;

    public DocumentStage() {
        this(new DocumentReader());
    }

    public DocumentStage(DocumentReader reader) {
        super("document", Part.SIMPLIFIED, Part.DOCUMENT);
        this.reader = reader;
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) {
        return doc.withDocument(reader.read(doc.simplified().title(), doc.simplified().text(), doc.article().facts()));
    }
}
