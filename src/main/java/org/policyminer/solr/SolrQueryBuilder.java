package org.policyminer.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policyminer.document.DocumentNumbers;
import org.policyminer.index.AttachmentFields;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;
import org.policyminer.index.analysis.PolicyAnalyzers;
import org.policyminer.search.ParsedQuery;

/**
 * The local index's queries ({@code search.LuceneQueries}) clause for clause as Solr queries, each clause a request
 * parameter ({@code {!bool must=$q3}}, {@code {!field f=title v=$q4}}), so no user text is ever parsed as query
 * syntax. A word or phrase: its bigram phrase in title (×3) or body as a filter, scored by the body's words (each
 * once) or, when it has none, by its body bigram phrase; titles re-rank the top hits ({@link #titleRescore}).
 * Solr's {@code field} parser analyses with the schema's analyser, which gives the local views' tokens
 * (SpiFactoriesTest, SolrCloudIT); the words and the emptiness tests are computed here with the same analysers.
 */
final class SolrQueryBuilder {
    static final String TITLE_BOOST = "3";
    static final String WORDS_BOOST = "1.5";
    static final String ATTACHMENT_BOOST = "0.5";
    /**
     * The local index's {@code DocumentQueries.NUMBER_BOOST}: a word that is a document number puts the document of
     * that number first (the documents citing it match its words as well, often more of them).
     */
    static final String NUMBER_BOOST = "1000";

    private final Analyzer bigrams = PolicyAnalyzers.bigrams();
    private final Analyzer words = PolicyAnalyzers.words();
    private final ModifiableSolrParams params;
    private int next;

    SolrQueryBuilder(ModifiableSolrParams params) {
        this.params = params;
    }

    /** A new parameter holding {@code value}; returns its reference ({@code $qN}). */
    private String param(String value) {
        String name = "q" + next++;
        params.set(name, value);
        return "$" + name;
    }

    /** The article query: the text clauses and exclusions, articles only; filters go as fq beside it. */
    String articleQuery(ParsedQuery q, List<String> filterClauses) {
        List<String> clauses = new ArrayList<>();
        clauses.add("filter=" + param(SolrQueries.ARTICLES));
        for (String f : filterClauses) clauses.add("filter=" + param(f));
        for (List<String> group : q.required()) {
            if (group.size() == 1) {
                clauses.add("must=" + orNumber(group.get(0)));
            } else {
                List<String> or = new ArrayList<>();
                for (String alt : group) or.add("should=" + orNumber(alt));
                clauses.add("must=" + bool(or));
            }
        }
        for (String ex : q.excluded()) clauses.add("must_not=" + contiguous(ex));
        for (List<String> group : q.required()) {
            for (String word : group) {
                String n = DocumentNumbers.normalise(word);
                // a constant score: the lucene parser's ^= on the quoted number (a string field takes it whole)
                if (n != null) clauses.add("should=" + param(SolrQueries.term(DocumentRecordFields.NUMBER, n) + "^=" + NUMBER_BOOST));
            }
        }
        return "{!bool " + String.join(" ", clauses) + "}";
    }

    /** The word's text query; a document number also matches the document of that number (its number may be only in its table). */
    private String orNumber(String s) {
        String n = DocumentNumbers.normalise(s);
        if (n == null) return text(s);
        return bool(List.of("should=" + text(s), "should=" + param("{!term f=" + DocumentRecordFields.NUMBER + " v=" + param(n) + "}")));
    }

    private String bool(List<String> clauses) {
        return param("{!bool " + String.join(" ", clauses) + "}");
    }

    private String text(String s) {
        List<String> c = new ArrayList<>();
        c.add("filter=" + contiguous(s));
        String wb = words(Fields.BODY_WORDS, s);
        if (wb != null) c.add("should=" + wb);
        else if (!terms(bigrams, s).isEmpty()) c.add("should=" + phrase(Fields.BODY, s));
        // an article found through its attachment scores by the attachment's words, below the body's (LuceneQueries)
        String wa = words(AttachmentFields.WORDS, s);
        if (wa != null) c.add("should=" + boost(wa, ATTACHMENT_BOOST));
        return bool(c);
    }

    /** The string's words in the word view, each once, each scored on its own; null when it has none. */
    private String words(String field, String s) {
        Set<String> distinct = new LinkedHashSet<>(terms(words, s));
        if (distinct.isEmpty()) return null;
        List<String> c = new ArrayList<>();
        for (String t : distinct) c.add("should=" + param("{!term f=" + field + " v=" + param(t) + "}"));
        return c.size() == 1 ? c.get(0).substring("should=".length()) : bool(c);
    }

    private String contiguous(String s) {
        if (terms(bigrams, s).isEmpty()) {
            // no searchable characters: matches nothing, as the local MatchNoDocsQuery (ids are hex digests, never "-")
            return param("{!term f=" + Fields.ID + " v=" + param("-") + "}");
        }
        return bool(List.of("should=" + boost(phrase(Fields.TITLE, s), TITLE_BOOST), "should=" + phrase(Fields.BODY, s),
                "should=" + phrase(AttachmentFields.TEXT, s)));
    }

    /** Second-pass query for the top hits: the words in the title, as written or as whole words; null when none. */
    String titleRescore(ParsedQuery q) {
        List<String> c = new ArrayList<>();
        for (List<String> g : q.required()) {
            for (String s : g) {
                if (!terms(bigrams, s).isEmpty()) c.add("should=" + phrase(Fields.TITLE, s));
                if (!terms(words, s).isEmpty()) c.add("should=" + boost(phrase(Fields.TITLE_WORDS, s), WORDS_BOOST));
            }
        }
        return c.isEmpty() ? null : "{!bool " + String.join(" ", c) + "}";
    }

    /**
     * The string as a phrase (one term: a term query) of the field's analysed tokens. A phrase of several terms is
     * paired with its terms as term queries weighted 0: the same matches and scores, but Solr's ExactStatsCache,
     * which gathers collection-wide statistics for the terms of term queries and not for a phrase's, then has the
     * phrase's terms and field too (without them a title phrase was scored with one shard's document count: 16
     * instead of 34 titles, 4.27 instead of 5.32 on the test corpus).
     */
    private String phrase(String field, String s) {
        String phrase = param("{!field f=" + field + " v=" + param(s) + "}");
        Set<String> terms = new LinkedHashSet<>(terms(field.equals(Fields.TITLE_WORDS) || field.equals(Fields.BODY_WORDS) ? words : bigrams, s));
        if (terms.size() < 2) return phrase;
        List<String> c = new ArrayList<>();
        for (String t : terms) c.add("should=" + param("{!term f=" + field + " v=" + param(t) + "}"));
        return bool(List.of("must=" + phrase, "should=" + boost(bool(c), "0")));
    }

    private String boost(String query, String by) {
        return param("{!boost b=" + by + " v=" + query + "}");
    }

    static List<String> terms(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
