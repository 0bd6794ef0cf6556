package org.briefing.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything that must be the same for a daemon to run a client's command exactly as the client
 * would: the protocol, the build ({@link BuildStamp}), the Java and the daemon's JVM options, the
 * working folder (relative paths in the command line and in messages), the file-creation mask,
 * and the environment variables the tool or its JVM read (the PDF date's {@code SOURCE_DATE_EPOCH},
 * the locale, the time zone, JVM options). A client whose key differs is served by a daemon of
 * its own. The key's {@link #name()} names the daemon's files; the whole text is compared when
 * a client connects.
 */
public final class DaemonKey {
    static final int PROTOCOL = 1;
    /** The environment variables that can change what a command does or prints. */
    static final List<String> ENVIRONMENT = List.of("SOURCE_DATE_EPOCH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE",
            "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "TZ", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private final BuildStamp build;
    private final List<String> options;
    private final String text;

    private DaemonKey(BuildStamp build, List<String> options, String text) {
        this.build = build;
        this.options = List.copyOf(options);
        this.text = text;
    }

    /** This process's key, for a daemon started with the JVM {@code options}. */
    public static DaemonKey of(List<String> options) {
        BuildStamp build = BuildStamp.of(System.getProperty("java.class.path"));
        StringBuilder text = new StringBuilder("briefing daemon protocol ").append(PROTOCOL).append('\n')
                .append("java ").append(System.getProperty("java.home")).append(' ')
                .append(System.getProperty("java.vm.version")).append('\n')
                .append("options ").append(String.join(" ", options)).append('\n')
                .append("folder ").append(Path.of("").toAbsolutePath()).append('\n')
                .append("umask ").append(umask()).append('\n');
        for (String variable : ENVIRONMENT) {
            String value = System.getenv(variable);
            if (value != null) {
                text.append("env ").append(variable).append('=').append(value).append('\n');
            }
        }
        text.append(build.text());
        return new DaemonKey(build, options, text.toString());
    }

    String text() {
        return text;
    }

    /** A short name for the daemon's files, from the whole key. */
    String name() {
        long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits: a collision only means a refused handshake
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return new StringBuilder(16).append("0".repeat(16 - hex.length())).append(hex).toString();
    }

    BuildStamp build() {
        return build;
    }

    /** The daemon's JVM options. */
    List<String> options() {
        return options;
    }

    /** The mask new files are made with: the daemon must make them as the client would. */
    private static String umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return line.substring("Umask:".length()).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown, and the same unknown for client and daemon
        }
        return "unknown";
    }
}
