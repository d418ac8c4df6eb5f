package org.threegaps.cli;

import org.threegaps.matcher.internal.MatcherInternals;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: the streams of its command line, so tests can capture them. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The messages of the rule sets this command explained with, and the language it explained in. */
    private final List<Messages> explained = new ArrayList<>(2);
    private Texts texts;

    /** @return standard output of this command line */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return standard error of this command line */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Remembers a matcher whose texts this command shows, so that after the run each code they showed
     * without a label is warned about once ({@link #warnUnlabelledCodes}).
     *
     * @return the matcher
     */
    Matcher explaining(Matcher matcher, Texts texts) {
        explained.add(MatcherInternals.ruleBase(matcher).messages());
        this.texts = texts;
        return matcher;
    }

    /**
     * Writes one line on standard error per code that a text showed as itself because the rule set's
     * vocabulary has no label for it. Called once, after the command ran.
     */
    void warnUnlabelledCodes() {
        Set<String> codes = new LinkedHashSet<>();
        explained.forEach(messages -> codes.addAll(messages.unlabelledCodes()));
        codes.forEach(code -> err().println(texts.get("vocabulary.unlabelled", code, RuleSource.VOCABULARY)));
    }

    /**
     * @return the exit code when the command stops on a problem ({@link UserError}, unreadable input):
     *         {@link ExitCodes#PROBLEMS}; a comparing command that already gives 1 for "different" answers 2
     */
    int failureExitCode() {
        return ExitCodes.PROBLEMS;
    }
}
