package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.RuleProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.support.TestRules;

/**
 * A missing parameter whose key is mistyped in policy.properties is reported with "did you mean …?", naming
 * the near-miss key and its line, so an analyst finds the typo without reading the whole file.
 */
class ParameterNearMissTest {
    private static final RuleSource SOURCE = TestRules.source();
    private static final String PARAMETERS = SOURCE.text(RuleSource.PARAMETERS);

    /** @return every problem (errors and warnings) of the test rule set with one edit to policy.properties */
    private static List<RuleProblem> problemsWithParameters(String from, String to) {
        assertThat(PARAMETERS).contains(from);
        return RuleCompiler.verify(SOURCE.with(RuleSource.PARAMETERS, PARAMETERS.replace(from, to)));
    }

    private static int parameterLine(String key) {
        return RuleCompiler.keyLine(PARAMETERS, key);
    }

    @Test
    void aMistypedKeyTheMatcherNeedsIsNamedAndLocated() {
        List<RuleProblem> problems = problemsWithParameters("commute.detourFactor =", "commute.detourFactr =");

        int line = parameterLine("commute.detourFactor");
        assertThat(problems).filteredOn(RuleProblem::isError).extracting(RuleProblem::toString).containsExactly(
                "policy.properties:" + line + ":1: error: parameter commute.detourFactor is missing; the matcher needs it; "
                        + "did you mean commute.detourFactr (policy.properties line " + line + ")?");
    }

    @Test
    void aMistypedKeyARuleReadsIsNamedBesideTheRuleThatReadsIt() {
        List<RuleProblem> problems = problemsWithParameters("test.commute.longMinutes =", "test.commute.longMinuts =");

        assertThat(problems).filteredOn(RuleProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("core.drl");
            assertThat(p.message()).isEqualTo("unknown parameter \"test.commute.longMinutes\": it is not in policy.properties; "
                    + "did you mean test.commute.longMinuts (policy.properties line " + parameterLine("test.commute.longMinutes") + ")?");
        });
    }

    @Test
    void theMistypedKeyIsNamedOnceNotAgainAsUnused() {
        List<RuleProblem> problems = problemsWithParameters("test.commute.longMinutes =", "test.commute.longMinuts =");

        // the error at the rule names the near miss; a second problem about the same line would be a follow-on
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("core.drl"));
    }

    @Test
    void aKeyNothingReadsIsAnErrorAtItsLine() {
        List<RuleProblem> problems = problemsWithParameters("T-05.points = 10", "T-05.points = 10\nno.such.parameter = 3");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("policy.properties");
            assertThat(p.line()).isEqualTo(parameterLine("T-05.points") + 1);
            assertThat(p.message()).isEqualTo("parameter no.such.parameter is read by no rule and not by the matcher: "
                    + "delete it, or correct the rule or key that should read it");
        });
    }

    @Test
    void aParameterOfTheWrongTypeIsRefusedWithWhereItIsRead() {
        List<RuleProblem> integer = problemsWithParameters("test.commute.longMinutes = 60", "test.commute.longMinutes = 60.5");
        List<RuleProblem> number = problemsWithParameters("commute.detourFactor = 1.3", "commute.detourFactor = two");
        List<RuleProblem> level = problemsWithParameters("language.workingLanguage.minLevel = B1",
                "language.workingLanguage.minLevel = B7");

        assertThat(integer).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(parameterLine("test.commute.longMinutes"));
            assertThat(p.message()).startsWith("parameter test.commute.longMinutes must be a whole number, was \"60.5\": core.drl:")
                    .endsWith(" reads it with policy.integer(..)");
        });
        assertThat(number).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "parameter commute.detourFactor must be a number (with a decimal point, such as 1.5), was \"two\": "
                        + "the matcher reads it with policy.number(..)"));
        assertThat(level).singleElement().satisfies(p -> assertThat(p.message()).startsWith(
                "parameter language.workingLanguage.minLevel must be a CEFR level (NONE, A1, A2, B1, B2, C1, C2), was \"B7\""));
    }

    @Test
    void aKeyInOtherLetterCaseIsANearMiss() {
        List<RuleProblem> problems = problemsWithParameters("T-05.points =", "t-05.POINTS =");

        assertThat(problems).filteredOn(RuleProblem::isError).extracting(RuleProblem::message).containsExactly(
                "parameter T-05.points is missing: rule T-05 is a penalty and needs its points; did you mean t-05.POINTS "
                        + "(policy.properties line " + parameterLine("T-05.points") + ")?");
    }

    @Test
    void aKeyAnotherRuleReadsIsNeverOfferedAsTheNearMiss() {
        // T-01.points and T-05.points are one edit from T-02.points, but they are the points of other rules
        List<RuleProblem> problems = problemsWithParameters("T-02.points = 5", "");

        assertThat(problems).filteredOn(RuleProblem::isError).extracting(RuleProblem::message).containsExactly(
                "parameter T-02.points is missing: rule T-02 is a bonus and needs its points");
    }

    @Test
    void aKeyMoreThanTwoEditsAwayIsNoNearMiss() {
        List<RuleProblem> problems = problemsWithParameters("commute.detourFactor =", "commute.detour =");

        assertThat(problems).filteredOn(RuleProblem::isError).extracting(RuleProblem::message).containsExactly(
                "parameter commute.detourFactor is missing; the matcher needs it");
    }
}
