package org.threegaps.matcher.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threegaps.matcher.support.TestRules;

/**
 * Which rules make the engine try a job's other rosters: those whose conditions read the roster the
 * candidate would work, read from the parsed conditions. A rule's name, comments, strings and consequence do not
 * decide whether it fires.
 */
class RosterRulesTest {
    private static final String DRL = TestRules.source().text("core.drl");

    @Test
    void theTestRuleSetReadsNoRoster() {
        assertThat(RuleCompiler.compile(TestRules.source()).rosterRules()).isEmpty();
    }

    @Test
    void onlyConditionsThatReadTheRosterCount() {
        String drl = DRL
                // a name and a comment that say schedule: not a roster rule
                .replace("\"T-01 the wage is below what the candidate needs\"", "\"T-01 the wage is below what the candidate needs on any schedule\"")
                // and a string that says schedule: the conditions are parsed, not searched
                .replace("job.hourlyWage < candidate.minHourlyWage )",
                        "job.hourlyWage < candidate.minHourlyWage, job.sector != \"schedule\" ) // the schedule is not read")
                // the features' best roster, and the pair's schedule: roster rules
                .replace("dutch.buddySpeaksCandidateLanguage() )", "dutch.buddySpeaksCandidateLanguage(), features.bestRoster != null )")
                .replace("job.sector == \"delivery\" )", "job.sector == \"delivery\", schedule != null )")
                // the unknowns, some of which are derived with the roster: read as the roster
                .replace("Pair( !dutch.known(), dutch.stated )", "Pair( !dutch.known(), dutch.stated, features.unknowns.isEmpty() )");
        assertThat(drl).contains("on any schedule", "// the schedule", "!= \"schedule\"", "bestRoster", "schedule != null", "unknowns");

        RuleBase base = RuleCompiler.compile(TestRules.source().with("core.drl", drl));

        assertThat(base.rosterRules()).containsExactlyInAnyOrder("T-02", "T-03", "T-04");
    }
}
