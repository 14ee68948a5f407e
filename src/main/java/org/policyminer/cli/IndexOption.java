package org.policyminer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that opens the index. */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path index;
}
