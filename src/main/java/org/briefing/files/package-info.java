/**
 * How the tool reads the files it is given and names files in messages: every input read whole
 * through one bounded read (regular files, pipes and devices alike), folders searched through
 * symbolic links with each real folder visited once, SHA-256 of what was read, and file names
 * with their control characters escaped. Depends on the JDK only; every other stage may use it.
 */
package org.briefing.files;
