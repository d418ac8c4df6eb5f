package org.threegaps.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.threegaps.matcher.engine.RuleBase;
import org.threegaps.matcher.engine.RuleCompiler;
import org.threegaps.matcher.RuleSource;

/**
 * Compiling the default rule set (issue #6, benchmark 4). Single shot: with no warm-up and one iteration per
 * fork, each fork measures a cold compile in a fresh JVM; with warm-up it measures the warm compile a
 * {@code Matcher.reload()} pays. BENCHMARKS.md gives both command lines.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CompileBenchmark {
    @Benchmark
    public RuleBase compileDefaultRules() {
        return RuleCompiler.compile(RuleSource.defaults());
    }
}
