package org.threegaps.matcher.testkit;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.threegaps.matcher.Matcher;

/**
 * A JUnit 5 dynamic-test factory over a folder of scenario files, so a host organisation runs its own
 * scenarios in its own CI:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.from(Matcher.withDefaultRules().build(), Path.of("src/test/scenarios"));
 * }
 * }</pre>
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /**
     * @param matcher the matcher to score with
     * @param directory the folder of scenario files, subfolders included
     * @return one dynamic test per scenario file under {@code directory}, named after the scenario
     */
    public static Stream<DynamicTest> from(Matcher matcher, Path directory) {
        ScenarioRunner runner = new ScenarioRunner(matcher);
        return ScenarioRunner.files(directory).stream().map(file -> DynamicTest.dynamicTest(
                directory.relativize(file).toString(), file.toUri(), () -> {
                    ScenarioOutcome outcome = runner.run(file);
                    if (!outcome.passed()) {
                        throw new AssertionError(outcome.report());
                    }
                }));
    }
}
