package org.threegaps.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: the streams of its command line, so tests can capture them. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** @return standard output of this command line */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return standard error of this command line */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * @return the exit code when the command stops on a problem ({@link UserError}, unreadable input):
     *         {@link ExitCodes#PROBLEMS}; a comparing command that already gives 1 for "different" answers 2
     */
    int failureExitCode() {
        return ExitCodes.PROBLEMS;
    }
}
