package org.threegaps.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.threegaps.matcher.RuleFailureException;
import org.threegaps.matcher.RuleTimeoutException;
import org.threegaps.matcher.json.JsonInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into plain lines on stderr and exit code 1 (2 for {@code replay}, whose 1
 * means "different"; see {@link BaseCommand#failureExitCode()}). Analysts never see a stack trace; set the
 * environment variable {@code MATCHER_DEBUG} to get one for a bug report.
 */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof UserError user) {
            user.lines().forEach(err::println);
        } else if (e instanceof JsonInputException json) {
            err.println(json.getMessage());
        } else if (e instanceof RuleTimeoutException timeout) {
            err.println(texts(parsed).get("rule.timeout", timeout.ruleId(), timeout.candidateId(), timeout.jobId(),
                    timeout.limit().toMillis()));
        } else if (e instanceof RuleFailureException rule) {
            // a rule of the rule set in use failed on a pair: the analyst's to fix, so no "please report it"
            err.println(texts(parsed).get(rule.ruleId().equals("?") ? "rule.conditionFailed" : "rule.failed", rule.ruleId(),
                    rule.candidateId(), rule.jobId(), rule.getCause() == null ? rule.getMessage() : rule.getCause().toString()));
        } else if (e instanceof UncheckedIOException io) {
            err.println(io.getMessage() + ": " + io.getCause().getMessage());
        } else if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            err.println(e.getMessage());
        } else {
            err.println(texts(parsed).get("internal", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (System.getenv("MATCHER_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return command.getCommand() instanceof BaseCommand base ? base.failureExitCode() : ExitCodes.PROBLEMS;
    }

    /** @return the texts in the language the failing command was asked for */
    private static Texts texts(ParseResult parsed) {
        ParseResult deepest = parsed;
        while (deepest.subcommand() != null) {
            deepest = deepest.subcommand();
        }
        return Texts.of(deepest.matchedOptionValue("--lang", Language.nl));
    }
}
