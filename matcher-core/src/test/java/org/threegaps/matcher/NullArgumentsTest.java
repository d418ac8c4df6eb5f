package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.threegaps.matcher.internal.MatcherInternals;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.support.TestRules;

/**
 * A null argument at an entry point is refused at once, with the argument's name, rather than as a
 * NullPointerException deep in the feature derivation or the rule engine.
 */
class NullArgumentsTest {
    private static final Matcher MATCHER = Matcher.withRules(TestRules.source()).build();
    private static final Candidate CANDIDATE = Candidate.builder("c1").build();
    private static final Job JOB = Job.builder("j1").build();

    private static void refused(ThrowingCallable call, String name) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(name);
    }

    @Test
    void matchAndTraceNameTheMissingSide() {
        refused(() -> MATCHER.match(null, JOB), "candidate");
        refused(() -> MATCHER.match(CANDIDATE, null), "job");
        refused(() -> MatcherInternals.trace(MATCHER, null, JOB), "candidate");
        refused(() -> MatcherInternals.trace(MATCHER, CANDIDATE, null), "job");
    }

    @Test
    void matchAllNamesTheListOrTheElement() {
        refused(() -> MATCHER.matchAll(null, List.of(JOB)), "candidates");
        refused(() -> MATCHER.matchAll(List.of(CANDIDATE), null), "jobs");
        refused(() -> MATCHER.matchAll(Arrays.asList(CANDIDATE, null), List.of(JOB, JOB)), "candidates[1]");
        refused(() -> MATCHER.matchAll(List.of(CANDIDATE), Arrays.asList((Job) null)), "jobs[0]");
    }

    @Test
    void rankingsNameTheMissingArgument() {
        refused(() -> MATCHER.rankJobs(null, List.of(JOB)), "candidate");
        refused(() -> MATCHER.rankJobs(CANDIDATE, null), "jobs");
        refused(() -> MATCHER.rankJobs(CANDIDATE, Arrays.asList(JOB, null)), "jobs[1]");
        refused(() -> MATCHER.rankCandidates(null, List.of(CANDIDATE)), "job");
        refused(() -> MATCHER.rankCandidates(JOB, null), "candidates");
        refused(() -> MATCHER.rankJobs(CANDIDATE, List.of(JOB)).atLeast(null), "verdict");
    }

    @Test
    void adviceNamesTheMissingArgument() {
        refused(() -> MATCHER.advise(null, JOB), "candidate");
        refused(() -> MATCHER.advise(CANDIDATE, null), "job");
        refused(() -> MATCHER.adviseJob(null, List.of(CANDIDATE)), "job");
        refused(() -> MATCHER.adviseJob(JOB, null), "pool");
        refused(() -> MATCHER.adviseCandidate(null, List.of(JOB)), "candidate");
        refused(() -> MATCHER.adviseCandidate(CANDIDATE, Arrays.asList((Job) null)), "pool[0]");
    }

    @Test
    void aBatchNamesTheMissingArgumentOrTheNullPair() {
        Batch batch = MATCHER.batch();
        refused(() -> batch.run(null, result -> { }), "pairs");
        refused(() -> batch.run(Batch.product(List.of(CANDIDATE), List.of(JOB)), null), "sink");
        refused(() -> batch.runAll(null), "pairs");
        refused(() -> Batch.product(null, List.of(JOB)), "candidates");
        refused(() -> Batch.product(List.of(CANDIDATE), null), "jobs");
        refused(() -> new Batch.Request(null, JOB), "candidate");
        Iterator<Batch.Request> yieldsNull = Arrays.asList((Batch.Request) null).iterator();
        refused(() -> batch.runAll(yieldsNull), "pairs yielded null");
    }

    @Test
    void theBuilderNamesTheMissingSetting() {
        refused(() -> Matcher.withRules((Path) null), "directory");
        refused(() -> Matcher.withRules((RuleSource) null), "source");
        refused(() -> Matcher.withDefaultRules().locale(null), "locale");
        refused(() -> Matcher.withDefaultRules().commuteEstimator(null), "estimator");
    }

    @Test
    void theModelBuildersNameTheMissingId() {
        refused(() -> Candidate.builder(null), "id");
        refused(() -> Job.builder(null), "id");
    }
}
