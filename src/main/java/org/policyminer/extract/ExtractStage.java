package org.policyminer.extract;

import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.Part;
import org.policyminer.stage.BaseStage;

/** Pipeline stage: fetched bytes → {@link org.policyminer.doc.Article}. */
public final class ExtractStage extends BaseStage {
    private final ArticleExtractor extractor;

    public ExtractStage() {
        this(new ArticleExtractor());
    }

    public ExtractStage(ArticleExtractor extractor) {
        super("extract", Part.FETCHED, Part.ARTICLE);
        this.extractor = extractor;
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) throws ExtractException {
        return doc.withArticle(extractor.extract(doc.fetched()));
    }
}
