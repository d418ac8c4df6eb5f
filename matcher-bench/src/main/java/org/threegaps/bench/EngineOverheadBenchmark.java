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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.features.FeatureDeriver;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The rule engine's overhead (issue #6, benchmark 2): the twelve-rule subset in DRL against the same rules
 * hand-coded in Java, one thread, feature derivation included on both sides ({@link HandCodedSubsetTest}
 * proves they give the same findings). The ratio of the two scores is the price of keeping policy in DRL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngineOverheadBenchmark {
    static final int PAIRS = 10_000;

    private Matcher drl;
    private HandCodedSubset java;
    private FeatureDeriver deriver;
    private List<Candidate> candidates;
    private List<Job> jobs;

    @Setup(Level.Trial)
    public void setUp() {
        drl = Matcher.withRules(SubsetRules.source()).build();
        java = new HandCodedSubset(MatcherInternals.ruleBase(drl).policy());
        deriver = MatcherInternals.features(drl);
        candidates = Population.candidates(PAIRS, 3L);
        jobs = Population.jobs(PAIRS, 4L);
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void subsetInDrl(Blackhole hole) {
        hole.consume(drl.matchAll(candidates, jobs));
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void subsetHandCoded(Blackhole hole) {
        for (int i = 0; i < PAIRS; i++) {
            Candidate c = candidates.get(i);
            Job j = jobs.get(i);
            hole.consume(java.evaluate(c, j, deriver.derive(c, j)));
        }
    }
}
