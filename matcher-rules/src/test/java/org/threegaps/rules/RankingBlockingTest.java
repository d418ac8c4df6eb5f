package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * A ranking that lists only verdicts better than "not yet" leaves out-of-reach pairs unscored; it must
 * list exactly what scoring every pair and filtering lists, on the default rules and on a rule set whose
 * distance rule no longer means what blocking assumes.
 */
class RankingBlockingTest {
    private static final Matcher MATCHER = Matcher.withDefaultRules().build();
    private static final List<Candidate> CANDIDATES = new ArrayList<>();
    private static final List<Job> JOBS = new ArrayList<>();

    static {
        Random random = new Random(20_261_125L);
        for (int i = 0; i < 300; i++) {
            CANDIDATES.add(RandomModels.candidate(random, "c-" + i));
            JOBS.add(RandomModels.job(random, "j-" + i));
        }
    }

    @Test
    void jobsForACandidateAreThoseOfScoringEveryPair() {
        for (Candidate candidate : CANDIDATES.subList(0, 30)) {
            List<MatchResult> every = MATCHER.rankJobs(candidate, JOBS).all();
            for (Verdict atLeast : List.of(Verdict.AFTER_REDESIGN, Verdict.MATCH_WITH_SUPPORT, Verdict.MATCH)) {
                assertSame(MATCHER.rankJobs(candidate, JOBS).atLeast(atLeast).top(10), every, atLeast, 10,
                        MatchResult::jobId);
            }
        }
    }

    @Test
    void candidatesForAJobAreThoseOfScoringEveryPair() {
        for (Job job : JOBS.subList(0, 30)) {
            List<MatchResult> every = MATCHER.rankCandidates(job, CANDIDATES).all();
            assertSame(MATCHER.rankCandidates(job, CANDIDATES).atLeast(Verdict.AFTER_REDESIGN).all(), every,
                    Verdict.AFTER_REDESIGN, Integer.MAX_VALUE, MatchResult::candidateId);
        }
    }

    @Test
    void blockingIsNotVacuousHere() {
        OutOfReach reach = OutOfReach.of(MATCHER.ruleBase(), MATCHER.features());
        long blocked = 0;
        for (Candidate candidate : CANDIDATES.subList(0, 30)) {
            for (Job job : JOBS) {
                if (reach.blocker(MATCHER.features().profile(candidate), MATCHER.features().profile(job)) != null) {
                    blocked++;
                }
            }
        }
        assertThat(reach.offBecause()).isNull();
        assertThat(blocked).as("pairs left unscored of 30 × 300").isGreaterThan(30 * 300 / 4);
    }

    @Test
    void aDistanceRuleThatReadsOtherwiseSwitchesBlockingOffAndTheListsStayWhole() {
        // MO-01 now blocks only beyond twice the factor: pairs between 1× and 2× would be left out wrongly
        Matcher changed = withMobility(
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\"),",
                "commute.bestMinutes > commute.limitMinutes * policy.number(\"commute.unreachable.factor\") * 2,");
        assertThat(offBecause(changed))
                .startsWith("MO-01's conditions are not the ones blocking mirrors (mobility.drl:10 reads \"$p:Pair(")
                .contains("*2,!job.supports");

        OutOfReach assumed = OutOfReach.of(MATCHER.ruleBase(), MATCHER.features());
        long wronglySkipped = 0;
        for (Candidate candidate : CANDIDATES.subList(0, 30)) {
            List<MatchResult> every = changed.rankJobs(candidate, JOBS).all();
            assertSame(changed.rankJobs(candidate, JOBS).atLeast(Verdict.AFTER_REDESIGN).all(), every,
                    Verdict.AFTER_REDESIGN, Integer.MAX_VALUE, MatchResult::jobId);
            wronglySkipped += every.stream().filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN))
                    .filter(r -> assumed.blocker(changed.features().profile(candidate),
                            changed.features().profile(JOBS.get(Integer.parseInt(r.jobId().substring(2))))) != null)
                    .count();
        }
        // not vacuous: blocking as the shipped MO-01 means it would have left listed pairs out here
        assertThat(wronglySkipped).isPositive();
    }

    @Test
    void anExceptionAddedToARuleBlockingMirrorsSwitchesBlockingOff() {
        // a care job out of reach would now be scored on its other merits, so it could be listed
        Matcher changed = withMobility("    $p : Pair( commute.known, commute.bestMode == null,",
                "    $p : Pair( commute.known, commute.bestMode == null, job.sector != \"care\",");

        assertThat(offBecause(changed))
                .startsWith("MO-09's conditions are not the ones blocking mirrors");
    }

    @Test
    void layoutCommentsAndParametersDoNotSwitchBlockingOff() {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl")
                .replace("    $p : Pair( commute.known,\n", "    // reachable at all?\n    $p:Pair(commute.known,   /* known */\n")
                .replace("$p.report(kcontext, $km);", "$p.report( kcontext, $km, \"extra\" );")
                .replace("@levers(\"TRANSPORT_ARRANGEMENT DRIVING_LICENCE\")", "@levers(\"TRANSPORT_ARRANGEMENT\")");
        assertThat(mobility).contains("/* known */", "// reachable at all?", "\"extra\"");
        Matcher changed = Matcher.withRules(defaults.with("mobility.drl", mobility)
                .with("policy.properties", defaults.text("policy.properties")
                        .replaceFirst("(?m)^commute\\.unreachable\\.factor = .*$", "commute.unreachable.factor = 3"))).build();

        OutOfReach reach = OutOfReach.of(changed.ruleBase(), changed.features());
        assertThat(reach.offBecause()).isNull();
        assertThat(reach.why(OutOfReach.TOO_FAR)).contains("× 3.0");
    }

    /** @return why blocking is off for the matcher's rule set, or null when it is on */
    private static String offBecause(Matcher matcher) {
        return OutOfReach.of(matcher.ruleBase(), matcher.features()).offBecause();
    }

    /** @return a matcher on the default rules with {@code from} replaced by {@code to} in mobility.drl */
    private static Matcher withMobility(String from, String to) {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl").replace(from, to);
        assertThat(mobility).isNotEqualTo(defaults.text("mobility.drl"));
        return Matcher.withRules(defaults.with("mobility.drl", mobility)).build();
    }

    private static void assertSame(List<MatchResult> actual, List<MatchResult> every, Verdict atLeast, int n,
                                   Function<MatchResult, String> id) {
        List<String> expected = every.stream().filter(r -> r.verdict().atLeast(atLeast)).limit(n)
                .map(r -> describe(r, id)).toList();
        assertThat(actual.stream().map(r -> describe(r, id)).toList()).as("at least " + atLeast).isEqualTo(expected);
    }

    private static String describe(MatchResult r, Function<MatchResult, String> id) {
        return id.apply(r) + " " + r.verdict() + " " + r.overallScore() + " " + r.findings().stream()
                .map(f -> f.ruleId()).toList();
    }
}
