package org.policyminer.extract;

import java.util.EnumSet;
import java.util.Set;
import org.policyminer.doc.Article;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.pipeline.Part;
import org.policyminer.pipeline.Stage;

/** Pipeline stage: fetched bytes → {@link org.policyminer.doc.Article}. */
public final class ExtractStage implements Stage {
    private final ArticleExtractor extractor;

    public ExtractStage() {
        this(new ArticleExtractor());
    }

    public ExtractStage(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Set<Part> requires() {
        return EnumSet.of(Part.FETCHED);
    }

    @Override
    public Set<Part> provides() {
        return EnumSet.of(Part.ARTICLE);
    }

    @Override
    public PolicyDoc apply(PolicyDoc doc) throws ExtractException {
        Article a = extractor.extract(doc.fetched());
        // the first cap a document can hit: nothing after extraction runs on a text over it
        DocumentLimits.checkText(a);
        return doc.withArticle(a);
    }
}
