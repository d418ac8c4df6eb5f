package org.threegaps.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.json.Json;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;

/**
 * The in-process side of the Spark comparison (issue #8): every pair of the population the Spark job ran
 * on, read from the same JSON Lines files ({@code ./matcher-spark-local generate ... --out
 * target/population}), through {@code Matcher.batch()} on 2 threads, no blocking. One shot is one whole
 * product; pairs per second = candidates × jobs ÷ the shot's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class NightlyBatchBenchmark {
    @Param("target/population")
    String population;

    @Param("2")
    int threads;

    private Batch batch;
    private List<Candidate> candidates;
    private List<Job> jobs;

    @Setup(Level.Trial)
    public void setUp() {
        batch = Matcher.withDefaultRules().build().batch().threads(threads);
        candidates = read(Path.of(population, "candidates.jsonl"), Candidate.class);
        jobs = read(Path.of(population, "jobs.jsonl"), Job.class);
    }

    @Benchmark
    public long wholeProduct(Blackhole hole) {
        return batch.run(Batch.product(candidates, jobs), hole::consume);
    }

    private static <T> List<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing; write the population first: "
                    + "./matcher-spark-local generate --candidates 2000 --jobs 2000 --out " + file.getParent());
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).map(line -> Json.read(file.toString(), line, type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
