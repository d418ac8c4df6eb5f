package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.RuleProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.support.TestRules;

/**
 * A broken rule file is refused with problems located by file and line, in words an analyst can act on.
 * Each case replaces the test rule set's core.drl with a copy that has one fault.
 */
class RuleCompilerErrorsTest {
    private static final String DRL = TestRules.source().text("core.drl");

    private static List<RuleProblem> problemsOf(String brokenDrl) {
        RuleSource broken = TestRules.source().with("core.drl", brokenDrl);
        try {
            RuleCompiler.compile(broken);
        } catch (RuleSetException e) {
            return e.problems().stream().filter(RuleProblem::isError).toList();
        }
        throw new AssertionError("the broken rule set compiled");
    }

    private static int lineOf(String text, String fragment) {
        return RuleCompiler.lineOf(text, text.indexOf(fragment));
    }

    @Test
    void theExceptionMessageListsEveryProblemWithItsLocation() {
        RuleSource broken = TestRules.source().with("core.drl", DRL.replace("test.commute.longMinutes", "nope"));

        assertThatThrownBy(() -> RuleCompiler.compile(broken)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("core.drl:" + lineOf(DRL, "test.commute.longMinutes") + ":")
                .hasMessageContaining("unknown parameter \"nope\"");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndTheLine() {
        String broken = DRL.replace("job.hourlyWage < candidate.minHourlyWage )", "job.hourlyWage < candidate.minHourlyWage");

        List<RuleProblem> problems = problemsOf(broken);

        assertThat(problems).extracting(RuleProblem::toString).containsExactly("core.drl:17:1: error: unexpected 'then' in rule "
                + "\"T-01 the wage is below what the candidate needs\": a condition is not closed; check the brackets and commas above");
    }

    @Test
    void anUnknownFieldNamesTheFieldTheTypeAndTheLine() {
        String broken = DRL.replace("candidate.car == false", "candidate.automobile == false");

        List<RuleProblem> problems = problemsOf(broken);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("core.drl");
            assertThat(p.line()).isEqualTo(lineOf(broken, "candidate.automobile"));
            assertThat(p.message()).isEqualTo("unknown field 'automobile' on Candidate in 'candidate.automobile'");
        });
    }

    @Test
    void missingMetadataNamesTheRuleAndTheTag() {
        String broken = DRL.replace("@id(\"T-04\") @gap(\"SKILL\") @area(\"test\")", "@id(\"T-04\") @area(\"test\")");

        List<RuleProblem> problems = problemsOf(broken);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("core.drl");
            assertThat(p.line()).isEqualTo(lineOf(broken, "T-04 the"));
            assertThat(p.message()).isEqualTo("rule \"T-04 the candidate's Dutch level is unknown\" has no @gap");
        });
    }

    @Test
    void anUnknownPolicyParameterNamesTheKeyAndTheLine() {
        String broken = DRL.replace("test.commute.longMinutes", "test.commute.longMinutez");

        List<RuleProblem> problems = problemsOf(broken);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("core.drl");
            assertThat(p.line()).isEqualTo(lineOf(broken, "test.commute.longMinutez"));
            // the key the file does hold is now read by no rule: the likely intended one
            assertThat(p.message()).isEqualTo("unknown parameter \"test.commute.longMinutez\": it is not in policy.properties; "
                    + "did you mean test.commute.longMinutes (policy.properties line "
                    + lineOf(TestRules.source().text("policy.properties"), "test.commute.longMinutes") + ")?");
        });
    }

    @Test
    void aRetiredVerdictThresholdIsRefusedWithWhatChangedAndItsLine() {
        String policy = TestRules.source().text("policy.properties") + "verdict.match.minGapScore = 75\n";
        RuleSource old = TestRules.source().with("policy.properties", policy);

        List<RuleProblem> problems = RuleCompiler.verify(old);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("policy.properties");
            assertThat(p.line()).isEqualTo(lineOf(policy, "verdict.match.minGapScore"));
            assertThat(p.message()).startsWith("parameter verdict.match.minGapScore is no longer read: since rule-set "
                    + "format 2 the verdict follows from the essential gaps").endsWith("delete the line (see CHANGELOG.md)");
        });
    }

    @Test
    void anEssentialRuleWithoutAReasonOrWithAnUnknownNeedIsRefused() {
        String noReason = DRL.replace("@kind(\"BLOCKER\") @reason(\"test fixture\")", "@kind(\"BLOCKER\")");
        String badNeed = DRL.replace("@needs(\"candidate.drivingLicence\")", "@needs(\"candidate.age\")");

        assertThat(problemsOf(noReason)).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("rule \"T-03 the job needs a car the candidate does not have\" finds an essential gap (BLOCKER) "
                        + "and must say why in @reason"));
        assertThat(problemsOf(badNeed)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(badNeed, "T-07 the"));
            assertThat(p.message()).startsWith("rule \"T-07 the job needs a licence the candidate does not have, and arranges "
                    + "transport in the first months\": @needs \"candidate.age\" is not a fact that can be unknown");
        });
    }
}
