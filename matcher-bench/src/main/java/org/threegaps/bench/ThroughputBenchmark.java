package org.threegaps.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.result.Verdict;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * Pairs per second with the full default rule set: feature derivation, all rules and the findings, through
 * the streaming batch on 1 and 2 threads (issue #6, benchmark 1). Texts are not rendered: a result renders
 * its explanation only when asked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ThroughputBenchmark {
    static final int PAIRS = 20_000;

    @Param({"1", "2"})
    int threads;

    private Batch batch;
    private List<Candidate> candidates;
    private List<Job> jobs;

    @Setup(Level.Trial)
    public void setUp() {
        batch = Matcher.withDefaultRules().build().batch().threads(threads);
        candidates = Population.candidates(200, 1L);
        jobs = Population.jobs(100, 2L);
    }

    /**
     * As {@link #fullRuleSet}, through a batch {@code atLeast(AFTER_REDESIGN)}: every pair screened by the
     * essential rules, only those that can be "after redesign" or better fully scored (issue 18). Pairs per second
     * counts every pair of the product, scored or left out.
     */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long screenedAfterRedesign(Blackhole hole) {
        return batch.atLeast(Verdict.AFTER_REDESIGN).run(Batch.product(candidates, jobs), hole::consume, hole::consume);
    }

    /** 200 candidates × 100 jobs per invocation; the score is pairs per second. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public long fullRuleSet(Blackhole hole) {
        return batch.run(Batch.product(candidates, jobs), hole::consume);
    }
}
