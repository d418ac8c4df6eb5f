package org.threegaps.matcher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.blocking.OutOfReach;
import org.threegaps.matcher.engine.RuleSource;
import org.threegaps.matcher.features.FeatureDeriver.CandidateProfile;
import org.threegaps.matcher.features.FeatureDeriver.JobProfile;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Effort;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.RedesignOption;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.result.MatchResult;

/** Blocking skips only pairs the rules certainly score "not yet", and counts each under the blocker that fires. */
class OutOfReachTest {
    private static final Matcher MATCHER = Matcher.withDefaultRules().build();
    private static final Population POPULATION = Population.random(7, 200, 200);

    @Test
    void everySkippedPairIsNotYetWithTheBlockerItWasCountedUnder() {
        Meetings meetings = meet(MATCHER, POPULATION.jobs());

        List<Batch.Request> skipped = meetings.skippedPairs();
        Map<String, Long> fired = new HashMap<>();
        List<String> notBlocked = new ArrayList<>();
        for (MatchResult result : MATCHER.batch().runAll(skipped.iterator())) {
            String blocker = result.fired(OutOfReach.TOO_FAR) ? OutOfReach.TOO_FAR : OutOfReach.NO_MODE;
            if (!OutOfReach.confirms(result, blocker)) {
                notBlocked.add(result.candidateId() + " × " + result.jobId() + ": " + result.verdict());
            }
            fired.merge(blocker, 1L, Long::sum);
        }
        assertThat(notBlocked).isEmpty();
        assertThat(fired).isEqualTo(meetings.counted);
        // not vacuous: the generated population spreads over Flanders, so many pairs are far apart
        assertThat(skipped.size()).isGreaterThan(200 * 200 / 5);
        assertThat(meetings.counted).containsKeys(OutOfReach.TOO_FAR, OutOfReach.NO_MODE);
    }

    @Test
    void everyPairIsEitherScoredOrSkippedOnce() {
        Meetings meetings = meet(MATCHER, POPULATION.jobs());

        long counted = meetings.counted.values().stream().mapToLong(Long::longValue).sum();
        assertThat(meetings.scoredPairs + counted).isEqualTo(200L * 200);
        assertThat(meetings.skippedPairs()).hasSize((int) counted);
    }

    @Test
    void aJobThatArrangesTransportMeetsEveryCandidate() {
        List<Job> arranged = with(POPULATION.jobs(), job -> job.toBuilder()
                .supports(job.supports().with(Support.TRANSPORT_ARRANGEMENT, Set.of(), 0)).build());

        assertThat(meet(MATCHER, arranged).counted).isEmpty();
    }

    @Test
    void aJobThatCouldArrangeTransportMeetsEveryCandidate() {
        // a declared option whose lever lifts MO-01 makes the verdict "after redesign", so the pair may be listed
        List<Job> couldArrange = with(POPULATION.jobs(), job -> job.toBuilder()
                .redesignOption(RedesignOption.support("shuttle", Support.TRANSPORT_ARRANGEMENT, Set.of(), Effort.MEDIUM))
                .build());

        assertThat(meet(MATCHER, couldArrange).counted).isEmpty();
    }

    @Test
    void aRuleSetWithoutTheDistanceBlockerSkipsNothing() {
        RuleSource defaults = RuleSource.defaults();
        String mobility = defaults.text("mobility.drl")
                .replaceAll("(?s)rule \"MO-01 .*?\\nend\\n", "");
        Matcher withoutMo01 = Matcher.withRules(defaults.with("mobility.drl", mobility)).build();

        assertThat(OutOfReach.of(withoutMo01.ruleBase(), withoutMo01.features()).offBecause()).contains("MO-01");
        assertThat(meet(withoutMo01, POPULATION.jobs()).counted).isEmpty();
    }

    private static List<Job> with(List<Job> jobs, UnaryOperator<Job> change) {
        return jobs.stream().map(change).toList();
    }

    private static Meetings meet(Matcher matcher, List<Job> jobs) {
        OutOfReach reach = OutOfReach.of(matcher.ruleBase(), matcher.features());
        List<JobProfile> profiles = jobs.stream().map(matcher.features()::profile).toList();
        JobIndex index = new JobIndex(profiles, reach);
        Meetings meetings = new Meetings(jobs);
        for (Candidate candidate : POPULATION.candidates()) {
            CandidateProfile profile = matcher.features().profile(candidate);
            Set<String> scored = new HashSet<>();
            index.meet(profile, job -> assertThat(scored.add(job.job().id())).as("met once").isTrue(),
                    new JobIndex.Skips() {
                        @Override
                        public void skipped(String blocker, JobProfile job) {
                            meetings.counted.merge(blocker, 1L, Long::sum);
                        }

                        @Override
                        public void skippedBeyondReach(String blocker, long pairs) {
                            meetings.counted.merge(blocker, pairs, Long::sum);
                        }
                    });
            meetings.scoredPairs += scored.size();
            meetings.scoredJobs.put(candidate, scored);
        }
        return meetings;
    }

    private static final class Meetings {
        final List<Job> jobs;
        final Map<String, Long> counted = new HashMap<>();
        final Map<Candidate, Set<String>> scoredJobs = new HashMap<>();
        long scoredPairs;

        Meetings(List<Job> jobs) {
            this.jobs = jobs;
        }

        List<Batch.Request> skippedPairs() {
            List<Batch.Request> skipped = new ArrayList<>();
            scoredJobs.forEach((candidate, scored) -> jobs.stream().filter(j -> !scored.contains(j.id()))
                    .forEach(j -> skipped.add(new Batch.Request(candidate, j))));
            return skipped;
        }
    }
}
