package org.threegaps.rules;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.threegaps.matcher.testkit.ScenarioTests;

/** Runs every persona scenario in {@code src/test/resources/scenarios} against the default rules. */
class PersonaScenariosTest extends RuleTestSupport {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> personas() {
        return ScenarioTests.from(MATCHER, SCENARIOS);
    }
}
