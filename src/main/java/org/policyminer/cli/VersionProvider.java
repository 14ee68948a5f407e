package org.policyminer.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar, so {@code --version} never drifts from the pom. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/policyminer/version.properties")) {
            if (in != null) p.load(in);
        } catch (java.io.IOException ignored) {
            // fall through to "dev"
        }
        return p.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"policyminer " + version(), "Lucene " + org.apache.lucene.util.Version.LATEST + ", HanLP portable-1.8.6, Java " + Runtime.version()};
    }
}
