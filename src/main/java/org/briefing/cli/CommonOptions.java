package org.briefing.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
    @Option(names = "--verbose", description = "Show stack traces of unexpected failures.")
    boolean verbose;

    @Option(names = "--allow-fallback",
            description = "A missing translation is a warning and the default language is used, instead of an error.")
    boolean allowFallback;
}
