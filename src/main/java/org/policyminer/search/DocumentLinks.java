package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;

/**
 * An article's document record with its links resolved against the index: what it cites (each with the indexed
 * document of that number or title, when there is one), what cites it, and what repeals it.
 */
public record DocumentLinks(PolicyDocument document, List<Link> cites, List<Link> citedBy, List<Link> repealedBy) {

    /** One linked document: the relation, the number and title as cited (or as indexed), and the indexed article if any. */
    public record Link(String relation, String number, String title, String id, String url) {}

    private static final int MAX_LINKS = 100;

    static DocumentLinks resolve(IndexSearcher s, String selfId, PolicyDocument d) throws IOException {
        List<Link> cites = new ArrayList<>();
        for (Citation c : d.cites()) {
            Document target = null;
            if (c.number() != null) target = first(s, new TermQuery(new Term(DocumentRecordFields.NUMBER, c.number())), selfId);
            if (target == null && c.title() != null) {
                target = first(s, new TermQuery(new Term(DocumentRecordFields.TITLE_KEY, DocumentRecordFields.titleKey(c.title()))), selfId);
            }
            cites.add(new Link(c.relation().label(), c.number(), c.title(), target == null ? null : target.get(Fields.ID),
                    target == null ? null : target.get(Fields.URL)));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (d.number() != null) keys.add(d.number());
        if (d.title() != null) keys.add(DocumentRecordFields.titleKey(d.title()));
        List<Link> citedBy = new ArrayList<>();
        List<Link> repealedBy = new ArrayList<>();
        if (!keys.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String k : keys) any.add(new TermQuery(new Term(DocumentRecordFields.CITES, k)), Occur.SHOULD);
            for (ScoreDoc sd : s.search(any.build(), MAX_LINKS).scoreDocs) {
                Document other = s.getIndexReader().storedFields().document(sd.doc);
                if (selfId.equals(other.get(Fields.ID))) continue;
                PolicyDocument od = DocumentRecordFields.read(other);
                String relation = "cites";
                if (od != null) {
                    for (Citation c : od.cites()) {
                        if (keys.contains(DocumentRecordFields.key(c)) || (c.title() != null && keys.contains(DocumentRecordFields.titleKey(c.title())))) {
                            relation = c.relation().label();
                            if (c.relation() == Citation.Relation.REPEALS) break;
                        }
                    }
                }
                Link l = new Link(relation, od == null ? null : od.number(), od == null ? other.get(Fields.TITLE) : od.title(),
                        other.get(Fields.ID), other.get(Fields.URL));
                citedBy.add(l);
                if (relation.equals("repeals")) repealedBy.add(l);
            }
        }
        return new DocumentLinks(d, cites, citedBy, repealedBy);
    }

    private static Document first(IndexSearcher s, Query q, String selfId) throws IOException {
        for (ScoreDoc sd : s.search(q, 2).scoreDocs) {
            Document d = s.getIndexReader().storedFields().document(sd.doc);
            if (!selfId.equals(d.get(Fields.ID))) return d;
        }
        return null;
    }
}
