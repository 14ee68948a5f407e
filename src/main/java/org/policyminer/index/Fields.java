package org.policyminer.index;

/** Field names of the index: one document per article, its monetary figures included ({@link Figures}). */
public final class Fields {
    private Fields() {}

    /** Bump when the index layout changes; an index written with another value must be rebuilt. */
    public static final int SCHEMA_VERSION = 9;  // 7: the document record (DocumentRecordFields); 8: near-duplicate groups (GROUP, COPY_*); 9: attachments (AttachmentFields)
    public static final String SCHEMA_KEY = "policyminer.schema";

    // article fields
    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TITLE = "title";          // simplified, bigram view, stored
    public static final String TITLE_WORDS = "title_w";  // simplified, word view
    public static final String BODY = "body";            // simplified, bigram view, stored
    public static final String BODY_WORDS = "body_w";    // simplified, word view
    public static final String ORIGINAL_TITLE = "title_orig";
    public static final String ORIGINAL_BODY = "body_orig";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_DAY = "published_day";
    public static final String SOURCE = "source";
    public static final String SCRIPT = "script";
    public static final String CITY = "city";
    public static final String PROVINCE = "province";
    public static final String CLUSTER = "cluster";
    public static final String YEAR = "year";
    public static final String HASH = "hash";
    public static final String ENTITIES = "entities";  // binary, see StoredEntities
    public static final String REMOVED_JSON = "removed_json";
    public static final String INDEXED_AT = "indexed_at";

    // an article's monetary figures: see Figures

    // near-duplicate groups: see CopyGroups
    public static final String GROUP = "group";                    // group id: term, stored, numeric doc value (its key)
    public static final String COPY_RANK = "copy_rank";            // doc value, smallest = the group's canonical member
    public static final String COPY_SIGNATURE = "copy_sig";        // binary doc value: article id (8 bytes) + MinHash signature
}
