/**
 * A warm background process that later commands reuse: the first {@code render}, {@code batch} or
 * {@code validate} started through the launcher starts a daemon and runs in a process of its own;
 * the daemon warms up once it has ended, and the next commands hand it their command lines and
 * relay its output, exit code and signals: with its classes loaded and its code compiled, a
 * command takes a fraction of the time.
 *
 * <p>Private to the user: a Unix domain socket in a folder only the user can enter
 * ({@link org.briefing.daemon.DaemonFolder}), and the peer's user checked on every connection.
 * A daemon serves only clients of the same build, Java, options, working folder and environment
 * ({@link org.briefing.daemon.DaemonKey}), one command at a time; anything else (no daemon, a
 * busy or stale one, a folder that is not private) and the client runs the command itself, so
 * the daemon changes how fast a command is, never what it does. Depends on the JDK only; the
 * command line plugs its commands in through {@link org.briefing.daemon.ServedCommand}.
 */
package org.briefing.daemon;
