package org.policyminer.extract;

import org.policyminer.doc.Article;
import org.policyminer.doc.DocumentLimits;
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
        Article a = extractor.extract(doc.fetched());
        // the first cap a document can hit: nothing after extraction runs on a text over it
        DocumentLimits.checkText(a);
        return doc.withArticle(a);
    }
}
