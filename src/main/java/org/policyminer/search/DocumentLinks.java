package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PolicyDocument;
import org.policyminer.index.DocumentRecordFields;

/**
 * An article's document record with its links resolved against the index: what it cites (each with the indexed
 * document of that number or title, when there is one), what cites it, and what repeals it. The rules are here once;
 * each backend only answers the two look-ups of {@link Lookup}.
 */
public record DocumentLinks(PolicyDocument document, List<Link> cites, List<Link> citedBy, List<Link> repealedBy) {

    /** One linked document: the relation, the number and title as cited (or as indexed), and the indexed article if any. */
    public record Link(String relation, String number, String title, String id, String url) {}

    /** An indexed article as the links need it; {@code document} is null for an article without a document record. */
    public record Found(String id, String url, String title, PolicyDocument document) {}

    /** As many citing documents as are listed. */
    public static final int MAX_LINKS = 100;

    /** The two questions a backend answers; both leave out the article {@code selfId}. */
    public interface Lookup {
        /** The article written first with {@code value} in the document field {@code field}, or null. */
        Found first(String field, String value, String selfId) throws IOException;

        /** The articles whose cited keys hold any of {@code keys}, best scored first, at most {@link #MAX_LINKS}. */
        List<Found> citing(Set<String> keys, String selfId) throws IOException;
    }

    public static DocumentLinks resolve(Lookup lookup, String selfId, PolicyDocument d) throws IOException {
        List<Link> cites = new ArrayList<>();
        for (Citation c : d.cites()) {
            Found target = null;
            if (c.number() != null) target = lookup.first(DocumentRecordFields.NUMBER, c.number(), selfId);
            if (target == null && c.title() != null) {
                target = lookup.first(DocumentRecordFields.TITLE_KEY, DocumentRecordFields.titleKey(c.title()), selfId);
            }
            cites.add(new Link(c.relation().label(), c.number(), c.title(), target == null ? null : target.id(),
                    target == null ? null : target.url()));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (d.number() != null) keys.add(d.number());
        if (d.title() != null) keys.add(DocumentRecordFields.titleKey(d.title()));
        List<Link> citedBy = new ArrayList<>();
        List<Link> repealedBy = new ArrayList<>();
        if (!keys.isEmpty()) {
            for (Found other : lookup.citing(keys, selfId)) {
                PolicyDocument od = other.document();
                String relation = relationTo(keys, od);
                Link l = new Link(relation, od == null ? null : od.number(), od == null ? other.title() : od.title(),
                        other.id(), other.url());
                citedBy.add(l);
                if (relation.equals("repeals")) repealedBy.add(l);
            }
        }
        return new DocumentLinks(d, cites, citedBy, repealedBy);
    }

    /** What the citing document's own record says it does to the document of {@code keys}; repeals wins. */
    private static String relationTo(Set<String> keys, PolicyDocument citing) {
        String relation = "cites";
        if (citing == null) return relation;
        for (Citation c : citing.cites()) {
            if (keys.contains(DocumentRecordFields.key(c)) || (c.title() != null && keys.contains(DocumentRecordFields.titleKey(c.title())))) {
                relation = c.relation().label();
                if (c.relation() == Citation.Relation.REPEALS) break;
            }
        }
        return relation;
    }
}
