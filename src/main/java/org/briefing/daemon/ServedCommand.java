package org.briefing.daemon;

/** What a daemon does with a client's command line: runs it as the client would have, and returns its exit code. */
@FunctionalInterface
public interface ServedCommand {
    int run(Session session) throws Exception;
}
