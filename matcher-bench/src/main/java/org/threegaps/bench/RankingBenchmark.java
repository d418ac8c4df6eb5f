package org.threegaps.bench;

import org.threegaps.matcher.internal.MatcherInternals;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.result.Verdict;

/**
 * Top-20 of 100,000 both ways with the full default rule set (issue #6, benchmark 3; issue 18). {@code screen=on}
 * (the default of a {@code Matcher}) screens every pair with the essential rules and fully scores only the pairs
 * that can still enter the list; {@code screen=off} fully scores every pair. The issue-18 baseline,
 * {@link #handCodedSubsetOn100kPairs}, scores 100,000 pairs with the hand-coded twelve-rule subset on one thread
 * exactly as {@code EngineOverheadBenchmark.subsetHandCoded} does, so the ratio is taken in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class RankingBenchmark {
    static final int POOL = 100_000;

    @Param({"on", "off"})
    String screen;

    private Matcher matcher;
    private HandCodedSubset java;
    private FeatureDeriver deriver;
    private Candidate candidate;
    private Job job;
    private List<Job> jobs;
    private List<Candidate> candidates;

    @Setup(Level.Trial)
    public void setUp() {
        matcher = Matcher.withDefaultRules().screen(screen.equals("on")).build();
        Matcher subset = Matcher.withRules(SubsetRules.source()).build();
        java = new HandCodedSubset(MatcherInternals.ruleBase(subset).policy());
        deriver = MatcherInternals.features(subset);
        jobs = Population.jobs(POOL, 5L);
        candidates = Population.candidates(POOL, 6L);
        candidate = candidates.get(0);
        job = jobs.get(0);
    }

    @Benchmark
    public List<MatchResult> top20JobsOf100kForOneCandidate() {
        return matcher.rankJobs(candidate, jobs).top(20);
    }

    @Benchmark
    public List<MatchResult> top20CandidatesOf100kForOneJob() {
        return matcher.rankCandidates(job, candidates).top(20);
    }

    /** The baseline of issue 18: 100,000 pairs through the hand-coded subset, one thread; not a ranking. */
    @Benchmark
    public void handCodedSubsetOn100kPairs(Blackhole hole) {
        for (int i = 0; i < POOL; i++) {
            Candidate c = candidates.get(i);
            Job j = jobs.get(i);
            hole.consume(java.evaluate(c, j, deriver.derive(c, j)));
        }
    }

    /** What a case worker lists: "after redesign" or better, so out-of-reach pairs are left unscored. */
    @Benchmark
    public List<MatchResult> top20ListableJobsOf100kForOneCandidate() {
        return matcher.rankJobs(candidate, jobs).atLeast(Verdict.AFTER_REDESIGN).top(20);
    }

    @Benchmark
    public List<MatchResult> top20ListableCandidatesOf100kForOneJob() {
        return matcher.rankCandidates(job, candidates).atLeast(Verdict.AFTER_REDESIGN).top(20);
    }
}
