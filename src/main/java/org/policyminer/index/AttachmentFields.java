package org.policyminer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.policyminer.doc.AttachmentText;
import org.policyminer.util.Json;

/**
 * The attachments of an article, indexed under it: their simplified text in the same two views as the body (bigrams
 * with positions for phrases, words with frequencies for scoring), one value per attachment, and what was read as
 * stored JSON (name, URL, type, error, simplified text, rows) so that a hit can say which attachment matched and the
 * article view can list them with their errors. Kept apart from {@link Fields} so that this part of the schema reads
 * in one place.
 */
public final class AttachmentFields {
    private AttachmentFields() {}

    public static final String TEXT = "att";          // simplified, bigram view
    public static final String WORDS = "att_w";       // simplified, word view
    public static final String JSON = "att_json";     // [AttachmentText] as read, the original text left out

    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    private static final FieldType WORDS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_TYPE.freeze();
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS_TYPE.freeze();
    }

    /** Adds the attachments' fields; an article without read attachments gets none. */
    static void add(Document d, List<AttachmentText> attachments) {
        if (attachments.isEmpty()) return;
        for (AttachmentText a : attachments) {
            if (!a.readable()) continue;
            d.add(new Field(TEXT, a.simplified(), TEXT_TYPE));
            d.add(new Field(WORDS, a.simplified(), WORDS_TYPE));
        }
        d.add(StoredText.of(JSON, storedJson(attachments)));
    }

    /** The attachments as stored (also by the SolrCloud backend): the original script is not kept. */
    public static String storedJson(List<AttachmentText> attachments) {
        // the index searches and shows the simplified form, as for the body's hits
        List<AttachmentText> stored = attachments.stream().map(a -> new AttachmentText(a.url(), a.name(), a.type(), null,
                a.simplified(), a.rows(), a.cities(), a.provinces(), a.clusters(), a.error())).toList();
        return Json.write(stored);
    }

    /** The stored attachments of a Lucene document (empty when it has none). */
    public static List<AttachmentText> read(Document d) {
        return parse(StoredText.read(d, JSON));
    }

    /** Attachments stored by {@link #storedJson} (empty for null). */
    public static List<AttachmentText> parse(String json) {
        if (json == null) return List.of();
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<AttachmentText>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored attachments: " + e.getOriginalMessage(), e);
        }
    }
}
