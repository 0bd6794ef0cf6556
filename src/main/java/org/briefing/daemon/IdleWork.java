package org.briefing.daemon;

/**
 * What a daemon does while no command runs: a little at a time, so that a command that arrives
 * waits for no more than one step. Used to warm the daemon up: the code its commands run gets
 * compiled before they need it.
 */
@FunctionalInterface
public interface IdleWork {
    /** Does one step; false, having done nothing, when there is nothing left to do. */
    boolean step();
}
