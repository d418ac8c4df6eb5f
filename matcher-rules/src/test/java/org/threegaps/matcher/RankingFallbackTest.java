package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * The last guard of ranking blocking: if what blocking assumes and what the rules in force do ever part
 * (here: blocking read from the shipped rule set, scoring with an MO-01 that blocks only beyond twice the
 * factor), the pairs it scores as checks show it, the ranking scores every pair, and every later ranking
 * on that rule base does too. In this package to build such a mismatched engine.
 */
class RankingFallbackTest {
    @Test
    void aRankingThatFindsASkippedPairTheRulesDoNotBlockScoresEveryPairFromThenOn() {
        Random random = new Random(20_261_205L);
        List<Candidate> candidates = RandomModels.candidates(random, 200);
        List<Job> jobs = RandomModels.jobs(random, 200);
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl").replace(
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\"),",
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\") * 2,");
        Matcher rules = Matcher.withRules(defaults.with("mobility.drl", mobility)).build();
        Matcher.Engine changed = new Matcher.Engine(rules.ruleBase(), rules.features());
        Matcher.Engine mismatched = new Matcher.Engine(rules.ruleBase(), rules.features(),
                OutOfReach.of(Matcher.withDefaultRules().build().ruleBase(), rules.features()), new AtomicBoolean(true));
        assertThat(mismatched.outOfReach().offBecause()).isNull();

        for (Candidate candidate : candidates.subList(0, 20)) {
            List<MatchResult> listed = Ranking.jobsFor(mismatched, candidate, jobs, 50).atLeast(Verdict.AFTER_REDESIGN).all();
            List<MatchResult> every = Ranking.jobsFor(changed, candidate, jobs, 50).all().stream()
                    .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList();
            assertThat(listed).extracting(MatchResult::jobId).isEqualTo(every.stream().map(MatchResult::jobId).toList());
        }
        assertThat(mismatched.blockingHolds()).isFalse();
        assertThat(changed.outOfReach().offBecause()).startsWith("MO-01's conditions");
    }
}
