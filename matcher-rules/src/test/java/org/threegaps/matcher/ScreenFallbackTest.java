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
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * The screen's run-time self-check. In the rule language the screen cannot part from full scoring: both run the
 * same essential rules on the same facts, and no rule can depend on another. So these tests screen with the
 * essential rules of another rule set (MO-01 with a smaller "out of reach" factor, 1.1 instead of 1.5), as a
 * changed Java side would: the screen then blocks pairs that full scoring does not. The sampled left-out pairs show
 * it: the ranking falls back to full scoring, lists what full scoring lists, and so do later rankings and batches
 * on that rule set. In this package to see the engine.
 */
class ScreenFallbackTest {
    private static final String FACTOR = "commute.unreachable.factor = 1.5";

    /** The default rules, whose MO-01 blocks from 1.1 times the candidate's limit rather than 1.5. */
    private static RuleSource stricter() {
        RuleSource defaults = RuleSource.defaults();
        String policy = defaults.text("policy.properties");
        assertThat(policy).contains(FACTOR);
        return defaults.with("policy.properties", policy.replace(FACTOR, "commute.unreachable.factor = 1.1"));
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
