package org.briefing.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefing.daemon.DaemonControl;
import org.briefing.daemon.DaemonFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code briefing daemon status|stop}: the user's warm background processes. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"The warm background processes that make later commands through the launcher fast.",
            "Each ends by itself after 15 idle minutes, or when the tool is rebuilt."},
        subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class})
final class DaemonCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "status or stop is required");
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "List the running daemons.")
    static final class Status implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Optional<DaemonFolder> folder = DaemonFolder.standard();
            List<String> daemons = folder.isEmpty() ? List.of() : DaemonControl.status(folder.get());
            var out = spec.commandLine().getOut();
            if (daemons.isEmpty()) {
                out.println("no daemon running");
            }
            daemons.forEach(status -> out.println(status.strip() + "\n"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop every daemon (each once its running command is done).")
    static final class Stop implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Optional<DaemonFolder> folder = DaemonFolder.standard();
            List<String> stopped = folder.isEmpty() ? List.of() : DaemonControl.stopAll(folder.get());
            spec.commandLine().getOut().println(stopped.isEmpty() ? "no daemon running"
                    : "stopping " + stopped.size() + (stopped.size() == 1 ? " daemon" : " daemons"));
            return ExitCodes.OK;
        }
    }
}
