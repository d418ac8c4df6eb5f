package org.threegaps.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threegaps.matcher.Matcher;
import org.threegaps.matcher.RuleSetException;
import org.threegaps.matcher.RuleSource;
import org.threegaps.matcher.model.Candidate;
import org.threegaps.matcher.model.Job;
import org.threegaps.matcher.model.Location;
import org.threegaps.matcher.result.Finding;
import org.threegaps.matcher.result.MatchResult;
import org.threegaps.rules.Fixtures;

/**
 * Eight threads score without pause while the rules directory is reloaded twenty times, once with a
 * broken file: no call fails, every result carries the fingerprint of the rule base that made it, the
 * broken reload is reported and the rules in service stay.
 */
class ReloadUnderLoadTest {
    private static final int THREADS = 8;
    private static final int RELOADS = 20;
    private static final int BROKEN_AT = 10;

    @Test
    void scoringNeverFailsAndEveryResultNamesItsRuleBaseWhileTheRulesAreReloaded(@TempDir Path dir) throws Exception {
        // GIVEN a rules directory and a pair whose short-commute bonus (MO-03) shows the parameters in use
        RuleSource defaults = RuleSource.defaults();
        for (String name : defaults.names()) {
            Files.write(dir.resolve(name), defaults.bytes(name));
        }
        String policy = defaults.text(RuleSource.PARAMETERS);
        Map<String, Integer> bonusByFingerprint = new ConcurrentHashMap<>();
        bonusByFingerprint.put(RuleSource.directory(dir).fingerprint(), 5);
        Matcher matcher = Matcher.withRules(dir).build();
        Candidate candidate = Fixtures.candidate().build();
        Job nextDoor = Fixtures.job().location(Location.postcode("3600")).build();
        assertThat(mo03Points(matcher.match(candidate, nextDoor))).isEqualTo(5);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        MatchResult r = matcher.match(candidate, nextDoor);
                        calls.incrementAndGet();
                        Integer expected = bonusByFingerprint.get(r.fingerprint());
                        if (expected == null || expected != mo03Points(r)) {
                            problems.add("result under " + r.fingerprint() + " has MO-03 " + mo03Points(r)
                                    + " points, its rule base gives " + expected);
                        }
                        // a short pause per call leaves the two build cores some room to compile the reloads
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException | Error e) {
                        problems.add("call failed: " + e);
                    }
                }
            }, "scorer-" + t);
            thread.start();
            threads.add(thread);
        }
        // WHEN the rules are reloaded twenty times, the tenth time with a DRL that does not compile
        List<String> brokenReports = new ArrayList<>();
        try {
            for (int k = 1; k <= RELOADS; k++) {
                if (k == BROKEN_AT) {
                    String before = matcher.fingerprint();
                    Path broken = dir.resolve("zz-broken.drl");
                    Files.writeString(broken, "package org.threegaps.rules;\nrule \"ZZ-01 broken\"\nwhen\n  $p : Pair( \nthen\nend\n",
                            StandardCharsets.UTF_8);
                    assertThatThrownBy(matcher::reload).isInstanceOfSatisfying(RuleSetException.class,
                            e -> brokenReports.add(e.getMessage()));
                    assertThat(matcher.fingerprint()).as("rules in service after a broken reload").isEqualTo(before);
                    Files.delete(broken);
                    continue;
                }
                int points = 5 + k;
                Files.writeString(dir.resolve(RuleSource.PARAMETERS),
                        policy.replaceAll("(?m)^MO-03\\.points\\s*=.*$", "MO-03.points = " + points), StandardCharsets.UTF_8);
                bonusByFingerprint.put(RuleSource.directory(dir).fingerprint(), points);
                assertThat(matcher.reload()).isEqualTo(matcher.fingerprint());
            }
        } finally {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        // THEN
        assertThat(problems).as("failed or mislabelled calls out of %d", calls.get()).isEmpty();
        assertThat(calls.get()).isGreaterThan(THREADS);
        assertThat(brokenReports).singleElement().asString().contains("zz-broken.drl");
        assertThat(mo03Points(matcher.match(candidate, nextDoor))).isEqualTo(5 + RELOADS);
    }

    private static int mo03Points(MatchResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("MO-03")).mapToInt(Finding::points)
                .findFirst().orElse(-1);
    }
}
