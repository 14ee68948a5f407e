package org.policyminer.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link WebBrowserIT} with {@code serve} over a SolrCloud collection (2 shards x 2 replicas on the shared 2-node test
 * cluster) holding the same corpus: the same pages in the same headless Chromium, the same expectations, every test.
 */
@ExtendWith(SharedSolrCluster.class)
class WebBrowserOnSolrIT extends WebBrowserIT {
    /** Hides {@link WebBrowserIT#start}: the corpus goes into a collection instead of a local index. */
    @BeforeAll
    static void start() throws Exception {
        if (!Browser.installed()) {
            System.err.println("WebBrowserOnSolrIT: " + Browser.MISSING);
            return;
        }
        // JUnit runs WebBrowserIT's @BeforeAll as well (a static method of the same name does not hide it from JUnit):
        // without this, its browser and server were replaced unclosed, and a headless Chromium outlived the build
        if (browser != null) browser.close();
        if (server != null) server.close();
        server = TestServer.startOnSolr(SharedSolrCluster.client(), SharedSolrCluster.zkAddress(), SharedSolrCluster.newCollection("browser"));
        browser = Browser.start();
    }
}
