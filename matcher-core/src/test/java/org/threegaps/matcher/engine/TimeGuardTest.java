package org.threegaps.matcher.engine;

import org.threegaps.matcher.RuleTimeoutException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.Batch;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/**
 * The time guard is a backstop: a run past its limit fails the call, promptly and naming the pair, and
 * leaves every other call alone.
 */
class TimeGuardTest {
    private static final Candidate CANDIDATE = Candidate.builder("c-7").home(Location.postcode("3500"))
            .transportModes(Set.of(TransportMode.BIKE)).minHourlyWage(new BigDecimal("14")).build();
    private static final Job JOB = Job.builder("j-9").location(Location.postcode("3500")).hourlyWage(new BigDecimal("11")).build();

    @Test
    void aRunThatDoesNotEndFailsTheCallNamingThePair() {
        RuleBase base = RuleCompiler.compile(TestRules.source());
        RulePair pair = new RulePair(CANDIDATE, JOB, null, base.catalog());
        long start = System.nanoTime();

        // stands for a rule that never ends: the fence keeps such rules out, the guard is the backstop
        assertThatThrownBy(() -> TimeGuard.run(List.of(pair), Duration.ofMillis(50), () -> sleep(60_000), name -> name))
                .isInstanceOf(RuleTimeoutException.class)
                .hasMessage("scoring did not finish within 50 ms for 1 pair: the rule set does not end on candidate c-7 × job j-9")
                .satisfies(e -> assertThat(((RuleTimeoutException) e).candidateId()).isEqualTo("c-7"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLimitTooShortForTheRulesFailsTheWholeCallAndNeverReturnsPartOfIt() {
        Matcher matcher = Matcher.withRules(TestRules.source()).timeLimitPerPair(Duration.ofNanos(1)).build();
        List<Candidate> candidates = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            candidates.add(CANDIDATE);
            jobs.add(JOB);
        }

        assertThatThrownBy(() -> matcher.matchAll(candidates, jobs)).isInstanceOf(RuleTimeoutException.class)
                .hasMessageContaining("scoring did not finish within");
    }

    @Test
    void aBatchChunkPastTheLimitFailsTheBatch() {
        Matcher matcher = Matcher.withRules(TestRules.source()).timeLimitPerPair(Duration.ofNanos(1)).build();

        assertThatThrownBy(() -> matcher.batch().run(Batch.product(List.of(CANDIDATE), List.of(JOB, JOB)), r -> { }))
                .isInstanceOf(RuleTimeoutException.class).hasMessageContaining("scoring did not finish within");
    }

    @Test
    void guardedWorkRunsItsRulesInPlaceOnOneRunner() {
        RuleBase base = RuleCompiler.compile(TestRules.source());
        RulePair pair = new RulePair(CANDIDATE, JOB, null, base.catalog());
        Thread caller = Thread.currentThread();
        List<Thread> ran = new ArrayList<>();

        base.guarded(1, () -> {
            ran.add(Thread.currentThread());
            TimeGuard.run(List.of(pair), Duration.ofSeconds(5), () -> ran.add(Thread.currentThread()), name -> name);
            return null;
        });

        assertThat(ran).hasSize(2).doesNotContain(caller);
        assertThat(ran.get(1)).isSameAs(ran.get(0));
    }

    @Test
    void withinTheLimitTheResultIsTheSame() {
        MatchResult guarded = Matcher.withRules(TestRules.source()).timeLimitPerPair(Duration.ofSeconds(30)).build()
                .match(CANDIDATE, JOB);

        MatchResult unguarded = Matcher.withRules(TestRules.source()).build().match(CANDIDATE, JOB);
        assertThat(guarded.findings()).isEqualTo(unguarded.findings());
        assertThat(guarded.overallScore()).isEqualTo(unguarded.overallScore());
        assertThat(guarded.verdict()).isEqualTo(unguarded.verdict());
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> Matcher.withRules(TestRules.source()).timeLimitPerPair(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    /** Ends when the guard interrupts it, so the test leaves no thread busy. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
