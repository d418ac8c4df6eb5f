package org.threegaps.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.ResultTexts;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.testkit.ScenarioOutcome;
import org.threegaps.matcher.testkit.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code matcher test <scenarios>…}: runs scenario files (see {@code docs/scenarios.md}) with the same
 * runner as the JUnit factory, reports each, and ends with {@code N passed, N failed}.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run scenario files (*.yaml, *.yml; folders are searched recursively) against a rule set.",
                "Each failure shows the expectation that broke, expected vs actual, and the findings produced.",
                "Exit code 1 when a scenario fails or none was found."})
final class TestCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "<scenarios>", description = "scenario files or folders")
    List<Path> paths;

    @Mixin
    RuleOptions rules;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Texts texts = language.texts();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserError(texts.get("input.notFound", path));
            }
            files.addAll(ScenarioRunner.files(path));
        }
        if (files.isEmpty()) {
            throw new UserError(texts.get("test.none", String.join(", ", paths.stream().map(Path::toString).toList())));
        }
        ScenarioRunner runner = new ScenarioRunner(rules.matcher(texts));
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            ScenarioOutcome outcome = runner.run(file);
            if (outcome.passed()) {
                passed++;
                out().println(texts.get("test.pass", file, outcome.name()));
            } else {
                failed++;
                report(outcome, texts);
            }
        }
        out().println(texts.get("test.summary", passed, failed));
        return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private void report(ScenarioOutcome outcome, Texts texts) {
        out().println(texts.get("test.fail", outcome.file(), outcome.name()));
        outcome.failures().forEach(f -> out().println("      - " + f));
        MatchResult result = outcome.result();
        if (result == null) {
            return;
        }
        ResultTexts words = outcome.texts();
        out().println("      " + texts.get("test.result", ResultText.verdict(result, words, texts.locale()),
                words.score(result, texts.locale()), result.score(Gap.SKILL), result.score(Gap.SEARCH), result.score(Gap.ORGANISATION)));
        out().println("      " + texts.get("test.findings"));
        if (result.findings().isEmpty()) {
            out().println("        " + texts.get("result.none"));
        }
        for (Finding f : ResultText.ordered(result)) {
            out().println("    " + ResultText.findingLine(result, f, words, texts.locale()));
        }
    }
}
