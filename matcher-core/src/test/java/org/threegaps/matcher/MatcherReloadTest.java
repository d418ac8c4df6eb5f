package org.threegaps.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.model.TransportMode;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.matcher.support.TestRules;

/** A matcher on a rules directory reloads atomically; a failed reload leaves the running rule set in service. */
class MatcherReloadTest {
    private static final Candidate CANDIDATE = Candidate.builder("c").home(Location.postcode("3500"))
            .transportModes(Set.of(TransportMode.BIKE)).minHourlyWage(new BigDecimal("14")).build();
    private static final Job JOB = Job.builder("j").location(Location.postcode("3500")).hourlyWage(new BigDecimal("11")).build();

    @TempDir
    Path rules;

    private void setWagePoints(int points) throws IOException {
        Path policy = rules.resolve("policy.properties");
        Files.writeString(policy, Files.readString(policy).replaceAll("T-01.points = \\d+", "T-01.points = " + points));
    }

    @Test
    void aReloadSwapsInTheChangedRuleSet() throws IOException {
        Matcher matcher = Matcher.withRules(TestRules.copyTo(rules)).build();
        String before = matcher.fingerprint();
        setWagePoints(40);

        String after = matcher.reload();

        assertThat(after).isNotEqualTo(before).isEqualTo(matcher.fingerprint());
        assertThat(matcher.match(CANDIDATE, JOB).score(Gap.ORGANISATION)).isEqualTo(60);
    }

    @Test
    void aFailedReloadKeepsThePreviousRuleSetInService() throws IOException {
        Matcher matcher = Matcher.withRules(TestRules.copyTo(rules)).build();
        String before = matcher.fingerprint();
        Path drl = rules.resolve("core.drl");
        Files.writeString(drl, Files.readString(drl).replace("candidate.car == false", "candidate.automobile == false"));

        assertThatThrownBy(matcher::reload).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("core.drl:")
                .hasMessageContaining("unknown field 'automobile' on Candidate");

        assertThat(matcher.fingerprint()).isEqualTo(before);
        MatchResult result = matcher.match(CANDIDATE, JOB);
        assertThat(result.fingerprint()).isEqualTo(before);
        assertThat(result.score(Gap.ORGANISATION)).isEqualTo(70);
    }

    @Test
    void aMatcherNotBuiltOnADirectoryCannotReload() {
        Matcher matcher = Matcher.withRules(TestRules.source()).build();

        assertThatThrownBy(matcher::reload).isInstanceOf(IllegalStateException.class)
                .hasMessage("only a matcher built with withRules(directory) can reload");
    }

    /**
     * Matching threads run while the main thread reloads between two rule sets: every result must be the
     * one its own fingerprint's rule set gives, never a mix and never an error.
     */
    @Test
    void resultsStayConsistentWhileReloadingUnderConcurrentMatching() throws Exception {
        Matcher matcher = Matcher.withRules(TestRules.copyTo(rules)).build();
        Map<String, Integer> scoreByFingerprint = new ConcurrentHashMap<>();
        scoreByFingerprint.put(matcher.fingerprint(), 70);
        int threads = 3;
        CountDownLatch started = new CountDownLatch(threads);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<MatchResult>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<MatchResult> seen = new ArrayList<>();
                started.countDown();
                while (!stop.get() || seen.size() < 20) {
                    seen.add(matcher.match(CANDIDATE, JOB));
                }
                return seen;
            }));
        }
        started.await();
        for (int i = 0; i < 4; i++) {
            int points = i % 2 == 0 ? 40 : 30;
            setWagePoints(points);
            scoreByFingerprint.put(matcher.reload(), 100 - points);
        }
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        for (Future<List<MatchResult>> future : futures) {
            for (MatchResult r : future.get()) {
                assertThat(scoreByFingerprint).containsKey(r.fingerprint());
                assertThat(r.score(Gap.ORGANISATION)).as("score under %s", r.fingerprint())
                        .isEqualTo(scoreByFingerprint.get(r.fingerprint()));
            }
        }
    }
}
