package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;

/** {@link DocumentLinks.Lookup} over the local index's document terms; ties fall to the order of writing. */
record LocalDocumentLookup(IndexSearcher searcher) implements DocumentLinks.Lookup {

    @Override
    public DocumentLinks.Found first(String field, String value, String selfId) throws IOException {
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(field, value)), 2).scoreDocs) {
            Document d = searcher.getIndexReader().storedFields().document(sd.doc);
            if (!selfId.equals(d.get(Fields.ID))) return found(d);
        }
        return null;
    }

    @Override
    public List<DocumentLinks.Found> citing(Set<String> keys, String selfId) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String k : keys) any.add(new TermQuery(new Term(DocumentRecordFields.CITES, k)), Occur.SHOULD);
        List<DocumentLinks.Found> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(any.build(), DocumentLinks.MAX_LINKS).scoreDocs) {
            Document other = searcher.getIndexReader().storedFields().document(sd.doc);
            if (!selfId.equals(other.get(Fields.ID))) out.add(found(other));
        }
        return out;
    }

    private static DocumentLinks.Found found(Document d) {
        return new DocumentLinks.Found(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.TITLE), DocumentRecordFields.read(d));
    }
}
