/**
 * The command line (picocli): parses arguments, calls the library, prints one line per problem
 * and maps outcomes to exit codes 0/1/2. No pipeline logic lives here.
 */
package org.briefing.cli;
