package org.policyminer.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.policyminer.index.Fields;

/**
 * Sets a collection up: uploads the configset shipped in the jar ({@code /solr/policyminer/conf}: schema.xml,
 * solrconfig.xml, user-words.txt) under {@link #CONFIGSET} and creates the collection on it, through Solr's HTTP
 * APIs, so it works the same from a URL or a ZooKeeper address.
 */
public final class SolrCollections {
    private SolrCollections() {}

    /** The configset's name: a schema change gets a configset of its own, old collections keep theirs. */
    public static final String CONFIGSET = "policyminer-v" + Fields.SCHEMA_VERSION;
    /** The configset's files, as they sit under {@code /solr/policyminer/conf} on the class path. */
    public static final List<String> CONF_FILES = List.of("schema.xml", "solrconfig.xml", "user-words.txt");

    /** What {@link #init} made. */
    public record Created(String collection, String configSet, int shards, int replicas, int liveNodes) {}

    /**
     * Uploads the configset (replacing an older upload of the same name) and creates {@code collection} with
     * {@code shards} shards of {@code replicas} replicas each; fails when the collection exists already.
     */
    public static Created init(SolrClient client, String collection, int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 1) throw new IllegalArgumentException("--shards and --replicas must be at least 1");
        try {
            List<String> existing = CollectionAdminRequest.listCollections(client);
            if (existing.contains(collection)) throw new IOException("collection '" + collection + "' exists already; pick another name or delete it first");
            uploadConfigSet(client);
            // routed by the near-duplicate group, not by id: a group's copies share a shard, so one shard can fold a
            // group into one hit and the groups of a search are counted exactly by adding up the shards' counts
            CollectionAdminResponse r = CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas)
                    .setRouterField(Fields.GROUP).process(client);
            if (!r.isSuccess()) throw new IOException("creating collection '" + collection + "' failed: " + r.getErrorMessages());
            return new Created(collection, CONFIGSET, shards, replicas, liveNodes(client));
        } catch (SolrServerException e) {
            throw new IOException("Solr refused: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a collection that is not routed by near-duplicate group (one made before groups reached SolrCloud, or by
     * hand): its copies would sit on different shards, and folding them into one hit and counting groups would come
     * out wrong without a word. A collection the cluster does not know is left to the first request to report.
     */
    public static void requireGroupRouting(org.apache.solr.client.solrj.impl.CloudSolrClient client, String collection) throws IOException {
        org.apache.solr.common.cloud.DocCollection c;
        try {
            c = client.getClusterState().getCollectionOrNull(collection);
        } catch (RuntimeException e) {
            throw new IOException("SolrCloud did not describe collection '" + collection + "' (" + SolrDocumentStore.oneLine(e) + ")", e);
        }
        if (c == null) return;
        String field = c.getRouter().getRouteField(c);
        if (!Fields.GROUP.equals(field)) {
            throw new IOException("collection '" + collection + "' is routed by " + (field == null ? "id" : field) + ", not by near-duplicate group: "
                    + "make a new one with 'policyminer solr init' and ingest into it");
        }
    }

    private static int liveNodes(SolrClient client) throws SolrServerException, IOException {
        Object nodes = CollectionAdminRequest.getClusterStatus().process(client).getResponse()._get(List.of("cluster", "live_nodes"), null);
        return nodes instanceof List<?> l ? l.size() : 0;
    }

    /** Uploads the configset as a zip through the ConfigSet API (overwriting a former upload of it). */
    public static void uploadConfigSet(SolrClient client) throws IOException, SolrServerException {
        Path zip = Files.createTempFile("policyminer-configset", ".zip");
        try {
            Files.write(zip, configSetZip());
            new ConfigSetAdminRequest.Upload().setConfigSetName(CONFIGSET).setOverwrite(true).setCleanup(true)
                    .setUploadFile(zip.toFile(), "application/zip").process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** The configset's files zipped at the archive's root, as the ConfigSet API wants them. */
    static byte[] configSetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : CONF_FILES) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(confFile(f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] confFile(String name) throws IOException {
        try (InputStream in = SolrCollections.class.getResourceAsStream("/solr/policyminer/conf/" + name)) {
            if (in == null) throw new IOException("configset file /solr/policyminer/conf/" + name + " is missing from the class path");
            return in.readAllBytes();
        }
    }
}
