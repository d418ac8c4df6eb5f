package org.threegaps.matcher.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threegaps.matcher.support.TestRules;

/**
 * Which rules judge a roster, so that what they find holds for that roster only and their penalties and blockers
 * make the engine weigh a job's other rosters: those with a pattern over the session's {@code RosterFit} facts, at
 * any depth, read from the parsed conditions. A rule's name, comments, strings and consequence do not count.
 */
class RosterRulesTest {
    private static final String DRL = TestRules.source().text("core.drl");

    @Test
    void theTestRuleSetReadsNoRoster() {
        assertThat(RuleCompiler.compile(TestRules.source()).rosterRules()).isEmpty();
    }

    @Test
    void onlyPatternsOverARosterCount() {
        String drl = DRL
                .replace("import org.threegaps.matcher.features.Pair;",
                        "import org.threegaps.matcher.features.Pair;\nimport org.threegaps.matcher.features.RosterFit;")
                // a name and a comment that say RosterFit: not a roster rule
                .replace("\"T-01 the wage is below what the candidate needs\"", "\"T-01 the wage is below what the candidate needs on any RosterFit\"")
                // and a string that says RosterFit: the conditions are parsed, not searched
                .replace("job.hourlyWage < candidate.minHourlyWage )",
                        "job.hourlyWage < candidate.minHourlyWage, job.sector != \"RosterFit\" ) // no RosterFit is read")
                // a roster joined on the pair, one bound from it, and one under not: roster rules
                .replace("dutch.buddySpeaksCandidateLanguage() )", "dutch.buddySpeaksCandidateLanguage() )\n    RosterFit( pair == $p, nightMinutes == 0 )")
                .replace("$p : Pair( candidate.car == false, job.sector == \"delivery\" )",
                        "RosterFit( $p : pair, pair.candidate.car == false, pair.job.sector == \"delivery\" )")
                .replace("$p : Pair( !dutch.known(), dutch.stated )", "$p : Pair( !dutch.known(), dutch.stated )\n    not RosterFit( pair == $p, weekendMinutes > 0 )");
        assertThat(drl).contains("on any RosterFit", "// no RosterFit", "!= \"RosterFit\"", "RosterFit( pair == $p, night",
                "RosterFit( $p : pair", "not RosterFit");

        RuleBase base = RuleCompiler.compile(TestRules.source().with("core.drl", drl));

        assertThat(base.rosterRules()).containsExactlyInAnyOrder("T-02", "T-03", "T-04");
    }
}
