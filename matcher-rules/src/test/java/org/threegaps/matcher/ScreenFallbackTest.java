package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.threegaps.matcher.internal.MatcherInternals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.engine.Screen;
import org.threegaps.matcher.features.PairFeatures;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * The screen's run-time self-check. In the rule language the screen cannot part from full scoring: both run the
 * same essential rules on the same facts, and no rule can depend on another. So these tests screen with the
 * essential rules of another rule set (MO-01 blocking from 1.1 times the candidate's limit rather than from the
 * policy's 1.5, or regardless of the transport the job arranges), as a changed Java side would: the screen then
 * blocks pairs that full scoring does not. The sampled left-out pairs show it: the ranking falls back to full
 * scoring, lists what full scoring lists, and so do later rankings and batches on that rule set. In this package to
 * see the engine.
 */
class ScreenFallbackTest {
    private static final String MO_01 = "$p : Pair( commute.outOfReach, ";

    /** The default rules, whose MO-01 blocks from 1.1 times the candidate's limit rather than 1.5. */
    private static RuleSource stricter() {
        return withMo01("$p : Pair( commute.reachable(), commute.bestMinutes > commute.limitMinutes * 1.1, ");
    }

    private static RuleSource withMo01(String conditions) {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl");
        assertThat(mobility).contains(MO_01);
        return defaults.with("mobility.drl", mobility.replace(MO_01, conditions));
    }

    /**
     * A wrong bound for the pairs out of reach: MO-01 of the screen blocks them whatever the job arranges, so a
     * batch leaves them out on their reach alone where full scoring lists some. The sampled ones show it.
     */
    @Test
    void aBatchThatLeavesOutPairsOnTheirReachFallsBackToo() {
        RuleSource regardless = RuleSource.defaults().with("mobility.drl", RuleSource.defaults().text("mobility.drl")
                .replace("$p : Pair( commute.outOfReach, !job.supports.offers(Support.TRANSPORT_ARRANGEMENT), $c : commute )",
                        "$p : Pair( commute.outOfReach, $c : commute )"));
        assertThat(regardless.text("mobility.drl")).isNotEqualTo(RuleSource.defaults().text("mobility.drl"));
        Matcher screened = Matcher.withDefaultRules().screenFrom(regardless).screenCheck(1).build();
        assertThat(MatcherInternals.ruleBase(screened).screen().farRuleIds()).containsExactly("MO-01");
        Matcher full = Matcher.withDefaultRules().screen(false).build();
        Random random = new Random(20_261_208L);
        List<Candidate> candidates = RandomModels.candidates(random, 40);
        List<Job> jobs = RandomModels.jobs(random, 100).stream()
                .map(j -> j.toBuilder().supports(j.supports().with(Support.TRANSPORT_ARRANGEMENT, java.util.Set.of(), 0)).build()).toList();

        List<MatchResult> batch = screened.batch().threads(1).atLeast(Verdict.AFTER_REDESIGN)
                .runAll(Batch.product(candidates, jobs));
        assertThat(screened.engine().screenHolds().get()).isFalse();
        assertThat(json(screened, batch)).isEqualTo(json(full, full.batch().runAll(Batch.product(candidates, jobs)).stream()
                .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList()));
    }

    @Test
    void aLeftOutPairThatScoresBetterTurnsTheScreenOffAndTheListsStayWhole() {
        Matcher screened = Matcher.withDefaultRules().screenFrom(stricter()).screenCheck(1).build();
        Matcher full = Matcher.withDefaultRules().screen(false).build();
        Random random = new Random(20_261_206L);
        List<Candidate> candidates = RandomModels.candidates(random, 60);
        List<Job> jobs = RandomModels.jobs(random, 150);

        // the screen and the full rule set part here, and the self-check names the rule
        String named = "none";
        for (Candidate candidate : candidates) {
            named = firstContradiction(screened, candidate, jobs);
            if (!named.equals("none")) {
                break;
            }
        }
        assertThat(named).contains("MO-01");

        assertThat(screened.engine().screenHolds().get()).isTrue();
        for (Candidate candidate : candidates.subList(0, 10)) {
            assertThat(json(screened, screened.rankJobs(candidate, jobs).atLeast(Verdict.AFTER_REDESIGN).top(10)))
                    .isEqualTo(json(full, full.rankJobs(candidate, jobs).atLeast(Verdict.AFTER_REDESIGN).top(10)));
        }
        assertThat(screened.engine().screenHolds().get()).as("the screen is off for this rule set").isFalse();
        List<MatchResult> batch = screened.batch().atLeast(Verdict.AFTER_REDESIGN).runAll(Batch.product(candidates, jobs));
        assertThat(json(screened, batch)).isEqualTo(json(full, full.batch().runAll(Batch.product(candidates, jobs)).stream()
                .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList()));
    }

    @Test
    void aBatchFallsBackOnTheChunkThatShowsIt() {
        Matcher screened = Matcher.withDefaultRules().screenFrom(stricter()).screenCheck(1).build();
        Matcher full = Matcher.withDefaultRules().screen(false).build();
        Random random = new Random(20_261_207L);
        List<Candidate> candidates = RandomModels.candidates(random, 40);
        List<Job> jobs = RandomModels.jobs(random, 100);

        List<MatchResult> batch = screened.batch().threads(1).atLeast(Verdict.AFTER_REDESIGN)
                .runAll(Batch.product(candidates, jobs));
        assertThat(screened.engine().screenHolds().get()).isFalse();
        assertThat(json(screened, batch)).isEqualTo(json(full, full.batch().runAll(Batch.product(candidates, jobs)).stream()
                .filter(r -> r.verdict().atLeast(Verdict.AFTER_REDESIGN)).toList()));
    }

    private static String firstContradiction(Matcher matcher, Candidate candidate, List<Job> jobs) {
        Screen screen = MatcherInternals.ruleBase(matcher).screen();
        List<Candidate> cs = new ArrayList<>();
        List<PairFeatures> fs = new ArrayList<>();
        for (Job job : jobs) {
            cs.add(candidate);
            fs.add(MatcherInternals.features(matcher).derive(candidate, job));
        }
        List<Screen.Outcome> outcomes = screen.screen(cs, jobs, fs);
        List<MatchResult> results = matcher.matchAll(cs, jobs);
        for (int i = 0; i < jobs.size(); i++) {
            String wrong = Screen.contradiction(outcomes.get(i), results.get(i));
            if (wrong != null) {
                return wrong;
            }
        }
        return "none";
    }

    private static List<String> json(Matcher matcher, List<MatchResult> results) {
        return results.stream().map(r -> Json.write(matcher.texts().document(r, Locale.forLanguageTag("en")))).toList();
    }
}
