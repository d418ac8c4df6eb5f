package org.threegaps.cli;

import java.nio.file.Path;
import java.util.List;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.RuleProblem;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code matcher verify [<rules-dir>]}: compiles a rule set and checks what Drools does not (metadata,
 * parameters, message texts, what rules may read); prints every problem as {@code file:line:column}.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Compile a rules directory and check rule metadata, parameters and message texts.",
                "Every problem is printed as file:line:column: error|warning: what is wrong.",
                "Exit code 1 when the rule set has errors (or warnings, with --strict)."})
final class VerifyCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "<rules-dir>", description = "the rules directory (default: the bundled rule set)")
    Path directory;

    @Option(names = "--strict", description = "fail on warnings too (for CI)")
    boolean strict;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Texts texts = language.texts();
        RuleSource source = directory == null ? RuleSource.defaults() : Rules.read(directory, texts);
        RuleBase base = null;
        List<RuleProblem> problems;
        try {
            base = RuleCompiler.compile(source);
            problems = base.warnings();
        } catch (RuleSetException e) {
            problems = e.problems();
        }
        problems.forEach(p -> out().println(Rules.line(source, p, texts)));
        long errors = problems.stream().filter(RuleProblem::isError).count();
        long warnings = problems.size() - errors;
        if (base == null || strict && warnings > 0) {
            // never "OK" followed by a failing exit code: with --strict, warnings refuse the rule set too
            out().println(texts.get(base == null ? "verify.refused" : "verify.refusedStrict", Rules.describe(source, texts),
                    errors, warnings));
            return ExitCodes.PROBLEMS;
        }
        out().println(texts.get("verify.ok", Rules.describe(source, texts), base.catalog().rules().size(),
                source.drlFiles().size(), warnings, base.fingerprint()));
        // not a problem of the rule set, but the analyst should know rankings and the nightly run will take longer
        if (base.screen() == null) {
            out().println(texts.get("verify.screenOff"));
        }
        for (String part : base.partsNotApart()) {
            out().println(texts.get("verify.notApart." + part));
        }
        return ExitCodes.OK;
    }
}
