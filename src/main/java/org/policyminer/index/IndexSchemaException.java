package org.policyminer.index;

/** The index on disk was written by a different layout of PolicyMiner; says how to rebuild it. */
public final class IndexSchemaException extends java.io.IOException {
    public IndexSchemaException(String dir, String found) {
        super("the index at " + dir + " was written with schema " + found + " but this version uses schema "
                + Fields.SCHEMA_VERSION + "; rebuild it with 'policyminer ingest --rebuild --index " + dir + " <inputs>'");
    }
}
