package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.internal.concurrent.ExecutorProviderFactory;
import org.slf4j.LoggerFactory;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.testkit.generate.RandomModels;

/**
 * Drools compiles a condition to bytecode after it has run 20 times; one it cannot compile (such as a
 * chain through a value that is null on the pair at hand, {@code dutch.candidate.atLeast(..)}) is
 * interpreted on every pair from then on, far slower, with only a warning in the log. Every condition of
 * the shipped rules must compile, whatever the pairs it first meets.
 */
class ConstraintJittingTest {
    @Test
    void everyConditionOfTheShippedRulesCompilesToBytecode() {
        Random random = new Random(20_261_206L);
        List<Candidate> candidates = RandomModels.candidates(random, 300);
        List<Job> jobs = RandomModels.jobs(random, 20);
        // the pairs a condition meets first decide what Drools sees when it compiles it: unknown values
        // first, known ones first, and the generator's own order
        Comparator<Candidate> dutchUnknownFirst = Comparator.comparing(c -> c.languages().containsKey("nl"));
        List<List<Candidate>> orders = List.of(candidates,
                candidates.stream().sorted(dutchUnknownFirst).toList(),
                candidates.stream().sorted(dutchUnknownFirst.reversed()).toList(),
                candidates.stream().sorted(Comparator.comparing(c -> c.home() != null)).toList(),
                candidates.stream().sorted(Comparator.comparing(c -> c.availability() != null)).toList());

        for (List<Candidate> order : orders) {
            assertThat(warningsScoring(order, jobs)).doesNotContain("Exception jitting");
        }
    }

    private static String warningsScoring(List<Candidate> candidates, List<Job> jobs) {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            // the capture must see a warning logged the way Drools logs its own, or this test proves nothing
            LoggerFactory.getLogger(ConstraintJittingTest.class).warn("capture works");
            // a fresh rule base of its own: its conditions have not met a pair yet
            Matcher fresh = Matcher.withRules(RuleSource.defaults()).build();
            fresh.batch().threads(1).chunkSize(1).runAll(Batch.product(candidates.subList(0, 5), jobs));
            awaitJitting();
        } finally {
            System.setErr(err);
        }
        String warnings = log.toString(StandardCharsets.UTF_8);
        assertThat(warnings).contains("capture works");
        return warnings;
    }

    /** Drools compiles conditions on its shared worker pool: wait until it has nothing left to do. */
    private static void awaitJitting() {
        ExecutorService pool = ExecutorProviderFactory.getExecutorProvider().getExecutor();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            do {
                Thread.sleep(50);
            } while (pool instanceof ThreadPoolExecutor workers
                    && (workers.getActiveCount() > 0 || !workers.getQueue().isEmpty()) && System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
